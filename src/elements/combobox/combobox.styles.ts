/**
 * Styles of `<lt-combobox>`, on top of the shared field styles (label, hint, message, the 44px box).
 *
 * Mobile first: the popup hangs under the box at exactly the box's width, so at 320 px it can never stick out
 * sideways, and long names wrap instead of scrolling. Its height is capped by the dynamic viewport, so with a
 * phone's keyboard up the list still fits and scrolls on its own (without scrolling the page behind it).
 * Options are 44px tall on touch screens and at least 24px with a fine pointer (WCAG 2.5.8).
 */
import { css } from 'lit';
import { fieldStyles } from '../shared/field-styles.js';

export const comboboxStyles = [
  ...fieldStyles,
  css`
    /* The box and its popup: the popup is placed against this, never against something far up the page. */
    .control {
      position: relative;
      max-inline-size: var(--lt-field-max-inline-size, 100%);
    }

    /* Room at the inline end for the chevron, so a long name never runs under it. */
    .input {
      padding-inline-end: calc(var(--lt-space-2, 0.5rem) + 1.5em);
      text-overflow: ellipsis;
    }

    /* Says "this is a list" at a glance. Decorative: the click falls through to the box, which opens. */
    .chevron {
      position: absolute;
      inset-block-start: 50%;
      inset-inline-end: var(--lt-space-2, 0.5rem);
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: -0.625em;
      fill: currentColor;
      color: var(--lt-combobox-chevron-color, #0b0c0c);
      pointer-events: none;
      transition: transform 0.15s ease;
    }

    .chevron.open {
      transform: rotate(180deg);
    }

    .input:disabled + .chevron {
      opacity: 0.6;
    }

    /*
     * Under the box, as wide as the box. Absolutely placed by default so the form does not jump while the
     * citizen types; a host whose container clips (overflow: hidden) can put it back in the flow with
     * --lt-combobox-popup-position: static.
     */
    .popup {
      position: var(--lt-combobox-popup-position, absolute);
      inset-block-start: 100%;
      inset-inline: 0;
      z-index: var(--lt-combobox-popup-z-index, 10);
      margin-block-start: var(--lt-combobox-popup-offset, 2px);
      border: var(--lt-field-border-width, 2px) solid var(--lt-combobox-popup-border-color, #0b0c0c);
      background: var(--lt-combobox-popup-background, #ffffff);
      color: var(--lt-combobox-popup-color, #0b0c0c);
      box-shadow: var(--lt-combobox-popup-shadow, 0 4px 8px rgb(11 12 12 / 0.2));
    }

    .popup[hidden],
    .listbox[hidden] {
      display: none;
    }

    .listbox {
      /* The options' offsetTop is measured against the list, to scroll the active one into view. */
      position: relative;
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: var(--lt-combobox-popup-max-block-size, min(20rem, 50vh));
      max-block-size: var(--lt-combobox-popup-max-block-size, min(20rem, 50dvh));
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    .option {
      display: flex;
      gap: var(--lt-space-2, 0.5rem);
      align-items: center;
      min-block-size: 44px;
      padding-block: var(--lt-space-2, 0.5rem);
      padding-inline: var(--lt-space-2, 0.5rem);
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .option + .option {
      border-block-start: 1px solid var(--lt-combobox-option-separator-color, #b1b4b6);
    }

    /* A mouse or a pen is precise: a denser list, still above the 24px minimum target. */
    @media (hover: hover) and (pointer: fine) {
      .option {
        min-block-size: 24px;
        padding-block: var(--lt-space-1, 0.25rem);
      }
      .option:hover:not(.active) {
        background: var(--lt-combobox-option-hover-background, #f3f2f1);
      }
    }

    .option-text {
      flex: 1;
      min-inline-size: 0;
    }

    .option-label {
      display: block;
    }

    .option-description {
      display: block;
      color: var(--lt-combobox-option-description-color, #505a5f);
      font-size: 0.875em;
    }

    /* The option the arrow keys are on: colour, and a bar at the inline start so colour is not the only cue. */
    .option.active {
      background: var(--lt-combobox-option-active-background, #1d70b8);
      color: var(--lt-combobox-option-active-color, #ffffff);
      box-shadow: inset var(--lt-field-error-bar-width, 5px) 0 0 0 var(--lt-combobox-option-active-bar-color, #0b0c0c);
    }

    .option.active .option-description {
      color: inherit;
    }

    /* Mirrored bar for right-to-left pages (box-shadow has no logical form). */
    :host(:dir(rtl)) .option.active {
      box-shadow: inset calc(-1 * var(--lt-field-error-bar-width, 5px)) 0 0 0
        var(--lt-combobox-option-active-bar-color, #0b0c0c);
    }

    /* The option already chosen. */
    .check {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      fill: currentColor;
    }

    /* "No match": a line of text in the popup, never an empty box and never an option. */
    .empty {
      margin: 0;
      padding: var(--lt-space-2, 0.5rem);
      color: var(--lt-combobox-empty-color, #0b0c0c);
    }

    @media (forced-colors: active) {
      .popup {
        border-color: CanvasText;
      }
      .chevron,
      .check {
        fill: CanvasText;
      }
      /* Backgrounds and shadows are dropped in this mode: a thick outline marks the highlighted option. */
      .option.active {
        outline: 3px solid CanvasText;
        outline-offset: -3px;
      }
    }
  `,
];
