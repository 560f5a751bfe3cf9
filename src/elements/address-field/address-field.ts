import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { asText } from '../../core/rules/as-text.js';
import { checkAddress, isAddressEmpty, isVietnam } from '../../core/rules/index.js';
import type { AddressValue, RuleIssue } from '../../core/rules/index.js';
import { LtFormField } from '../shared/form-field.js';

type Part = keyof AddressValue;
/** The autofill token of each part, so browsers can fill a saved address in. */
type AddressAutofill = 'country-name' | 'address-level1' | 'address-level2' | 'street-address';
const EMPTY: AddressValue = { country: '', province: '', commune: '', detail: '' };

/** Reads any host value as an address without throwing: missing or odd parts become ''. */
function toAddress(value: unknown): AddressValue {
  if (!value || typeof value !== 'object') return { ...EMPTY };
  const v = value as Record<string, unknown>;
  return { country: asText(v.country), province: asText(v.province), commune: asText(v.commune), detail: asText(v.detail) };
}

/**
 * A structured address on today's two-level map: province or city → commune, ward or special zone → details
 * (house number, street, hamlet or residential group). No district: there are none since 1 July 2025. With
 * `foreign-allowed`, a country comes first and a place abroad needs only a city or state.
 *
 * The parts are plain text boxes for now; the value's shape (names, plus the country) is what a searchable
 * version keeps, so the wizard and the dossier do not change when it arrives.
 *
 * @summary Address in parts, form-associated.
 * @fires input - On every keystroke in any part (bubbles, composed).
 * @fires change - When the citizen leaves a part after changing it.
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint under the legend.
 * @csspart error - The message.
 * @csspart input - Each text box.
 */
@customElement('lt-address-field')
export class LtAddressField extends LtFormField<AddressValue | null> {
  static override styles = [
    ...LtFormField.styles,
    css`
      .parts {
        display: grid;
        gap: var(--lt-space-3, 0.75rem);
      }
      .part-label {
        display: block;
        margin-block-end: var(--lt-space-1, 0.25rem);
      }
    `,
  ];

  /** The address; null when nothing is entered. Setting it fills the boxes. */
  @property({ attribute: false }) value: AddressValue | null = null;

  /** The commune may be left out (e.g. a hometown known by province only). */
  @property({ type: Boolean, attribute: 'commune-optional' }) communeOptional = false;

  /** The detail line may be left out. */
  @property({ type: Boolean, attribute: 'detail-optional' }) detailOptional = false;

  /** A place abroad may be entered: shows the country box. */
  @property({ type: Boolean, attribute: 'foreign-allowed' }) foreignAllowed = false;

  protected override get grouped(): boolean {
    return true;
  }

  protected override isEmpty(value: AddressValue | null): boolean {
    return isAddressEmpty(value);
  }

  protected override validate(value: AddressValue | null): RuleIssue | null {
    return checkAddress(value, { communeOptional: this.communeOptional, detailOptional: this.detailOptional, foreignAllowed: this.foreignAllowed });
  }

  protected override toFormValue(value: AddressValue | null): FormData | null {
    if (isAddressEmpty(value)) return null;
    // One entry per part, named like `residence.province`, so a plain form post reads naturally.
    const data = new FormData();
    const address = toAddress(value);
    for (const part of ['country', 'province', 'commune', 'detail'] as const) {
      if (address[part]) data.append(`${this.name}.${part}`, address[part]!);
    }
    return data;
  }

  protected override toFormState(value: AddressValue | null): string {
    return JSON.stringify(toAddress(value));
  }

  protected override restoreState(state: string): void {
    try {
      this.value = toAddress(JSON.parse(state));
    } catch {
      this.value = null;
    }
  }

  private onPartInput(part: Part, event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    const { country, ...rest } = { ...toAddress(this.value), [part]: (event.target as HTMLInputElement).value };
    // The country is kept only when one is given: an address in Việt Nam is just province, commune, detail.
    const next: AddressValue = country?.trim() ? { country, ...rest } : rest;
    this.setValueByCitizen(isAddressEmpty(next) ? null : next);
  }

  protected override renderControl(message: string): TemplateResult {
    const t = this.localizer.t;
    const address = toAddress(this.value);
    const abroad = this.foreignAllowed && !isVietnam(address.country);
    const parts: Array<[Part, string, AddressAutofill]> = [
      ...(this.foreignAllowed ? [['country', t('field.address.country'), 'country-name'] as [Part, string, AddressAutofill]] : []),
      ['province', abroad ? t('field.address.city') : t('field.address.province'), 'address-level1'],
      ...(abroad ? [] : [['commune', t('field.address.commune'), 'address-level2'] as [Part, string, AddressAutofill]]),
      ['detail', t('field.address.detail'), 'street-address'],
    ];
    const issue = message && !this.error ? this.issue : null;
    const faulty = (part: Part): boolean =>
      !!message &&
      (!issue || issue.code === 'required' || issue.code === `address.${part}Missing` || (part === 'province' && issue.code === 'address.cityMissing'));
    return html`<div class="parts">
      ${parts.map(
        ([part, label, autocomplete]) => html`<div>
          <label class="part-label" for=${part}>${label}</label>
          <input
            id=${part}
            part="input ${part}"
            class="input"
            type="text"
            autocomplete=${autocomplete}
            maxlength=${part === 'detail' ? 200 : 100}
            .value=${live(address[part] ?? '')}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            aria-invalid=${faulty(part) ? 'true' : 'false'}
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
    'lt-address-field': LtAddressField;
  }
}
