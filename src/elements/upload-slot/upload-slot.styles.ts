/**
 * Styles of `<lt-upload-slot>`, on top of the shared field styles. Mobile first: at 320 px a file is its
 * thumbnail and words, with its actions on a full-width row below, wrapping as needed.
 */
import { css } from 'lit';
import { fieldStyles } from '../shared/field-styles.js';

export const uploadSlotStyles = [
  ...fieldStyles,
  css`
    .drop-zone {
      display: grid;
      gap: var(--lt-space-2, 0.5rem);
      justify-items: start;
      padding: var(--lt-space-3, 0.75rem);
      border: 2px dashed var(--lt-upload-slot-drop-zone-border-color, #505a5f);
      background: var(--lt-upload-slot-drop-zone-background, #f3f2f1);
    }

    .drop-zone.dragging {
      border-style: solid;
      border-color: var(--lt-upload-slot-drop-zone-active-border-color, #1d70b8);
      background: var(--lt-upload-slot-drop-zone-active-background, #e8f1f8);
    }

    /* Dragging files is a mouse thing: on a touch screen the words would only puzzle. */
    .drop-text {
      display: none;
      margin: 0;
    }
    @media (hover: hover) and (pointer: fine) {
      .drop-text {
        display: block;
      }
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lt-space-2, 0.5rem);
    }

    .button,
    .action {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--lt-space-1, 0.25rem);
      min-block-size: 44px;
      min-inline-size: 44px;
      margin: 0;
      padding-block: var(--lt-space-1, 0.25rem);
      padding-inline: var(--lt-space-3, 0.75rem);
      border: 2px solid var(--lt-upload-slot-button-border-color, #0b0c0c);
      border-radius: var(--lt-upload-slot-button-border-radius, 0);
      background: var(--lt-upload-slot-button-background, #ffffff);
      color: var(--lt-upload-slot-button-color, #0b0c0c);
      font: inherit;
      cursor: pointer;
    }

    .button.primary {
      border-color: var(--lt-upload-slot-primary-button-background, #1d70b8);
      background: var(--lt-upload-slot-primary-button-background, #1d70b8);
      color: var(--lt-upload-slot-primary-button-color, #ffffff);
      font-weight: 700;
    }

    .button:disabled,
    .action:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }

    /* Kept focusable at the ends of the list so focus never drops to the page when an item moves there. */
    .action[aria-disabled='true'] {
      opacity: 0.5;
      cursor: default;
    }

    .limits {
      margin: 0;
      color: var(--lt-color-hint, #505a5f);
    }

    .files {
      display: grid;
      gap: var(--lt-space-2, 0.5rem);
      margin-block: var(--lt-space-3, 0.75rem) 0;
      margin-inline: 0;
      padding: 0;
      list-style: none;
    }

    .file {
      display: grid;
      grid-template-columns: var(--lt-upload-slot-thumbnail-size, 3.5rem) minmax(0, 1fr);
      gap: var(--lt-space-2, 0.5rem) var(--lt-space-3, 0.75rem);
      align-items: start;
      padding: var(--lt-space-2, 0.5rem);
      border: 1px solid var(--lt-upload-slot-file-border-color, #b1b4b6);
      background: var(--lt-upload-slot-file-background, #ffffff);
    }

    .file.failed,
    .file.rejected {
      border-inline-start: var(--lt-field-error-bar-width, 5px) solid var(--lt-color-error, #d4351c);
    }

    .thumbnail {
      display: grid;
      place-items: center;
      inline-size: var(--lt-upload-slot-thumbnail-size, 3.5rem);
      block-size: var(--lt-upload-slot-thumbnail-size, 3.5rem);
      overflow: hidden;
      background: var(--lt-upload-slot-thumbnail-background, #f3f2f1);
      color: var(--lt-color-hint, #505a5f);
    }

    .thumbnail img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }

    .file-icon {
      inline-size: 70%;
      block-size: 70%;
    }

    .info {
      display: grid;
      gap: var(--lt-space-1, 0.25rem);
      min-inline-size: 0;
    }

    .file-name {
      font-weight: 700;
      overflow-wrap: anywhere;
    }

    .file-meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--lt-space-2, 0.5rem);
      color: var(--lt-color-hint, #505a5f);
    }

    .file.done .file-state {
      color: var(--lt-upload-slot-done-color, #00703c);
      font-weight: 700;
    }

    .state-icon {
      inline-size: 1em;
      block-size: 1em;
      margin-inline-end: 0.25em;
      vertical-align: -0.125em;
    }

    /* Drawn by hand so the fill can be themed; the border keeps the empty track visible at 3:1 contrast. */
    progress {
      appearance: none;
      inline-size: 100%;
      block-size: var(--lt-upload-slot-progress-size, 0.5rem);
      border: 1px solid var(--lt-color-hint, #505a5f);
      background: var(--lt-upload-slot-progress-track-color, #ffffff);
      color: var(--lt-upload-slot-progress-color, #1d70b8);
    }
    progress::-webkit-progress-bar {
      background: var(--lt-upload-slot-progress-track-color, #ffffff);
    }
    progress::-webkit-progress-value {
      background: var(--lt-upload-slot-progress-color, #1d70b8);
    }
    progress::-moz-progress-bar {
      background: var(--lt-upload-slot-progress-color, #1d70b8);
    }

    .file-error {
      margin: 0;
    }

    .actions {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: var(--lt-space-2, 0.5rem);
    }

    /* Wider: the actions line up under the words, leaving the message its full width above them. */
    @media (min-width: 40rem) {
      .actions {
        grid-column: 2;
      }
    }

    @media (forced-colors: active) {
      .drop-zone,
      .file {
        border-color: CanvasText;
      }
      .drop-zone.dragging {
        border-color: Highlight;
      }
      .file.failed,
      .file.rejected {
        border-inline-start-color: CanvasText;
      }
      .button,
      .action {
        border-color: ButtonText;
      }
      .action[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
      progress {
        border-color: CanvasText;
      }
      progress::-webkit-progress-value {
        background: Highlight;
      }
    }
  `,
];
