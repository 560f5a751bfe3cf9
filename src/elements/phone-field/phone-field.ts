import { customElement, property } from 'lit/decorators.js';
import { checkPhone, normalizePhone } from '../../core/rules/index.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { LtFormField } from '../shared/form-field.js';
import type { InputOptions } from '../shared/form-field.js';

/**
 * A Vietnamese mobile number. The citizen may type it any usual way (`+84 912 345 678`, `0912.345.678`);
 * the box keeps what was typed while `value` is the national form `0912345678`.
 *
 * @summary Mobile phone number, form-associated.
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
@customElement('lt-phone-field')
export class LtPhoneField extends LtFormField<string> {
  /** The number in national form (`0912345678`); setting it shows it in the box. */
  @property() value = '';

  protected override get inputOptions(): InputOptions {
    return { type: 'tel', autocomplete: 'tel', spellcheck: 'false' };
  }

  protected override parse(raw: string): string {
    return normalizePhone(raw);
  }

  protected override validate(value: string): RuleIssue | null {
    return checkPhone(value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-phone-field': LtPhoneField;
  }
}
