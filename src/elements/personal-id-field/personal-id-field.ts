import { customElement, property } from 'lit/decorators.js';
import { checkPersonalId, normalizePersonalId } from '../../core/rules/index.js';
import type { RuleIssue, Sex } from '../../core/rules/index.js';
import { LtFormField } from '../shared/form-field.js';
import type { InputOptions } from '../shared/form-field.js';

/**
 * The 12-digit personal identification number (Số định danh cá nhân). Spaces, dots and dashes typed between
 * digit groups are kept in the box and dropped from `value`. Given `birthDate` and `sex`, the number is also
 * checked against them, since its digits encode the birth year and sex.
 *
 * @summary Personal identification number, form-associated.
 *
 * @fires input - On every keystroke (bubbles, composed).
 * @fires change - When the citizen leaves the box after changing it.
 *
 * @csspart base - The wrapper holding label, hint, message and input.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - The text box.
 *
 * @cssprop --lt-color-error - Colour of the message, its bar and an invalid box's border.
 * @cssprop --lt-field-border-color - Border colour of the box.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-personal-id-field')
export class LtPersonalIdField extends LtFormField<string> {
  /** The 12 digits, without separators. */
  @property() value = '';

  /** The holder's declared birth date (ISO `YYYY-MM-DD`) or year, to cross-check the number. */
  @property({ attribute: 'birth-date' }) birthDate?: string;

  /** The holder's declared sex, to cross-check the number. */
  @property() sex?: Sex;

  protected override get inputOptions(): InputOptions {
    // No autocomplete token exists for this number; `off` would also stop the citizen's own history.
    return { type: 'text', inputmode: 'numeric', spellcheck: 'false' };
  }

  protected override parse(raw: string): string {
    return normalizePersonalId(raw);
  }

  protected override validate(value: string): RuleIssue | null {
    return checkPersonalId(value, { birthDate: this.birthDate, sex: this.sex });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-personal-id-field': LtPersonalIdField;
  }
}
