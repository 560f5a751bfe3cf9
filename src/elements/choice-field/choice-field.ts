import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { asText } from '../../core/rules/as-text.js';
import { LtFormField } from '../shared/form-field.js';
import { choiceFieldStyles } from './choice-field.styles.js';

/** One answer of a choice field. */
export interface ChoiceOption {
  /** What is submitted. */
  value: string;
  /** What the citizen reads, as plain text. */
  label: string;
  /** Help under this answer, as plain text. */
  hint?: string;
}

/**
 * One answer out of a few (radios, or a select for long lists), or several (`multiple`: checkboxes). Native
 * inputs throughout, so arrow keys, Space and screen readers behave as the citizen expects. A value that is
 * not among the options is kept and the field is invalid (`badInput`), never silently dropped.
 *
 * @summary Radios, checkboxes or a select, form-associated.
 *
 * @fires input - When the citizen picks or unpicks an answer (bubbles, composed).
 * @fires change - When the citizen commits a pick (bubbles, composed).
 *
 * @csspart base - The fieldset (or wrapper, for a select) holding label, hint, message and answers.
 * @csspart label - The legend (the label, for a select).
 * @csspart hint - The hint under the label.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - The select.
 * @csspart options - The list of radios or checkboxes.
 * @csspart choice - Each radio or checkbox.
 * @csspart option-label - Each answer's label.
 * @csspart option-hint - Each answer's hint.
 *
 * @cssprop --lt-choice-field-control-size - Size of radios and checkboxes (at least 24px).
 * @cssprop --lt-color-error - Colour of the message and its bar.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-choice-field')
export class LtChoiceField extends LtFormField<string | string[]> {
  static override styles = [...LtFormField.styles, choiceFieldStyles];

  /** The answers offered. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** `radios` (default) for a few answers, `select` for a long list. Ignored with `multiple`. */
  @property({ reflect: true }) appearance: 'radios' | 'select' = 'radios';

  /** Several answers may be picked, as checkboxes; `value` is then a `string[]`. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** The picked answer's value ('' for none), or the picked values when `multiple`. */
  @property({ converter: (attribute) => attribute ?? '' }) value: string | string[] = '';

  override connectedCallback(): void {
    // Before the default is taken, so a reset of an empty multiple field gives [] too.
    if (this.multiple && this.value === '') this.value = [];
    super.connectedCallback();
  }

  /** The options that are usable, whatever the host handed us. */
  private get items(): ChoiceOption[] {
    return Array.isArray(this.options)
      ? this.options.filter((option) => option !== null && typeof option === 'object')
      : [];
  }

  /** The picked values as a list, whatever shape `value` has. */
  private get chosen(): string[] {
    const value: unknown = this.value;
    const list = Array.isArray(value) ? value : [value];
    return list.map(asText).filter((item) => item !== '');
  }

  protected override get grouped(): boolean {
    return this.multiple || this.appearance !== 'select';
  }

  protected override isEmpty(): boolean {
    return this.chosen.length === 0;
  }

  protected override validate(): RuleIssue | null {
    const known = new Set(this.items.map((option) => asText(option.value)));
    const chosen = this.chosen;
    if ((!this.multiple && chosen.length > 1) || chosen.some((item) => !known.has(item))) return { code: 'choice' };
    return null;
  }

  protected override toFormValue(): string | FormData | null {
    if (!this.multiple) return this.chosen[0] ?? null;
    // One entry per picked value, as checkboxes sharing a name submit.
    if (!this.name) return null;
    const data = new FormData();
    for (const item of this.chosen) data.append(this.name, item);
    return data;
  }

  protected override toFormState(): string {
    return this.multiple ? JSON.stringify(this.chosen) : (this.chosen[0] ?? '');
  }

  protected override restoreState(state: string): void {
    if (!this.multiple) {
      this.value = state;
      return;
    }
    try {
      const saved: unknown = JSON.parse(state);
      this.value = Array.isArray(saved) ? saved.map(asText) : [asText(saved)];
    } catch {
      this.value = state ? [state] : [];
    }
  }

  protected override get focusTarget(): HTMLElement | null {
    // As Tab does for a radio group: the checked answer, else the first.
    return (
      this.shadowRoot?.querySelector<HTMLElement>('.choice-input:checked') ??
      this.shadowRoot?.querySelector<HTMLElement>('select, .choice-input') ??
      null
    );
  }

  private onToggle(event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    const input = event.target as HTMLInputElement;
    if (!this.multiple) return this.setValueByCitizen(input.value);
    const boxes = this.shadowRoot?.querySelectorAll<HTMLInputElement>('.choice-input') ?? [];
    this.setValueByCitizen([...boxes].filter((box) => box.checked).map((box) => box.value));
  }

  protected override renderControl(message: string): TemplateResult {
    return this.grouped ? this.renderBoxes() : this.renderSelect(message);
  }

  private renderSelect(message: string): TemplateResult {
    const current = this.chosen[0] ?? '';
    const known = this.items.some((option) => option.value === current);
    return html`<select
      id="input"
      part="input"
      class="input select"
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      aria-describedby=${ifDefined(this.describedBy(message))}
      aria-invalid=${message ? 'true' : 'false'}
      @input=${this.onToggle}
      @change=${this.onNativeChange}
    >
      <option value="" .selected=${live(!known)}>${this.localizer.t('field.selectPrompt')}</option>
      ${this.items.map(
        (option) =>
          html`<option value=${option.value} .selected=${live(option.value === current)}>${option.label}</option>`,
      )}
    </select>`;
  }

  private renderBoxes(): TemplateResult {
    const chosen = this.chosen;
    return html`<div class="options" part="options">
      ${this.items.map(
        (option, index) => html`<div class="option">
          <input
            id="option-${index}"
            class="choice-input"
            part="choice"
            type=${this.multiple ? 'checkbox' : 'radio'}
            name="choice"
            value=${option.value}
            .checked=${live(chosen.includes(option.value))}
            ?required=${this.required && !this.multiple}
            ?disabled=${this.isDisabled}
            aria-describedby=${ifDefined(option.hint ? `option-${index}-hint` : undefined)}
            @input=${this.onToggle}
            @change=${this.onNativeChange}
          />
          <label class="option-label" part="option-label" for="option-${index}">${option.label}</label>
          ${option.hint
            ? html`<div id="option-${index}-hint" class="hint option-hint" part="option-hint">${option.hint}</div>`
            : nothing}
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-choice-field': LtChoiceField;
  }
}
