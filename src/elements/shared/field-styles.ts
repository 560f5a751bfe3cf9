/**
 * Styles shared by every `lt-` field. Mobile first, logical properties only, and every value a host may want
 * to change behind a fully named `--lt-…` custom property with a default, so a field looks right unthemed.
 *
 * Sizes follow govuk-frontend: 44px-tall controls, 24px choice targets, text never below 16px (iOS zooms
 * the page into any input whose text is smaller, which disorients a citizen mid-form).
 */
import { css } from 'lit';

/** Text for screen readers only (govuk's visually-hidden): shared by every element that needs it. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

export const fieldStyles = [visuallyHidden, css`
  :host {
    display: block;
    font-family: var(--lt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: max(16px, var(--lt-font-size, 1rem));
    line-height: 1.5;
    color: var(--lt-color-text, #0b0c0c);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The govuk "form group with an error": a bar at the inline start, so the problem is seen without colour. */
  .field.invalid {
    border-inline-start: var(--lt-field-error-bar-width, 5px) solid var(--lt-color-error, #d4351c);
    padding-inline-start: var(--lt-space-3, 0.75rem);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
  }

  .label {
    display: block;
    margin-block-end: var(--lt-space-1, 0.25rem);
    font-weight: var(--lt-field-label-font-weight, 700);
  }

  .optional {
    font-weight: normal;
  }

  .hint {
    display: block;
    margin-block-end: var(--lt-space-2, 0.5rem);
    color: var(--lt-color-hint, #505a5f);
  }

  .error {
    display: flex;
    gap: var(--lt-space-1, 0.25rem);
    align-items: flex-start;
    margin-block: 0 var(--lt-space-2, 0.5rem);
    color: var(--lt-color-error, #d4351c);
    font-weight: 700;
  }

  .error-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
    fill: currentColor;
  }

  .input {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--lt-field-max-inline-size, 100%);
    min-block-size: 44px;
    margin: 0;
    padding-block: var(--lt-space-1, 0.25rem);
    padding-inline: var(--lt-space-2, 0.5rem);
    border: var(--lt-field-border-width, 2px) solid var(--lt-field-border-color, #0b0c0c);
    border-radius: var(--lt-field-border-radius, 0);
    background: var(--lt-field-background, #ffffff);
    color: var(--lt-field-color, #0b0c0c);
    font: inherit;
    font-size: max(16px, var(--lt-field-font-size, 1em));
    transition: border-color 0.15s ease;
  }

  .input[aria-invalid='true'] {
    border-color: var(--lt-color-error, #d4351c);
  }

  .input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .input[readonly] {
    background: var(--lt-field-readonly-background, #f3f2f1);
  }

  :focus-visible {
    outline: var(--lt-focus-ring-width, 3px) solid var(--lt-focus-ring-color, #1d70b8);
    outline-offset: var(--lt-focus-ring-offset, 2px);
  }


  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  /* Windows high contrast: system colours, and the error bar and icon stay visible as text colour. */
  @media (forced-colors: active) {
    .input {
      border-color: FieldText;
    }
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
    .error-icon {
      fill: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`];
