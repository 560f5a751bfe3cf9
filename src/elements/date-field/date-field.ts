import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { checkDateRange, datePartsToIso, isoToParts, todayIso } from '../../core/rules/index.js';
import type { DateParts, RuleIssue } from '../../core/rules/index.js';
import { asText } from '../../core/rules/as-text.js';
import { LtFormField, passThrough } from '../shared/form-field.js';
import { dateFieldStyles } from './date-field.styles.js';

type Part = keyof DateParts;
const PARTS: readonly Part[] = ['day', 'month', 'year'];
const EMPTY: DateParts = { day: '', month: '', year: '' };

/**
 * A date typed as day, month and year in three boxes (the govuk "date input"), which works with every
 * keyboard and screen reader, unlike a date picker. `value` is ISO `YYYY-MM-DD`, or '' while the date is
 * incomplete or impossible; what was typed stays in the boxes and the field is `badInput` with the reason.
 *
 * @summary Date in three boxes, form-associated.
 *
 * @fires input - On every keystroke in any box (bubbles, composed).
 * @fires change - When the citizen leaves a box after changing it.
 *
 * @csspart base - The fieldset holding legend, hint, message and boxes.
 * @csspart label - The legend.
 * @csspart hint - The hint under the legend.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - Each of the three boxes.
 * @csspart day - The day box.
 * @csspart month - The month box.
 * @csspart year - The year box.
 *
 * @cssprop --lt-date-field-part-inline-size - Width of the day and month boxes.
 * @cssprop --lt-date-field-year-inline-size - Width of the year box.
 * @cssprop --lt-color-error - Colour of the message, its bar and an invalid box's border.
 * @cssprop --lt-field-border-color - Border colour of the boxes.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-date-field')
export class LtDateField extends LtFormField<string> {
  static override styles = [...LtFormField.styles, dateFieldStyles];

  /** The date, ISO `YYYY-MM-DD`; '' when empty or not yet a real date. Setting it fills the boxes. */
  @property() value = '';

  /** Latest date allowed: ISO, or `today` (e.g. a birth date). */
  @property() max?: string;

  /** Earliest date allowed: ISO, or `today`. */
  @property() min?: string;

  /** Autofill family, e.g. `bday`: the boxes get `bday-day`, `bday-month`, `bday-year`. */
  @property() autocomplete?: string;

  /** What is in the boxes, as typed. */
  @state() private parts: DateParts = { ...EMPTY };

  protected override get grouped(): boolean {
    return true;
  }

  protected override valueSet(byCitizen: boolean): void {
    // Typing keeps the boxes as they are (a partial date has value ''); a value from the host refills them.
    if (!byCitizen) this.parts = isoToParts(this.value);
  }

  protected override isEmpty(value: string): boolean {
    return !value && PARTS.every((part) => !this.parts[part].trim());
  }

  protected override validate(value: string): RuleIssue | null {
    // Boxes that do not make a date yet: say what is missing or wrong.
    const typed = datePartsToIso(value ? isoToParts(value) : this.parts);
    if ('issue' in typed) return typed.issue;
    // A host value that is not ISO (`2024`, `12/03/2024`) is kept, but is not a date this field can hold.
    if (value && typed.value !== value) return { code: 'date.invalid' };
    const bound = (limit?: string): string | undefined => (limit === 'today' ? todayIso() : limit);
    return checkDateRange(value, { notAfter: bound(this.max), notBefore: bound(this.min) });
  }

  protected override toFormState(): string {
    // The boxes, not just the value, so a half-typed date survives a reload too.
    return JSON.stringify(this.parts);
  }

  protected override restoreState(state: string): void {
    let parts = isoToParts(state);
    try {
      const saved: unknown = JSON.parse(state);
      if (saved && typeof saved === 'object') {
        const { day, month, year } = saved as Partial<Record<Part, unknown>>;
        parts = { day: asText(day), month: asText(month), year: asText(year) };
      }
    } catch {
      // Not JSON: an ISO date, as a host might hand over.
    }
    const typed = datePartsToIso(parts);
    this.value = 'value' in typed ? typed.value : '';
    this.parts = parts;
  }

  /** The box a finding is about, so that box is the one marked, reported and focused (govuk). */
  private partOf(issue: RuleIssue | null): Part | null {
    if (!issue) return null;
    const missing = issue.params?.['missing'];
    if (issue.code === 'date.incomplete' && PARTS.includes(missing as Part)) return missing as Part;
    return issue.code === 'date.year' ? 'year' : null;
  }

  protected override get validityAnchor(): HTMLElement | undefined {
    const part = this.partOf(this.error ? null : this.issue) ?? 'day';
    return this.shadowRoot?.querySelector<HTMLElement>(`#${part}`) ?? undefined;
  }

  private onPartInput(part: Part, event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    const typed = datePartsToIso(this.parts);
    this.setValueByCitizen('value' in typed ? typed.value : '');
  }

  protected override renderControl(message: string): TemplateResult {
    const t = this.localizer.t;
    // Mark only the box at fault when the problem is one box's; all three when it is the whole date.
    const faulty = message ? (this.partOf(this.error ? null : this.issue) ?? 'all') : null;
    const token = this.autocomplete?.trim();
    const autocomplete = (part: Part): string | undefined =>
      !token ? undefined : token === 'off' || token === 'on' ? token : `${token}-${part}`;
    return html`<div class="parts">
      ${PARTS.map(
        (part) => html`<div class="part-item">
          <label class="part-label" for=${part}>${t(`field.date.${part}`)}</label>
          <input
            id=${part}
            part="input ${part}"
            class="input part ${part}"
            type="text"
            inputmode="numeric"
            spellcheck="false"
            autocomplete=${passThrough(autocomplete(part))}
            .value=${live(this.parts[part])}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            aria-invalid=${faulty === 'all' || faulty === part ? 'true' : 'false'}
            @input=${(event: Event) => this.onPartInput(part, event)}
            @change=${this.onNativeChange}
            @keydown=${this.submitOnEnter}
          />
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-date-field': LtDateField;
  }
}
