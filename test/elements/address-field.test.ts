/**
 * <lt-address-field> on today's units, driven the way a person drives it: real keystrokes (`sendKeys`) into the
 * province and commune lists (`<lt-combobox>`: focus the box, type, ArrowDown, Enter), the "old units" box and
 * the successor radios; and as a form control in a plain `<form>`.
 *
 * The field holds an object and submits one entry per part (`home.provinceCode`, …), so the shared form-field
 * contract, which compares `FormData.getAll(name)` with strings, does not fit: its cases are written out here.
 */
import { aTimeout, expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/address-field/address-field.js';
import type { LtAddressField } from '../../src/elements/address-field/address-field.js';
import type { LtCombobox } from '../../src/elements/combobox/combobox.js';
import { loadOldUnits, loadUnits } from '../../src/elements/address-field/internal/units.js';
import type { AddressValue } from '../../src/core/rules/index.js';
import { defaultLocalizer, defaultStringsPending } from '../../src/i18n/i18n.js';
import { countEvents, messageOf } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

// ---------------------------------------------------------------------------------------------------------
// Real units (scheme 2025-07 and pre-2025-07), as in src/data

const HA_NOI = { province: 'Thành phố Hà Nội', provinceCode: '01' };
const THANH_XUAN = { commune: 'Phường Thanh Xuân', communeCode: '00367' };
const DETAIL = 'Số 12, ngõ 34 Nguyễn Trãi';

/** A complete address on today's units, as the field reports it. */
const HOME: AddressValue = { ...HA_NOI, ...THANH_XUAN, detail: DETAIL, scheme: '2025-07' };

/** What HOME submits under the name `home`, in the field's order. */
const HOME_ENTRIES: Array<[string, string]> = [
  ['home.province', 'Thành phố Hà Nội'],
  ['home.provinceCode', '01'],
  ['home.commune', 'Phường Thanh Xuân'],
  ['home.communeCode', '00367'],
  ['home.detail', DETAIL],
  ['home.scheme', '2025-07'],
];

/** Phường Thanh Xuân Trung, Quận Thanh Xuân, Hà Nội before the reform: split between two new wards. */
const OLD_THANH_XUAN_TRUNG = {
  scheme: 'pre-2025-07',
  province: 'Thành phố Hà Nội',
  provinceCode: '01',
  district: 'Quận Thanh Xuân',
  districtCode: '009',
  commune: 'Phường Thanh Xuân Trung',
  communeCode: '00355',
};

// ---------------------------------------------------------------------------------------------------------
// Mounting and reading

type Props = Partial<
  Pick<LtAddressField, 'value' | 'required' | 'disabled' | 'error' | 'readonly' | 'label' | 'hint' | 'communeOptional' | 'detailOptional' | 'foreignAllowed'>
>;

/** Waits until today's units are loaded and the field has rendered with them. */
async function settle(el: LtAddressField): Promise<void> {
  await loadUnits();
  // The field's own `then` runs after ours when the chunk was already loaded: let it run.
  await aTimeout(0);
  await el.updateComplete;
}

/** The same for the old units (loaded when the citizen ticks the box). */
async function settleOld(el: LtAddressField): Promise<void> {
  await loadOldUnits();
  await aTimeout(0);
  await el.updateComplete;
}

/**
 * `<lt-address-field name="home">` inside a plain form, with `props` set (and `before` run) before it is
 * attached; resolves once today's units are loaded. fixtureSync: `fixture` may wait for an animation frame that
 * a background test page never gets.
 */
async function mount(props: Props = {}, { lang, before }: { lang?: string; before?: (el: LtAddressField) => void } = {}) {
  const container = fixtureSync<HTMLElement>(
    html`<div><form><fieldset><legend>Hồ sơ</legend></fieldset><button type="button">Tiếp tục</button></form></div>`,
  );
  if (lang) container.setAttribute('lang', lang);
  const el = document.createElement('lt-address-field');
  el.name = 'home';
  el.label = 'Nơi cư trú';
  Object.assign(el, props);
  before?.(el);
  const fieldset = container.querySelector('fieldset')!;
  fieldset.append(el);
  await el.updateComplete;
  await settle(el);
  return { el, form: container.querySelector('form')!, fieldset, container };
}

/** The form's entries whose name starts with `home`. */
const submitted = (form: HTMLFormElement): Array<[string, string]> =>
  [...new FormData(form)].filter(([key]) => key.startsWith('home')).map(([key, value]) => [key, String(value)]);

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** One of the lists: `province`, `commune`, `old-province`, `old-district`, `old-commune`. */
const list = (el: LtAddressField, id: string): LtCombobox => el.shadowRoot!.querySelector<LtCombobox>(`lt-combobox#${id}`)!;
const lists = (el: LtAddressField): LtCombobox[] => [...el.shadowRoot!.querySelectorAll<LtCombobox>('lt-combobox')];
/** The text box of a list (in its own shadow root). */
const boxOf = (combobox: LtCombobox): HTMLInputElement => combobox.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
/** The labels of the options a list offers now. */
const offered = (combobox: LtCombobox): string[] =>
  [...combobox.shadowRoot!.querySelectorAll('li[role="option"] .option-label')].map((option) => text(option));
/** The plain text boxes of the field (country, city, details). */
const textBox = (el: LtAddressField, id: 'country' | 'province' | 'detail') => el.shadowRoot!.querySelector<HTMLInputElement>(`input#${id}`);
const oldModeBox = (el: LtAddressField) => el.shadowRoot!.querySelector<HTMLInputElement>('#old-mode')!;
const successorRadios = (el: LtAddressField) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.successors input[type="radio"]')];
const successorLabels = (el: LtAddressField) => [...el.shadowRoot!.querySelectorAll('.successors label')].map((label) => text(label));

/** Every control, the lists' boxes included. */
const allControls = (el: LtAddressField): HTMLInputElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input'),
  ...lists(el).map(boxOf),
];

/** Waits for the field and every list in it. */
async function settled(el: LtAddressField): Promise<void> {
  await el.updateComplete;
  await Promise.all(lists(el).map((combobox) => combobox.updateComplete));
  await el.updateComplete;
}

/** Focuses a list's box (as Tab or a label click would), selects what it shows, and types over it. */
async function search(el: LtAddressField, id: string, words: string): Promise<LtCombobox> {
  const combobox = list(el, id);
  combobox.focus();
  expect(combobox.shadowRoot!.activeElement, `focus is in the ${id} box`).to.equal(boxOf(combobox));
  boxOf(combobox).select();
  await sendKeys({ type: words });
  await settled(el);
  return combobox;
}

/** Types in a list, then ArrowDown (highlights the best match) and Enter (chooses it). */
async function pick(el: LtAddressField, id: string, words: string): Promise<void> {
  await search(el, id, words);
  await sendKeys({ press: 'ArrowDown' });
  await settled(el);
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

/** Ticks "my papers use the old units" with the keyboard and waits for the old units. */
async function openOldMode(el: LtAddressField): Promise<void> {
  oldModeBox(el).focus();
  await sendKeys({ press: 'Space' });
  await settleOld(el);
  await settled(el);
}

before(async () => {
  // Messages and the address field's words come with the later strings.
  await defaultStringsPending();
});

// ---------------------------------------------------------------------------------------------------------

describe('lt-address-field — accessibility', () => {
  it('passes axe empty, filled, with an error, and with the old units asking for a successor', async () => {
    const { el } = await mount({ required: true });
    await expect(el).to.be.accessible();

    el.value = { ...HOME };
    await settled(el);
    expect(boxOf(list(el, 'province')).value).to.equal('Thành phố Hà Nội');
    await expect(el).to.be.accessible();

    el.value = null;
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.required')}`);
    await expect(el).to.be.accessible();
    el.error = 'Địa chỉ thường trú phải trùng với nơi cư trú của chủ hộ.';
    await settled(el);
    await expect(el).to.be.accessible();
    el.error = '';

    await openOldMode(el);
    await pick(el, 'old-province', 'ha noi');
    await pick(el, 'old-district', 'thanh xuan');
    await pick(el, 'old-commune', 'thanh xuan trung');
    expect(successorRadios(el)).to.have.length(2);
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.address.chooseSuccessor')}`);
    await expect(el).to.be.accessible();
  });

  it('is a fieldset with a labelled list per level, and a labelled detail box', async () => {
    const { el } = await mount({ required: true });
    expect(text(el.shadowRoot!.querySelector('fieldset > legend'))).to.equal('Nơi cư trú');
    const [province, commune] = lists(el);
    expect(province!.id).to.equal('province');
    expect(commune!.id).to.equal('commune');
    expect(boxOf(province!).getAttribute('role')).to.equal('combobox');
    expect(text(province!.shadowRoot!.querySelector('#label'))).to.equal(vi.t('field.address.province'));
    // The commune list says it can be searched first.
    expect(text(commune!.shadowRoot!.querySelector('#hint'))).to.equal(vi.t('field.address.communeFirst'));
    expect(el.shadowRoot!.querySelector('label[for="detail"]')).to.not.equal(null);
    expect(textBox(el, 'detail')!.getAttribute('autocomplete')).to.equal('street-address');
    expect(text(oldModeBox(el).closest('label'))).to.equal(vi.t('field.address.useOld'));
  });
});

describe('lt-address-field — searching as a person types (keyboard only)', () => {
  it('finds a ward typed without diacritics and fills its province in: thanh xuan → Phường Thanh Xuân', async () => {
    const { el } = await mount({ required: true });
    const counts = countEvents(el);
    // From the province box, Tab to the commune box: a commune may be searched before any province.
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(list(el, 'province'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(list(el, 'commune'));
    await sendKeys({ type: 'thanh xuan' });
    await settled(el);
    const commune = list(el, 'commune');
    expect(offered(commune)[0]).to.equal('Phường Thanh Xuân');
    // Before a province is chosen, each option says its province.
    expect(text(commune.shadowRoot!.querySelector('li[role="option"] .option-description'))).to.equal('Thành phố Hà Nội');
    expect(counts.input, 'searching is not changing the address').to.equal(0);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.deep.equal({ ...HA_NOI, ...THANH_XUAN, detail: '', scheme: '2025-07' });
    expect(boxOf(list(el, 'province')).value).to.equal('Thành phố Hà Nội');
    expect(boxOf(commune).value).to.equal('Phường Thanh Xuân');
    expect(counts.input).to.equal(1);
    expect(counts.change).to.equal(1);
  });

  it('finds đ typed as d: dong da → Phường Đống Đa', async () => {
    const { el } = await mount();
    await pick(el, 'commune', 'dong da');
    expect(el.value).to.include({ commune: 'Phường Đống Đa', communeCode: '00235', province: 'Thành phố Hà Nội', provinceCode: '01' });
  });

  for (const typed of ['Yên Hoà', 'Yên Hòa', 'yen hoa']) {
    it(`finds Phường Yên Hòa typed "${typed}" (either tone-mark style, or none)`, async () => {
      const { el } = await mount();
      await search(el, 'commune', typed);
      expect(offered(list(el, 'commune'))[0]).to.equal('Phường Yên Hòa');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.value).to.include({ commune: 'Phường Yên Hòa', communeCode: '00175', provinceCode: '01' });
    });
  }

  for (const typed of ['Khánh Hoà', 'Khánh Hòa']) {
    it(`finds Tỉnh Khánh Hòa typed "${typed}"`, async () => {
      const { el } = await mount();
      await pick(el, 'province', typed);
      expect(el.value).to.include({ province: 'Tỉnh Khánh Hòa', provinceCode: '56' });
    });
  }

  const provinces: Array<[string, string, string]> = [
    ['HCM', 'Thành phố Hồ Chí Minh', '79'],
    ['TP HCM', 'Thành phố Hồ Chí Minh', '79'],
    ['Hà Nội', 'Thành phố Hà Nội', '01'],
    ['Ha Noi', 'Thành phố Hà Nội', '01'],
  ];
  for (const [typed, province, provinceCode] of provinces) {
    it(`finds the city typed "${typed}" first: ${province}`, async () => {
      const { el } = await mount();
      const counts = countEvents(el);
      await search(el, 'province', typed);
      expect(offered(list(el, 'province'))[0]).to.equal(province);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.value).to.deep.equal({ province, provinceCode, commune: '', detail: '', scheme: '2025-07' });
      expect(counts).to.deep.equal({ input: 1, change: 1 });
    });
  }

  it('offers no commune of another province once a province is chosen', async () => {
    const { el } = await mount();
    await pick(el, 'province', 'ha noi');
    expect(text(list(el, 'commune').shadowRoot!.querySelector('#hint')), 'no "type the commune first" hint any more').to.equal('');
    // Phường Sài Gòn is in Hồ Chí Minh City.
    const commune = await search(el, 'commune', 'sai gon');
    expect(offered(commune)).to.deep.equal([]);
    expect(text(commune.shadowRoot!.querySelector('.empty'))).to.equal(vi.t('field.address.noMatch'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.deep.equal({ ...HA_NOI, commune: '', detail: '', scheme: '2025-07' });
    // Only Hà Nội's wards come up, without their province named on each.
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'thanh' });
    await settled(el);
    expect(offered(commune)).to.include('Phường Thanh Xuân');
    expect(offered(commune)).to.not.include('Xã Thạnh Xuân');
    expect(commune.shadowRoot!.querySelector('.option-description')).to.equal(null);
  });

  it('takes a whole address from the keyboard alone, Tab to Tab', async () => {
    const { el, form } = await mount({ required: true });
    const counts = countEvents(el);
    await pick(el, 'province', 'ha noi');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'thanh xuan' });
    await settled(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(textBox(el, 'detail'));
    await sendKeys({ type: DETAIL });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(el.value).to.deep.equal(HOME);
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
    expect(counts.input).to.equal(2 + DETAIL.length);
    expect(counts.change).to.be.at.least(3);
  });

  it('keeps the commune when its province is chosen again from the list, and drops it for another province', async () => {
    const { el } = await mount({ value: { ...HOME } });
    list(el, 'province').focus();
    // Down opens the list on the chosen province; Enter chooses it again.
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(boxOf(list(el, 'province')).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.deep.equal(HOME);
    // The next one in the list (Tỉnh Cao Bằng) has no Phường Thanh Xuân.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.deep.equal({ province: 'Tỉnh Cao Bằng', provinceCode: '04', commune: '', detail: DETAIL, scheme: '2025-07' });
    expect(boxOf(list(el, 'commune')).value).to.equal('');
    // Typing over the province drops it, and the commune with it.
    await pick(el, 'province', 'HCM');
    expect(el.value).to.deep.equal({ province: 'Thành phố Hồ Chí Minh', provinceCode: '79', commune: '', detail: DETAIL, scheme: '2025-07' });
  });

  it('shows what is missing only once the citizen leaves the field', async () => {
    const { el } = await mount({ required: true });
    await pick(el, 'province', 'ha noi');
    expect(messageOf(el), 'not while inside').to.equal(null);
    expect(el.validationMessage).to.equal(vi.t('error.address.communeMissing'));
    // Out of the field: commune box, detail box, old-units box, then the page's button.
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.address.communeMissing')}`);
    expect(list(el, 'commune').invalid).to.equal(true);
    expect(list(el, 'province').invalid).to.equal(false);
    expect(boxOf(list(el, 'commune')).getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('lt-address-field — old units', () => {
  it('asks which new ward an old ward split between several became, and is invalid until answered', async () => {
    const { el, form } = await mount({ required: true, value: { province: '', commune: '', detail: DETAIL } });
    expect(el.shadowRoot!.querySelector('#old-province')).to.equal(null);
    await openOldMode(el);
    expect(lists(el).map((combobox) => combobox.id)).to.deep.equal(['province', 'commune', 'old-province', 'old-district', 'old-commune']);
    expect(list(el, 'old-district').disabled, 'district waits for the province').to.equal(true);

    await pick(el, 'old-province', 'ha noi');
    expect(list(el, 'old-district').disabled).to.equal(false);
    await pick(el, 'old-district', 'thanh xuan');
    expect(list(el, 'old-district').value).to.equal('009');
    await pick(el, 'old-commune', 'thanh xuan trung');
    expect(list(el, 'old-commune').value).to.equal('00355');

    // Never guessed: a choice between the new wards, and the field is invalid until one is chosen.
    expect(text(el.shadowRoot!.querySelector('.successors legend'))).to.equal(
      vi.t('field.address.whichSuccessor', { unit: 'Phường Thanh Xuân Trung' }),
    );
    expect(successorLabels(el)).to.include.members(['Phường Thanh Xuân, Thành phố Hà Nội', 'Phường Khương Đình, Thành phố Hà Nội']);
    expect(successorRadios(el).some((radio) => radio.checked)).to.equal(false);
    expect(el.value).to.deep.equal({ ...HA_NOI, commune: '', detail: DETAIL, scheme: '2025-07', previous: OLD_THANH_XUAN_TRUNG });
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage).to.equal(vi.t('error.address.chooseSuccessor'));
    expect(form.checkValidity()).to.equal(false);
    expect(el.shadowRoot!.querySelector('.now'), 'no "Nay là" for several').to.equal(null);
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.address.chooseSuccessor')}`);
    expect(el.shadowRoot!.querySelector('.successors')!.getAttribute('aria-invalid')).to.equal('true');

    // The citizen chooses Phường Thanh Xuân with the keyboard.
    const counts = countEvents(el);
    const radio = successorRadios(el).find((r) => r.value === '00367')!;
    radio.focus();
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(radio.checked).to.equal(true);
    expect(counts.input).to.equal(1);
    expect(el.value).to.deep.equal({ ...HOME, previous: OLD_THANH_XUAN_TRUNG });
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
    expect(boxOf(list(el, 'province')).value).to.equal('Thành phố Hà Nội');
    expect(boxOf(list(el, 'commune')).value).to.equal('Phường Thanh Xuân');
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);

    // Changing one's mind: Khương Đình, by arrow key in the radio group.
    await sendKeys({ press: radio === successorRadios(el)[0] ? 'ArrowDown' : 'ArrowUp' });
    await settled(el);
    expect(el.value).to.include({ commune: 'Phường Khương Đình', communeCode: '00364' });

    // Unticking the box drops the old address, and keeps today's.
    oldModeBox(el).focus();
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.shadowRoot!.querySelector('.old')).to.equal(null);
    expect(el.value).to.deep.equal({ ...HA_NOI, commune: 'Phường Khương Đình', communeCode: '00364', detail: DETAIL, scheme: '2025-07' });
  });

  it('fills today’s unit in for an old ward with one successor, and says "Nay là: …"', async () => {
    const { el } = await mount({ required: true });
    await openOldMode(el);
    await pick(el, 'old-province', 'ha noi');
    await pick(el, 'old-district', 'thanh xuan');
    await pick(el, 'old-commune', 'khuong mai');
    expect(el.shadowRoot!.querySelector('.successors')).to.equal(null);
    expect(el.value).to.deep.equal({
      ...HA_NOI,
      commune: 'Phường Phương Liệt',
      communeCode: '00352',
      detail: '',
      scheme: '2025-07',
      previous: { ...OLD_THANH_XUAN_TRUNG, commune: 'Phường Khương Mai', communeCode: '00352' },
    });
    const now = el.shadowRoot!.querySelector('.now')!;
    expect(now.getAttribute('role')).to.equal('status');
    expect(text(now)).to.equal('Nay là: Phường Phương Liệt, Thành phố Hà Nội.');
    expect(boxOf(list(el, 'commune')).value).to.equal('Phường Phương Liệt');
    // Only the details are left.
    expect(el.validationMessage).to.equal(vi.t('error.address.detailMissing'));
  });
});

describe('lt-address-field — form association', () => {
  it('submits one entry per part, codes and scheme included, named after the field', async () => {
    const { el, form } = await mount({ value: { ...HOME } });
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
    expect(el.validity.valid).to.equal(true);
    expect(el.form).to.equal(form);
  });

  it('submits nothing when empty', async () => {
    const { form } = await mount({ value: { province: ' ', commune: '', detail: '' } });
    expect(submitted(form)).to.deep.equal([]);
  });

  it('is valueMissing when required and empty, and blocks the form', async () => {
    const { el, form } = await mount({ required: true });
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.required'));
    expect(form.checkValidity()).to.equal(false);
    // Synchronously, without waiting for a render.
    el.value = { ...HOME };
    expect(form.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
    el.value = null;
    expect(form.reportValidity()).to.equal(false);
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.required')}`);
    expect(lists(el).every((combobox) => combobox.invalid)).to.equal(true);
    expect(textBox(el, 'detail')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error');
  });

  it('returns to its default value on form reset, typed searches and old units cleared', async () => {
    const { el, form } = await mount({ value: { ...HOME } });
    await pick(el, 'province', 'HCM');
    await search(el, 'commune', 'ben th');
    await openOldMode(el);
    expect(submitted(form)).to.not.deep.equal(HOME_ENTRIES);
    form.reset();
    expect(el.value).to.deep.equal(HOME);
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
    await settled(el);
    expect(boxOf(list(el, 'province')).value).to.equal('Thành phố Hà Nội');
    expect(boxOf(list(el, 'commune')).value).to.equal('Phường Thanh Xuân');
    expect(textBox(el, 'detail')!.value).to.equal(DETAIL);
    expect(oldModeBox(el).checked).to.equal(false);
    expect(el.shadowRoot!.querySelector('#old-province')).to.equal(null);
    expect(messageOf(el)).to.equal(null);

    // A field that started empty: whatever was typed in a list goes too.
    const empty = await mount();
    await search(empty.el, 'province', 'thanh ho');
    empty.form.reset();
    await settled(empty.el);
    expect(empty.el.value).to.equal(null);
    expect(boxOf(list(empty.el, 'province')).value).to.equal('');
  });

  it('is left out of the form when disabled, itself or by a fieldset', async () => {
    const { el, form, fieldset } = await mount({ value: { ...HOME }, required: true });
    el.disabled = true;
    await settled(el);
    expect(submitted(form)).to.deep.equal([]);
    expect(el.willValidate).to.equal(false);
    expect(allControls(el).every((control) => control.matches(':disabled'))).to.equal(true);
    el.disabled = false;
    fieldset.disabled = true;
    await settled(el);
    expect(submitted(form)).to.deep.equal([]);
    expect(allControls(el).every((control) => control.matches(':disabled'))).to.equal(true);
    fieldset.disabled = false;
    await settled(el);
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
    expect(allControls(el).some((control) => control.matches(':disabled'))).to.equal(false);
  });

  it('restores its value from the saved form state, and ignores a broken one', async () => {
    const { el, form } = await mount();
    const saved = { ...HOME, previous: OLD_THANH_XUAN_TRUNG };
    el.formStateRestoreCallback(JSON.stringify(saved));
    expect(el.value).to.deep.equal(saved);
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
    await settled(el);
    expect(boxOf(list(el, 'province')).value).to.equal('Thành phố Hà Nội');
    expect(boxOf(list(el, 'commune')).value).to.equal('Phường Thanh Xuân');
    el.formStateRestoreCallback('{not json');
    expect(el.value).to.equal(null);
    expect(submitted(form)).to.deep.equal([]);
  });

  it('fires no events for programmatic changes given with codes', async () => {
    const { el, form } = await mount();
    const counts = countEvents(el);
    el.value = { ...HOME };
    await settled(el);
    form.reset();
    await settled(el);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('moves focus() to the province list, or to the country box when foreign-allowed', async () => {
    const { el } = await mount();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(list(el, 'province'));
    el.foreignAllowed = true;
    await settled(el);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(textBox(el, 'country'));
  });

  it('does not change when readonly, and is still submitted', async () => {
    const { el, form } = await mount({ value: { ...HOME }, readonly: true });
    list(el, 'province').focus();
    await sendKeys({ type: 'x' });
    await settled(el);
    expect(el.value).to.deep.equal(HOME);
    expect(boxOf(list(el, 'province')).value).to.equal('Thành phố Hà Nội');
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
  });
});

describe('lt-address-field — values from the host', () => {
  it('resolves a value given by names only to today’s codes, and reports it', async () => {
    let inputs = 0;
    let changes = 0;
    const { el, form } = await mount(
      { value: { province: 'Hà Nội', commune: 'thanh xuan', detail: DETAIL } },
      {
        before: (field) => {
          field.addEventListener('input', () => (inputs += 1));
          field.addEventListener('change', () => (changes += 1));
        },
      },
    );
    expect(el.value).to.deep.equal(HOME);
    expect(inputs).to.equal(1);
    expect(changes).to.equal(1);
    expect(el.validity.valid).to.equal(true);
    expect(submitted(form)).to.deep.equal(HOME_ENTRIES);
    expect(boxOf(list(el, 'commune')).value).to.equal('Phường Thanh Xuân');
  });

  it('resolves names given after the units have loaded too', async () => {
    const { el } = await mount();
    const counts = countEvents(el);
    el.value = { province: 'TP HCM', commune: 'Phường Sài Gòn', detail: 'Số 1 Lê Duẩn' };
    await settled(el);
    // "TP HCM" is a search alias, not a name: left as given, and not accepted as a unit.
    expect(el.value).to.deep.equal({ province: 'TP HCM', commune: 'Phường Sài Gòn', detail: 'Số 1 Lê Duẩn' });
    expect(el.validationMessage).to.equal(vi.t('error.address.unknownUnit'));
    el.value = { province: 'Thành phố Hồ Chí Minh', commune: 'Phường Sài Gòn', detail: 'Số 1 Lê Duẩn' };
    await settled(el);
    expect(el.value).to.include({ provinceCode: '79', communeCode: '26740', scheme: '2025-07' });
    expect(el.validity.valid).to.equal(true);
    expect(counts.input).to.equal(1);
  });

  it('says a commune code of another province is not in the province', async () => {
    const { el } = await mount({
      value: { ...HA_NOI, commune: 'Phường Sài Gòn', communeCode: '26740', detail: DETAIL, scheme: '2025-07' },
    });
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage).to.equal(vi.t('error.address.communeNotInProvince'));
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.address.communeNotInProvince')}`);
    expect(list(el, 'commune').invalid).to.equal(true);
    expect(list(el, 'province').invalid).to.equal(false);
  });

  it('says an unknown code is not a unit', async () => {
    const { el } = await mount({ value: { ...HOME, communeCode: '99999' } });
    expect(el.validationMessage).to.equal(vi.t('error.address.unknownUnit'));
  });

  it('accepts a province alone when commune and detail are optional (a hometown)', async () => {
    const { el } = await mount({ value: { province: 'Tỉnh Ninh Bình', commune: '', detail: '' }, communeOptional: true, detailOptional: true });
    expect(el.value).to.deep.equal({ province: 'Tỉnh Ninh Bình', provinceCode: '37', commune: '', detail: '', scheme: '2025-07' });
    expect(el.validity.valid).to.equal(true);
    expect(text(list(el, 'commune').shadowRoot!.querySelector('#label'))).to.equal(`${vi.t('field.address.commune')} ${vi.t('field.optional')}`);
    el.communeOptional = false;
    expect(el.validationMessage).to.equal(vi.t('error.address.communeMissing'));
  });

  it('with foreign-allowed and a foreign country, needs only the city (and takes details)', async () => {
    const { el, form } = await mount({ foreignAllowed: true, required: true });
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(textBox(el, 'country'));
    await sendKeys({ type: 'Nhật Bản' });
    await settled(el);
    // Abroad: no lists, a city box, no old units.
    expect(lists(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('#old-mode')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('label[for="province"]'))).to.equal(vi.t('field.address.city'));
    expect(el.validationMessage).to.equal(vi.t('error.address.cityMissing'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Tokyo' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1-1 Chiyoda' });
    await settled(el);
    expect(el.value).to.deep.equal({ country: 'Nhật Bản', province: 'Tokyo', commune: '', detail: '1-1 Chiyoda' });
    expect(el.validity.valid).to.equal(true);
    expect(submitted(form)).to.deep.equal([
      ['home.country', 'Nhật Bản'],
      ['home.province', 'Tokyo'],
      ['home.detail', '1-1 Chiyoda'],
    ]);
  });

  it('drops today’s codes when a chosen Vietnamese address becomes one abroad', async () => {
    const { el, form } = await mount({ foreignAllowed: true, value: { ...HOME } });
    el.focus();
    await sendKeys({ type: 'Pháp' });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    // Dropped on leaving the country box, not while typing it (a citizen typing "Việt Nam" keeps them).
    expect(el.value).to.deep.equal({ country: 'Pháp', province: 'Thành phố Hà Nội', commune: '', detail: DETAIL });
    textBox(el, 'province')!.select();
    await sendKeys({ type: 'Paris' });
    expect(submitted(form)).to.deep.equal([
      ['home.country', 'Pháp'],
      ['home.province', 'Paris'],
      ['home.detail', DETAIL],
    ]);
  });

  it('treats "Việt Nam" as home: the lists and every part needed', async () => {
    const { el } = await mount({ foreignAllowed: true, value: { country: 'Việt Nam', ...HA_NOI, commune: '', detail: '', scheme: '2025-07' } });
    expect(lists(el)).to.have.length(2);
    expect(el.validationMessage).to.equal(vi.t('error.address.communeMissing'));
  });

  it('shows hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { el } = await mount({ label: hostile, hint: hostile, error: hostile, value: { province: hostile, commune: hostile, detail: hostile } });
    const roots = [el.shadowRoot!, ...lists(el).map((combobox) => combobox.shadowRoot!)];
    expect(roots.every((root) => root.querySelector('img') === null)).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('legend'))).to.contain(hostile);
    expect(messageOf(el)).to.equal(`Lỗi: ${hostile}`);
    expect(textBox(el, 'detail')!.value).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // Not a unit: the lists stay empty rather than show it as if chosen.
    expect(boxOf(list(el, 'province')).value).to.equal('');
  });

  it('never throws on a value that is not an address', async () => {
    const { el } = await mount({ required: true });
    for (const bad of [42, 'Hà Nội', ['Hà Nội'], Symbol('x'), { province: 7, commune: null, previous: 'x' }, undefined, null]) {
      el.value = bad as unknown as AddressValue;
      await settled(el);
      expect(el.value).to.equal(bad);
      expect(typeof el.validity.valid).to.equal('boolean');
      expect(lists(el)).to.have.length(2);
    }
    // A code that is not text counts as no code: the names are matched instead.
    el.value = { ...HOME, provinceCode: 1 } as unknown as AddressValue;
    await settled(el);
    expect(el.value).to.deep.equal(HOME);
  });

  it('speaks the language of its ancestors', async () => {
    const { el } = await mount({ required: true, value: { ...HA_NOI, commune: '', detail: DETAIL, scheme: '2025-07' } }, { lang: 'en' });
    expect(el.validationMessage).to.equal(en.t('error.address.communeMissing'));
    expect(text(list(el, 'province').shadowRoot!.querySelector('#label'))).to.equal(en.t('field.address.province'));
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Error: ${en.t('error.address.communeMissing')}`);
    await expect(el).to.be.accessible();
  });
});
