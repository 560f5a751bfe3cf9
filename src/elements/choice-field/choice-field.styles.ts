import { css } from 'lit';

/**
 * Radios and checkboxes as govuk draws them in spirit: one option a line, native controls enlarged to 24px,
 * and the label padded so the whole row (44px tall) is the target.
 */
export const choiceFieldStyles = css`
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--lt-space-1, 0.25rem);
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--lt-space-3, 0.75rem);
    align-items: start;
  }

  .choice-input {
    inline-size: var(--lt-choice-field-control-size, 1.5rem);
    block-size: var(--lt-choice-field-control-size, 1.5rem);
    margin: 0;
    margin-block-start: 0.625rem;
    cursor: pointer;
  }

  .choice-input:disabled,
  .choice-input:disabled + .option-label {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .option-label {
    min-block-size: 44px;
    padding-block: 0.5rem;
    cursor: pointer;
  }

  .option-hint {
    grid-column: 2;
    margin-block-start: calc(-1 * var(--lt-space-2, 0.5rem));
  }

  .select {
    cursor: pointer;
  }
`;
