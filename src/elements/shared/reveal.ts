/**
 * Radios that each reveal their own part underneath (govuk's conditional reveal), as the payee group and the
 * deferrable field use them: the radio, its label, and the styles of the revealed part.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface RevealOption {
  /** The radio's id is `${group}-${value}`. */
  group: string;
  value: string;
  label: string;
  checked: boolean;
  disabled: boolean;
  invalid: boolean;
  /** The id of the part this radio reveals, while it is shown. */
  controls?: string;
  onChange: (event: Event) => void;
}

/** One radio of the group, with its label. */
export function renderRevealOption(option: RevealOption): TemplateResult {
  const id = `${option.group}-${option.value}`;
  return html`<div class="option">
    <input
      id=${id}
      class="choice-input"
      part="choice"
      type="radio"
      name=${option.group}
      value=${option.value}
      .checked=${live(option.checked)}
      ?disabled=${option.disabled}
      aria-invalid=${option.invalid ? 'true' : 'false'}
      aria-controls=${ifDefined(option.controls)}
      @change=${option.onChange}
    />
    <label class="option-label" part="option-label" for=${id}>${option.label}</label>
  </div>`;
}

/**
 * The revealed part, under the radio it belongs to and aligned with the radio's centre. Each element sets
 * `--lt-reveal-gap` and `--lt-reveal-bar-color` on its host from its own documented properties.
 */
export const revealStyles = css`
  .details {
    display: grid;
    gap: var(--lt-reveal-gap, var(--lt-space-3, 0.75rem));
    margin-block: var(--lt-space-2, 0.5rem) var(--lt-space-3, 0.75rem);
    margin-inline-start: calc(var(--lt-choice-field-control-size, 1.5rem) / 2 - 2px);
    padding-inline-start: calc(var(--lt-choice-field-control-size, 1.5rem) / 2 + var(--lt-space-3, 0.75rem));
    border-inline-start: 4px solid var(--lt-reveal-bar-color, #b1b4b6);
  }
  .part-label {
    display: block;
    margin-block-end: var(--lt-space-1, 0.25rem);
    font-weight: 700;
  }
  .part-hint {
    margin-block-end: var(--lt-space-2, 0.5rem);
  }
`;
