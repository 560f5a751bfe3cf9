import { css } from 'lit';

/**
 * The parts under the two radios, revealed as govuk's conditional reveal (a grey bar under the chosen radio),
 * the lookup's buttons and what it found. Mobile first: buttons wrap and long values break at 320px.
 */
export const deferrableFieldStyles = css`
  /*
   * Messages are notices: the same place and bar as an error, but calm. No red anywhere; --lt-color-notice
   * (default 5.2:1 on white) for the bar, the information sign, the message and the box it is about.
   */
  .field.notice {
    border-inline-start: var(--lt-field-error-bar-width, 5px) solid var(--lt-color-notice, #1d70b8);
    padding-inline-start: var(--lt-space-3, 0.75rem);
  }

  .notice-message {
    display: flex;
    gap: var(--lt-space-1, 0.25rem);
    align-items: flex-start;
    margin-block: 0 var(--lt-space-2, 0.5rem);
    color: var(--lt-color-notice, #1d70b8);
    font-weight: 700;
  }

  .notice-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  .notice .input[aria-invalid='true'] {
    border-color: var(--lt-color-notice, #1d70b8);
  }

  @media (forced-colors: active) {
    .field.notice {
      border-inline-start-color: CanvasText;
    }
    .notice-icon {
      fill: CanvasText;
    }
  }

  :host {
    --lt-reveal-gap: var(--lt-deferrable-field-gap, var(--lt-space-3, 0.75rem));
    --lt-reveal-bar-color: var(--lt-deferrable-field-details-bar-color, #b1b4b6);
  }

  /* A short code (a 10-digit number) gets a box its size, which tells the citizen what is expected. */
  .input.narrow {
    max-inline-size: min(100%, 14em);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
  }

  .later-note {
    margin: 0;
  }

  .lookup {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--lt-space-2, 0.5rem);
  }

  .lookup-status {
    flex: 1 1 100%;
  }

  .lookup-status:empty {
    display: none;
  }

  .lookup-status p {
    margin: 0;
  }

  .lookup-status p + p {
    margin-block-start: var(--lt-space-1, 0.25rem);
  }

  .found {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
    overflow-wrap: anywhere;
  }

  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    max-inline-size: 100%;
    margin: 0;
    padding-block: var(--lt-space-1, 0.25rem);
    padding-inline: var(--lt-space-3, 0.75rem);
    border: 2px solid var(--lt-deferrable-field-button-border-color, #0b0c0c);
    border-radius: var(--lt-deferrable-field-button-border-radius, 0);
    background: var(--lt-deferrable-field-button-background, #f3f2f1);
    color: var(--lt-deferrable-field-button-color, #0b0c0c);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
    transition: background-color 0.15s ease;
  }

  .button:hover:not(:disabled) {
    background: var(--lt-deferrable-field-button-hover-background, #dbdad9);
  }

  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .details {
      border-inline-start-color: CanvasText;
    }
  }
`;
