import { customElement, property } from 'lit/decorators.js';
import { checkLength, checkName, normalizeName } from '../../core/rules/index.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { LtFormField } from '../shared/form-field.js';
import type { InputOptions } from '../shared/form-field.js';

/**
 * A one-line text answer, such as a name or a place. The value is always NFC, so the same name typed on two
 * keyboards compares equal.
 *
 * @summary One line of text, form-associated.
 *
 * @fires input - On every keystroke (bubbles, composed).
 * @fires change - When the citizen leaves the box after changing it; names are tidied just before.
 *
 * @csspart base - The wrapper holding label, hint, message and input.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - The text box.
 *
 * @cssprop --lt-font-family - Font of the whole field.
 * @cssprop --lt-color-text - Text colour of label and value.
 * @cssprop --lt-color-hint - Colour of the hint.
 * @cssprop --lt-color-error - Colour of the message, its bar and an invalid box's border.
 * @cssprop --lt-field-border-color - Border colour of the box.
 * @cssprop --lt-field-border-width - Border width of the box.
 * @cssprop --lt-field-background - Background of the box.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-text-field')
export class LtTextField extends LtFormField<string> {
  /** The text, in NFC. */
  @property() value = '';

  /** `name` checks the characters of a personal name and tidies spaces when the citizen leaves the box. */
  @property() kind: 'text' | 'name' = 'text';

  /** Autofill hint for the browser, e.g. `name`, `family-name`, `address-level2`. */
  @property() autocomplete?: string;

  /** The on-screen keyboard to show, e.g. `numeric`. */
  @property() inputmode?: string;

  /** Most characters allowed (checked, never cut off while typing). */
  @property({ type: Number }) maxlength = 200;

  /** Fewest characters allowed when something is typed. */
  @property({ type: Number }) minlength?: number;

  /** `true`/`false` for the browser's spell check; names default to `false` (their spelling is personal). */
  @property({ attribute: 'spellcheck' }) spellCheck?: 'true' | 'false';

  protected override get inputOptions(): InputOptions {
    const name = this.kind === 'name';
    return {
      type: 'text',
      inputmode: this.inputmode,
      autocomplete: this.autocomplete,
      spellcheck: this.spellCheck ?? (name ? 'false' : undefined),
      autocapitalize: name ? 'words' : undefined,
    };
  }

  protected override parse(raw: string): string {
    return raw.normalize('NFC');
  }

  protected override commit(): void {
    if (this.kind === 'name') this.value = normalizeName(this.value);
  }

  protected override validate(value: string): RuleIssue | null {
    const nameIssue = this.kind === 'name' ? checkName(value, { maxLength: this.maxlength }) : null;
    return nameIssue ?? checkLength(value, { min: this.minlength, max: this.maxlength });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-text-field': LtTextField;
  }
}
