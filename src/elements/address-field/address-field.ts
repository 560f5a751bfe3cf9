import { css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { asText } from '../../core/rules/as-text.js';
import { checkAddress, isAddressEmpty, isVietnam } from '../../core/rules/index.js';
import type { AddressValue, PreviousAddress, RuleIssue } from '../../core/rules/index.js';
import type { Commune, Province } from '../../data/admin-units-2025.js';
import type { OldCommune, OldDistrict, OldProvince, Successor } from '../../data/admin-units-pre2025.js';
import { LtFormField } from '../shared/form-field.js';
import type { ComboboxOption, ComboboxSelectEvent } from '../combobox/combobox.js';
import '../combobox/combobox.js';
import { findByName, loadOldUnits, loadUnits } from './internal/units.js';
import type { OldUnits, Units } from './internal/units.js';

/** Most options a list shows at once: enough to scan on a phone, few enough to render per keystroke. */
const MAX_OPTIONS = 40;

/** Reads any host value as an address without throwing: missing or odd parts become ''. */
function toAddress(value: unknown): AddressValue {
  if (!value || typeof value !== 'object') return { province: '', commune: '', detail: '' };
  const v = value as Record<string, unknown>;
  const address: AddressValue = { province: asText(v.province), commune: asText(v.commune), detail: asText(v.detail) };
  if (asText(v.country).trim()) address.country = asText(v.country);
  if (typeof v.scheme === 'string') address.scheme = v.scheme;
  if (typeof v.provinceCode === 'string') address.provinceCode = v.provinceCode;
  if (typeof v.communeCode === 'string') address.communeCode = v.communeCode;
  if (v.previous && typeof v.previous === 'object') address.previous = v.previous as PreviousAddress;
  return address;
}

/** Which part of the field a finding is about, so that part is the one marked invalid. */
const PART_OF_CODE: Record<string, string> = {
  'address.provinceMissing': 'province',
  'address.cityMissing': 'province',
  'address.communeMissing': 'commune',
  'address.communeNotInProvince': 'commune',
  'address.detailMissing': 'detail',
  'address.chooseSuccessor': 'successor',
  'address.unknownUnit': 'province',
};

/**
 * An address on today's two-level map: province or city → commune, ward or special zone → details (house
 * number, street, hamlet or residential group). No district: there are none since 1 July 2025. With
 * `foreign-allowed`, a country comes first and a place abroad needs only a city or state and details.
 *
 * Province and commune are searchable lists: typed without diacritics, with `d` for `đ`, in either tone-mark
 * style, as short forms (`HCM`); a commune can be searched before a province is chosen and then fills the
 * province in. The units load when the field is first shown, as their own chunk.
 *
 * "My papers use the old units" lets the citizen pick the province, district and commune as written before
 * the reform; the field shows the unit it became, and when the old commune was split between several new ones
 * asks which one, never guessing. The value then keeps both (`previous`).
 *
 * A value given by names only (a host's prefill) is matched to today's units by name once they are loaded,
 * and reported with `input`/`change` like a choice, so the form gets the codes.
 *
 * @summary Searchable address on today's units, form-associated.
 * @fires input - When the citizen changes the address (a unit chosen, details typed).
 * @fires change - When the citizen commits a change.
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint under the legend.
 * @csspart error - The message.
 * @csspart input - The text boxes (country, city, details).
 * @cssprop --lt-address-field-gap - Space between the parts.
 */
@customElement('lt-address-field')
export class LtAddressField extends LtFormField<AddressValue | null> {
  static override styles = [
    ...LtFormField.styles,
    css`
      .parts {
        display: grid;
        gap: var(--lt-address-field-gap, var(--lt-space-3, 0.75rem));
      }
      .part-label {
        display: block;
        margin-block-end: var(--lt-space-1, 0.25rem);
        font-weight: 700;
      }
      .old {
        display: grid;
        gap: var(--lt-address-field-gap, var(--lt-space-3, 0.75rem));
        border-inline-start: 4px solid var(--lt-field-border-color, #b1b4b6);
        padding-inline-start: var(--lt-space-3, 0.75rem);
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        min-block-size: 24px;
      }
      .check input {
        inline-size: 24px;
        block-size: 24px;
        margin: 0;
        flex: none;
      }
      .successors {
        border: 0;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      .successors legend {
        font-weight: 700;
        margin-block-end: 0.25rem;
      }
      .now {
        margin: 0;
      }
    `,
  ];

  /** The address; null when nothing is entered. Setting it fills the parts. */
  @property({ attribute: false }) value: AddressValue | null = null;

  /** The commune may be left out (e.g. a hometown known by province only). */
  @property({ type: Boolean, attribute: 'commune-optional' }) communeOptional = false;

  /** The detail line may be left out. */
  @property({ type: Boolean, attribute: 'detail-optional' }) detailOptional = false;

  /** A place abroad may be entered: shows the country box first. */
  @property({ type: Boolean, attribute: 'foreign-allowed' }) foreignAllowed = false;

  @state() private units?: Units;
  @state() private oldUnits?: OldUnits;
  /** The citizen gives the address in the old units. */
  @state() private oldMode = false;
  @state() private provinceQuery = '';
  @state() private communeQuery = '';
  @state() private oldQuery: { province: string; district: string; commune: string } = { province: '', district: '', commune: '' };
  /** The old units picked so far (old mode). */
  @state() private picked: { province?: OldProvince; district?: OldDistrict; commune?: OldCommune } = {};

  override connectedCallback(): void {
    super.connectedCallback();
    void loadUnits().then((units) => {
      this.units = units;
      this.resolveNames();
    });
  }

  protected override get grouped(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A names-only value set after the units arrived is matched too (in willUpdate: no second update).
    if (changed.has('value')) this.resolveNames();
  }

  /** Form reset: besides the value, the searches and the old units picked go back to nothing. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.provinceQuery = '';
    this.communeQuery = '';
    this.oldQuery = { province: '', district: '', commune: '' };
    this.picked = {};
    this.oldMode = false;
    // Text typed without choosing (a box without a value) is the box's own; a box with a value has none.
    for (const box of this.shadowRoot?.querySelectorAll('lt-combobox') ?? []) if (!box.value) box.clear();
  }

  protected override isEmpty(value: AddressValue | null): boolean {
    return isAddressEmpty(value);
  }

  protected override validate(value: AddressValue | null): RuleIssue | null {
    const address = toAddress(value);
    const abroad = this.foreignAllowed && !isVietnam(address.country);
    if (!abroad && this.oldMode && this.successors.length > 1 && !address.communeCode) return { code: 'address.chooseSuccessor' };
    const issue = checkAddress(address, { communeOptional: this.communeOptional, detailOptional: this.detailOptional, foreignAllowed: this.foreignAllowed });
    if (issue || abroad || !this.units) return issue;
    // With the units loaded: the names must be units, and the commune in the province.
    if (!address.provinceCode || !this.units.module.provinceByCode(address.provinceCode)) return { code: 'address.unknownUnit' };
    if (address.communeCode) {
      const commune = this.units.module.communeByCode(address.communeCode);
      if (!commune) return { code: 'address.unknownUnit' };
      if (commune.provinceCode !== address.provinceCode) return { code: 'address.communeNotInProvince' };
    } else if (address.commune.trim()) {
      return { code: 'address.unknownUnit' };
    }
    return null;
  }

  protected override toFormValue(value: AddressValue | null): FormData | null {
    if (isAddressEmpty(value)) return null;
    // One entry per part, named like `residence.province`, so a plain form post reads naturally.
    const data = new FormData();
    const address = toAddress(value);
    for (const part of ['country', 'province', 'provinceCode', 'commune', 'communeCode', 'detail', 'scheme'] as const) {
      const text = address[part];
      if (text) data.append(`${this.name}.${part}`, text);
    }
    return data;
  }

  protected override toFormState(value: AddressValue | null): string {
    return JSON.stringify(toAddress(value));
  }

  protected override restoreState(state: string): void {
    try {
      const address = toAddress(JSON.parse(state));
      this.value = isAddressEmpty(address) ? null : address;
    } catch {
      this.value = null;
    }
  }

  /** A host value with names but no codes: match the names to today's units (see the class comment). */
  private resolveNames(): void {
    const address = toAddress(this.value);
    const abroad = this.foreignAllowed && !isVietnam(address.country);
    if (!this.units || address.provinceCode || !address.province.trim() || abroad) return;
    const { module } = this.units;
    const province = findByName(module.provinces, address.province);
    if (!province) return;
    const commune = address.commune.trim() ? findByName(module.communesOf(province.code), address.commune) : undefined;
    if (address.commune.trim() && !commune) return;
    this.commitAddress(this.withUnits(address, province, commune));
  }

  /** The address with today's province (and commune) set, names as officially written. */
  private withUnits(address: AddressValue, province: Province, commune?: Commune): AddressValue {
    const next: AddressValue = {
      ...address,
      scheme: this.units!.module.UNITS_SCHEME,
      province: province.fullName,
      provinceCode: province.code,
      commune: commune?.fullName ?? '',
    };
    if (commune) next.communeCode = commune.code;
    else delete next.communeCode;
    return next;
  }

  /** Sets a value as the citizen's choice and announces it like typing does. */
  private commitAddress(next: AddressValue | null): void {
    this.setValueByCitizen(next && isAddressEmpty(next) ? null : next);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private get address(): AddressValue {
    return toAddress(this.value);
  }

  private provinceOptions(): ComboboxOption[] {
    if (!this.units) return [];
    const { provinces, module } = this.units;
    const found = this.provinceQuery.trim() ? provinces.search(this.provinceQuery, { limit: MAX_OPTIONS }) : module.provinces;
    return found.map((p) => ({ value: p.code, label: p.fullName }));
  }

  private communeOptions(): ComboboxOption[] {
    if (!this.units) return [];
    const { communes, module } = this.units;
    const provinceCode = this.address.provinceCode;
    const query = this.communeQuery.trim();
    const found = query
      ? communes.search(query, { limit: MAX_OPTIONS, filter: provinceCode ? (c) => c.provinceCode === provinceCode : undefined })
      : provinceCode
        ? module.communesOf(provinceCode).slice(0, MAX_OPTIONS * 5)
        : [];
    // Before a province is chosen, each commune says which province it is in.
    return found.map((c) => ({
      value: c.code,
      label: c.fullName,
      description: provinceCode ? undefined : module.provinceByCode(c.provinceCode)?.fullName,
    }));
  }

  private onProvinceSelect(event: ComboboxSelectEvent): void {
    event.stopPropagation();
    const province = this.units?.module.provinceByCode(event.detail.value);
    const address = this.address;
    if (!province) return this.commitAddress({ ...address, province: '', commune: '', provinceCode: undefined, communeCode: undefined });
    // A commune of another province no longer fits.
    const keep = address.communeCode ? this.units!.module.communeByCode(address.communeCode) : undefined;
    this.communeQuery = '';
    this.commitAddress(this.withUnits(address, province, keep?.provinceCode === province.code ? keep : undefined));
  }

  private onCommuneSelect(event: ComboboxSelectEvent): void {
    event.stopPropagation();
    const commune = this.units?.module.communeByCode(event.detail.value);
    const address = this.address;
    if (!commune) return this.commitAddress({ ...address, commune: '', communeCode: undefined });
    // Choosing a commune first fills its province in.
    const province = this.units!.module.provinceByCode(commune.provinceCode)!;
    this.commitAddress(this.withUnits(address, province, commune));
  }

  private onTextInput(part: 'country' | 'province' | 'detail', event: Event): void {
    event.stopPropagation();
    if (this.readonly) return this.refuseEdit(event);
    const text = (event.target as HTMLInputElement).value;
    const address = { ...this.address, [part]: text };
    if (part === 'country' && !text.trim()) delete address.country;
    // A city typed abroad is not one of today's units: it has no codes.
    if (part === 'province') {
      delete address.provinceCode;
      delete address.communeCode;
      delete address.scheme;
    }
    this.setValueByCitizen(isAddressEmpty(address) ? null : address);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /**
   * Leaving a box: once the country is one abroad, the Vietnamese units chosen before (not shown any more) are
   * dropped. Not on each keystroke, so typing "Việt Nam" does not lose them on the way.
   */
  protected override commit(): void {
    const address = this.address;
    if (!this.foreignAllowed || isVietnam(address.country)) return;
    if (!address.provinceCode && !address.communeCode && !address.scheme && !address.commune && !address.previous) return;
    const { provinceCode: _p, communeCode: _c, scheme: _s, previous: _o, ...rest } = address;
    this.setValueByCitizen({ ...rest, commune: '' });
  }

  // Old units ------------------------------------------------------------------------------------------------

  private onOldMode(event: Event): void {
    this.oldMode = (event.target as HTMLInputElement).checked;
    if (this.oldMode && !this.oldUnits) void loadOldUnits().then((old) => (this.oldUnits = old));
    if (!this.oldMode && this.address.previous) {
      const { previous: _dropped, ...rest } = this.address;
      this.commitAddress(rest);
    }
  }

  /** What the picked old commune (or island district) became. */
  private get successors(): readonly Successor[] {
    const { module } = this.oldUnits ?? {};
    if (!module) return [];
    if (this.picked.commune) return module.successorsOf(this.picked.commune.code);
    if (this.picked.district && module.oldCommunesOf(this.picked.district.code).length === 0) {
      return module.successorsOfDistrict(this.picked.district.code);
    }
    return [];
  }

  private oldOptions(level: 'province' | 'district' | 'commune'): ComboboxOption[] {
    const old = this.oldUnits;
    if (!old) return [];
    const query = this.oldQuery[level].trim();
    const { province, district } = this.picked;
    const list: ReadonlyArray<{ code: string; fullName: string }> =
      level === 'province'
        ? query ? old.provinces.search(query, { limit: MAX_OPTIONS }) : old.module.oldProvinces
        : level === 'district'
          ? province
            ? query ? old.districts.search(query, { limit: MAX_OPTIONS, filter: (d) => d.provinceCode === province.code }) : old.module.oldDistrictsOf(province.code)
            : []
          : district
            ? query ? old.communes.search(query, { limit: MAX_OPTIONS, filter: (c) => c.districtCode === district.code }) : old.module.oldCommunesOf(district.code)
            : [];
    return list.slice(0, MAX_OPTIONS * 5).map((u) => ({ value: u.code, label: u.fullName }));
  }

  private onOldSelect(level: 'province' | 'district' | 'commune', event: ComboboxSelectEvent): void {
    event.stopPropagation();
    const old = this.oldUnits!.module;
    const code = event.detail.value;
    if (level === 'province') this.picked = { province: old.oldProvinceByCode(code) };
    else if (level === 'district') this.picked = { province: this.picked.province, district: old.oldDistrictByCode(code) };
    else this.picked = { ...this.picked, commune: old.oldCommuneByCode(code) };
    this.oldQuery = { ...this.oldQuery, ...(level === 'province' ? { district: '', commune: '' } : level === 'district' ? { commune: '' } : {}) };
    const successors = this.successors;
    // One successor: the old unit became exactly one new one, which is then filled in. Several: ask.
    this.useSuccessor(successors.length === 1 ? successors[0]!.code : undefined);
  }

  /** Sets today's units from the chosen successor (or clears them while the choice is open), keeping the old. */
  private useSuccessor(code: string | undefined): void {
    const { province, district, commune } = this.picked;
    const units = this.units;
    const address = this.address;
    if (!units) return;
    if (!province) {
      // The old province was dropped: so is the old address.
      if (!address.previous) return;
      const { previous: _dropped, ...rest } = address;
      return this.commitAddress(rest);
    }
    const previous: PreviousAddress | undefined =
      district && (commune || this.successors.length > 0)
        ? {
            scheme: this.oldUnits!.module.OLD_UNITS_SCHEME,
            province: province.fullName,
            provinceCode: province.code,
            district: district.fullName,
            districtCode: district.code,
            commune: commune?.fullName ?? '',
            communeCode: commune?.code ?? '',
          }
        : undefined;
    const newCommune = code ? units.module.communeByCode(code) : undefined;
    // Today's province is known as soon as the old one is (each went whole into one new province), so the value
    // is not empty, and keeps `previous`, while the citizen still has to choose between several successors.
    const provinceCode = newCommune?.provinceCode ?? this.oldUnits!.module.newProvinceOf(province.code);
    const newProvince = provinceCode ? units.module.provinceByCode(provinceCode) : undefined;
    const base: AddressValue = newProvince ? this.withUnits(address, newProvince, newCommune) : { ...address, commune: '' };
    if (!newProvince) delete base.communeCode;
    if (previous) base.previous = previous;
    else delete base.previous;
    this.commitAddress(base);
  }

  protected override renderControl(message: string): TemplateResult {
    const t = this.localizer.t;
    const address = this.address;
    const abroad = this.foreignAllowed && !isVietnam(address.country);
    const issue = message && !this.error ? this.issue : null;
    const faulty = (part: string) => !!message && (!issue || issue.code === 'required' || PART_OF_CODE[issue.code] === part);
    const loading = this.units ? t('field.address.noMatch') : t('field.address.loading');
    // Native `input` events of the boxes inside (a search typed in a list, the old-units box) are composed and
    // would reach the host without the address changing: the host fires its own when it does.
    return html`<div class="parts" @input=${this.stopNativeInput}>
      ${this.foreignAllowed ? this.renderText('country', t('field.address.country'), address.country ?? '', 'country-name', false) : nothing}
      ${abroad
        ? html`${this.renderText('province', t('field.address.city'), address.province, 'address-level1', faulty('province'))}`
        : html`
            <lt-combobox
              id="province"
              label=${t('field.address.province')}
              required
              .options=${this.provinceOptions()}
              .value=${address.provinceCode ?? ''}
              selected-label=${address.province}
              empty-text=${loading}
              ?invalid=${faulty('province')}
              ?disabled=${this.isDisabled}
              ?readonly=${this.readonly}
              @lt-combobox-input=${(e: CustomEvent<{ query: string }>) => ((this.provinceQuery = e.detail.query), e.stopPropagation())}
              @lt-combobox-select=${this.onProvinceSelect}
            ></lt-combobox>
            <lt-combobox
              id="commune"
              label=${t('field.address.commune')}
              ?required=${!this.communeOptional}
              hint=${address.provinceCode ? '' : t('field.address.communeFirst')}
              .options=${this.communeOptions()}
              .value=${address.communeCode ?? ''}
              selected-label=${address.commune}
              empty-text=${loading}
              ?invalid=${faulty('commune')}
              ?disabled=${this.isDisabled}
              ?readonly=${this.readonly}
              @lt-combobox-input=${(e: CustomEvent<{ query: string }>) => ((this.communeQuery = e.detail.query), e.stopPropagation())}
              @lt-combobox-select=${this.onCommuneSelect}
            ></lt-combobox>
          `}
      ${this.renderText('detail', t('field.address.detail'), address.detail, 'street-address', faulty('detail'))}
      ${abroad ? nothing : this.renderOld(faulty('successor'))}
    </div>`;
  }

  private stopNativeInput(event: Event): void {
    event.stopPropagation();
  }

  private renderText(part: 'country' | 'province' | 'detail', label: string, value: string, autocomplete: 'country-name' | 'address-level1' | 'street-address', invalid: boolean) {
    return html`<div>
      <label class="part-label" for=${part}>${label}</label>
      <input
        id=${part}
        part="input ${part}"
        class="input"
        type="text"
        autocomplete=${autocomplete}
        .value=${live(value)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${(event: Event) => this.onTextInput(part, event)}
        @change=${this.onNativeChange}
        @keydown=${this.submitOnEnter}
      />
    </div>`;
  }

  private renderOld(successorInvalid: boolean) {
    const t = this.localizer.t;
    const successors = this.successors;
    const address = this.address;
    const units = this.units?.module;
    return html`
      <label class="check">
        <input type="checkbox" id="old-mode" .checked=${live(this.oldMode)} ?disabled=${this.isDisabled} @change=${this.onOldMode} />
        <span>${t('field.address.useOld')}</span>
      </label>
      ${this.oldMode
        ? html`<div class="old">
            ${(['province', 'district', 'commune'] as const).map(
              (level) => html`<lt-combobox
                id=${`old-${level}`}
                label=${t(`field.address.old.${level}`)}
                required
                .options=${this.oldOptions(level)}
                .value=${this.picked[level]?.code ?? ''}
                selected-label=${this.picked[level]?.fullName ?? ''}
                empty-text=${this.oldUnits ? t('field.address.noMatch') : t('field.address.loading')}
                ?disabled=${this.isDisabled || (level === 'district' && !this.picked.province) || (level === 'commune' && !this.picked.district)}
                @lt-combobox-input=${(e: CustomEvent<{ query: string }>) => ((this.oldQuery = { ...this.oldQuery, [level]: e.detail.query }), e.stopPropagation())}
                @lt-combobox-select=${(e: ComboboxSelectEvent) => this.onOldSelect(level, e)}
              ></lt-combobox>`,
            )}
            ${successors.length === 1 && address.communeCode
              ? html`<p class="now" role="status">${t('field.address.nowIs', { unit: `${address.commune}, ${address.province}` })}</p>`
              : nothing}
            ${successors.length > 1
              ? html`<fieldset class="successors" aria-invalid=${successorInvalid ? 'true' : 'false'}>
                  <legend>${t('field.address.whichSuccessor', { unit: this.picked.commune?.fullName ?? this.picked.district?.fullName ?? '' })}</legend>
                  ${successors.map((s) => {
                    const unit = units?.communeByCode(s.code);
                    return html`<label class="check">
                      <input
                        type="radio"
                        name="successor"
                        value=${s.code}
                        .checked=${live(address.communeCode === s.code)}
                        ?disabled=${this.isDisabled}
                        @change=${() => this.useSuccessor(s.code)}
                      />
                      <span>${unit?.fullName ?? s.code}, ${units?.provinceByCode(s.provinceCode)?.fullName ?? ''}</span>
                    </label>`;
                  })}
                </fieldset>`
              : nothing}
          </div>`
        : nothing}
    `;
  }

  protected override get focusTarget(): HTMLElement | null {
    return (this.shadowRoot?.querySelector<HTMLElement>('#country, lt-combobox, #province') as HTMLElement | null) ?? null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-address-field': LtAddressField;
  }
}
