import { customElement, property } from 'lit/decorators.js';
import { checkEmail, normalizeEmail } from '../../core/rules/index.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { LtFormField } from '../shared/form-field.js';
import type { InputOptions } from '../shared/form-field.js';

/**
 * An e-mail address, trimmed. The check catches typing slips without refusing unusual real addresses.
 *
 * @summary E-mail address, form-associated.
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
@customElement('lt-email-field')
export class LtEmailField extends LtFormField<string> {
  /** The address, without surrounding spaces. */
  @property() value = '';

  protected override get inputOptions(): InputOptions {
    return { type: 'email', autocomplete: 'email', spellcheck: 'false', autocapitalize: 'none' };
  }

  protected override parse(raw: string): string {
    return normalizeEmail(raw);
  }

  protected override validate(value: string): RuleIssue | null {
    return checkEmail(value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-email-field': LtEmailField;
  }
}
