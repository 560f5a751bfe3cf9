import { css } from 'lit';

/** The three boxes side by side, sized for their digits as govuk's date input (wrapping on narrow screens). */
export const dateFieldStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lt-space-4, 1rem);
  }

  .part-label {
    display: block;
    margin-block-end: var(--lt-space-1, 0.25rem);
  }

  .input.part {
    inline-size: var(--lt-date-field-part-inline-size, 5.4ex);
  }

  .input.part.year {
    inline-size: var(--lt-date-field-year-inline-size, 9ex);
  }
`;
