/**
 * lt-address-field holds an object and submits one entry per part (`answer.province`, …), so the shared
 * contract, which compares `FormData.getAll(name)` with strings, does not fit: its cases are written out here
 * with the contract's helpers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/address-field/address-field.js';
import type { LtAddressField } from '../../src/elements/address-field/address-field.js';
import type { AddressValue } from '../../src/core/rules/index.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { HOME } from '../fixtures/birth-answers.js';
import { controlsOf, countEvents, messageOf, mountField } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** A complete Vietnamese address, country left empty as the field itself leaves it. */
const valid: AddressValue = { country: '', ...HOME };

/** What `valid` submits under the name `answer`. */
const entries: Array<[string, string]> = [
  ['answer.province', HOME.province],
  ['answer.commune', HOME.commune],
  ['answer.detail', HOME.detail],
];

type Options = Partial<Pick<LtAddressField, 'value' | 'required' | 'disabled' | 'error' | 'readonly' | 'communeOptional' | 'detailOptional' | 'foreignAllowed'>>;

/** Mounts `<lt-address-field name="answer">` in a form, with `options` set before it is attached. */
async function mount(options: Options = {}, lang?: string) {
  const mounted = await mountField<AddressValue | null>('lt-address-field', { valid, setup: (el) => Object.assign(el, options) }, {}, lang);
  return { ...mounted, el: mounted.el as LtAddressField };
}

/** The form's entries whose name starts with `answer`. */
const submitted = (form: HTMLFormElement): Array<[string, string]> =>
  [...new FormData(form)].filter(([key]) => key.startsWith('answer')).map(([key, value]) => [key, String(value)]);

/** The box for one part, found by its id. */
const box = (el: LtAddressField, part: keyof AddressValue): HTMLInputElement | null =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input#${part}`);

/** The visible labels of the boxes, in order. */
const partLabels = (el: LtAddressField): string[] => [...el.shadowRoot!.querySelectorAll('.part-label')].map((l) => l.textContent!.trim());

/** Types `texts` into the boxes one after another, starting from the first, and leaves the field. */
async function typeParts(el: LtAddressField, texts: string[]): Promise<void> {
  el.focus();
  for (const text of texts) {
    if (text) await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' });
  }
  await el.updateComplete;
}

describe('lt-address-field — form field behaviour', () => {
  it('is accessible: empty, filled, with a message, foreign', async () => {
    const { el } = await mount({ required: true });
    await expect(el).to.be.accessible();
    el.reportValidity();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.value = { ...valid, commune: '' };
    el.error = 'Địa chỉ này không thuộc Thành phố Hà Nội.';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.error = '';
    el.foreignAllowed = true;
    el.value = { country: 'Pháp', province: 'Paris', commune: '', detail: '' };
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a fieldset with one labelled box per part, with address autofill', async () => {
    const { el } = await mount();
    expect(el.shadowRoot!.querySelector('fieldset > legend')!.textContent).to.contain('Câu hỏi');
    expect(partLabels(el)).to.deep.equal([vi.t('field.address.province'), vi.t('field.address.commune'), vi.t('field.address.detail')]);
    expect(controlsOf(el).map((input) => input.getAttribute('autocomplete'))).to.deep.equal(['address-level1', 'address-level2', 'street-address']);
    for (const input of controlsOf(el)) expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)).to.not.equal(null);
  });

  it('submits one entry per part, named after the field', async () => {
    const { el, form } = await mount({ value: valid });
    expect(submitted(form)).to.deep.equal(entries);
    expect(el.validity.valid).to.equal(true);
    expect(el.form).to.equal(form);
    el.foreignAllowed = true;
    el.value = { country: 'Pháp', province: 'Paris', commune: '', detail: '8 rue de Rivoli' };
    expect(submitted(form)).to.deep.equal([
      ['answer.country', 'Pháp'],
      ['answer.province', 'Paris'],
      ['answer.detail', '8 rue de Rivoli'],
    ]);
  });

  it('submits nothing when empty', async () => {
    const { form } = await mount({ value: { country: '', province: ' ', commune: '', detail: '' } });
    expect(submitted(form)).to.deep.equal([]);
  });

  it('is valueMissing when required and empty, and blocks the form', async () => {
    const { el, form } = await mount({ required: true });
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.required'));
    expect(form.checkValidity()).to.equal(false);
    // Synchronously, without waiting for a render.
    el.value = valid;
    expect(form.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
  });

  it('marks the boxes invalid when a required address is missing', async () => {
    const { el } = await mount({ required: true });
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.required')}`);
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error');
    expect(controlsOf(el).map((input) => input.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
  });

  it('returns to its default value on form reset', async () => {
    const { el, form } = await mount({ value: valid });
    el.value = null;
    expect(submitted(form)).to.deep.equal([]);
    form.reset();
    expect(el.value).to.deep.equal(valid);
    expect(submitted(form)).to.deep.equal(entries);
    await el.updateComplete;
    expect(box(el, 'province')!.value).to.equal(HOME.province);
  });

  it('is left out of the form when disabled, itself or by a fieldset', async () => {
    const { el, form, fieldset } = await mount({ value: valid, required: true });
    el.disabled = true;
    await el.updateComplete;
    expect(submitted(form)).to.deep.equal([]);
    expect(el.willValidate).to.equal(false);
    expect(controlsOf(el).every((input) => input.matches(':disabled'))).to.equal(true);
    el.disabled = false;
    fieldset.disabled = true;
    await el.updateComplete;
    expect(submitted(form)).to.deep.equal([]);
    expect(controlsOf(el).every((input) => input.matches(':disabled'))).to.equal(true);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(submitted(form)).to.deep.equal(entries);
    expect(controlsOf(el).some((input) => input.matches(':disabled'))).to.equal(false);
  });

  it('is invalid with the `error` message and shows it at once', async () => {
    const { el, form } = await mount({ value: valid });
    el.error = 'Địa chỉ này không thuộc Thành phố Hà Nội.';
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal(el.error);
    expect(form.checkValidity()).to.equal(false);
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lỗi: ${el.error}`);
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error');
    el.error = '';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
  });

  it('restores its value from the saved form state, and ignores a broken one', async () => {
    const { el, form } = await mount();
    el.formStateRestoreCallback(JSON.stringify(valid));
    expect(el.value).to.deep.equal(valid);
    expect(submitted(form)).to.deep.equal(entries);
    el.formStateRestoreCallback('{not json');
    expect(el.value).to.equal(null);
    expect(submitted(form)).to.deep.equal([]);
  });

  it('behaves the same with properties set before or after it is attached', async () => {
    const before = await mount({ value: valid, communeOptional: true, required: true });
    const after = await mount();
    Object.assign(after.el, { value: valid, communeOptional: true, required: true });
    await after.el.updateComplete;
    for (const { el, form } of [before, after]) {
      expect(el.validity.valid).to.equal(true);
      expect(submitted(form)).to.deep.equal(entries);
      expect(controlsOf(el).map((input) => (input as HTMLInputElement).value)).to.deep.equal([HOME.province, HOME.commune, HOME.detail]);
    }
    // The value at first connection stays the default.
    after.form.reset();
    expect(after.el.value).to.equal(null);
  });

  it('moves focus() to its first box', async () => {
    const { el } = await mount({ foreignAllowed: true });
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'country'));
  });

  it('fires input and change when a citizen types an address, and no message', async () => {
    const { el, form } = await mount({ required: true });
    const counts = countEvents(el);
    await typeParts(el, [HOME.province, HOME.commune, HOME.detail]);
    // No country typed: an address in Việt Nam is just its three parts.
    expect(el.value).to.deep.equal(HOME);
    expect(counts.input).to.be.greaterThan(0);
    expect(counts.change).to.equal(3);
    expect(messageOf(el)).to.equal(null);
    expect(submitted(form)).to.deep.equal(entries);
  });

  it('waits until the citizen leaves the field to show a missing part', async () => {
    const { el } = await mount();
    el.focus();
    await sendKeys({ type: 'Thành phố Huế' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.validity.valid).to.equal(false);
    expect(messageOf(el), 'not while moving between its boxes').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.address.communeMissing')}`);
    expect(box(el, 'commune')!.getAttribute('aria-invalid')).to.equal('true');
    expect(box(el, 'province')!.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('becomes null again when the citizen clears every box', async () => {
    const { el } = await mount();
    await typeParts(el, ['H']);
    expect(el.value).to.deep.include({ province: 'H' });
    el.focus();
    await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal(null);
  });

  it('fires no events for programmatic changes', async () => {
    const { el, form } = await mount();
    const counts = countEvents(el);
    el.value = valid;
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('does not change when readonly, and is still submitted', async () => {
    const { el, form } = await mount({ value: valid, readonly: true });
    el.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(valid);
    expect(box(el, 'province')!.value).to.equal(HOME.province);
    expect(submitted(form)).to.deep.equal(entries);
  });

  it('speaks the language of its ancestors, and follows its own lang', async () => {
    const { el } = await mount({ required: true }, 'en');
    expect(el.validationMessage).to.equal(en.t('error.required'));
    expect(partLabels(el)).to.deep.equal(['Province or city', 'Commune, ward or special zone', 'House number, street, hamlet or residential group']);
    el.value = { province: 'Hà Nội', commune: '', detail: '' };
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Error: ${en.t('error.address.communeMissing')}`);
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.address.communeMissing')}`);
    expect(partLabels(el)[0]).to.equal(vi.t('field.address.province'));
  });
});

describe('lt-address-field — parts', () => {
  const missing: Array<[string, Partial<AddressValue>, string, keyof AddressValue]> = [
    ['the province', { province: '' }, 'address.provinceMissing', 'province'],
    ['the commune', { commune: '' }, 'address.communeMissing', 'commune'],
    ['the detail', { detail: ' ' }, 'address.detailMissing', 'detail'],
  ];
  for (const [what, change, code, part] of missing) {
    it(`says when ${what} is missing, and marks that box`, async () => {
      const { el } = await mount({ value: { ...valid, ...change } });
      expect(el.validity.patternMismatch).to.equal(true);
      expect(el.validationMessage).to.equal(vi.t(`error.${code}`));
      el.reportValidity();
      await el.updateComplete;
      expect(messageOf(el)).to.equal(`Lỗi: ${vi.t(`error.${code}`)}`);
      const invalid = controlsOf(el).filter((input) => input.getAttribute('aria-invalid') === 'true');
      expect(invalid.map((input) => input.id)).to.deep.equal([part]);
    });
  }

  it('accepts a province alone when commune and detail are optional', async () => {
    const { el } = await mount({ value: { province: 'Tỉnh Ninh Bình', commune: '', detail: '' }, communeOptional: true, detailOptional: true });
    expect(el.validity.valid).to.equal(true);
    el.detailOptional = false;
    expect(el.validationMessage).to.equal(vi.t('error.address.detailMissing'));
    el.detailOptional = true;
    el.communeOptional = false;
    expect(el.validationMessage).to.equal(vi.t('error.address.communeMissing'));
  });

  it('still needs the province when the rest is optional', async () => {
    const { el } = await mount({ value: { province: '', commune: 'Xã Nghĩa Hưng', detail: '' }, communeOptional: true, detailOptional: true });
    expect(el.validationMessage).to.equal(vi.t('error.address.provinceMissing'));
  });

  it('asks for the country first when foreign-allowed, and only a city abroad', async () => {
    const { el, form } = await mount({ foreignAllowed: true, required: true });
    expect(controlsOf(el).map((input) => input.id)).to.deep.equal(['country', 'province', 'commune', 'detail']);
    expect(box(el, 'country')!.getAttribute('autocomplete')).to.equal('country-name');
    await typeParts(el, ['Nhật Bản', 'Tokyo']);
    expect(el.value).to.deep.equal({ country: 'Nhật Bản', province: 'Tokyo', commune: '', detail: '' });
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
    // Abroad there is no commune, and the first level is a city or state.
    expect(box(el, 'commune')).to.equal(null);
    expect(partLabels(el)).to.deep.equal([vi.t('field.address.country'), vi.t('field.address.city'), vi.t('field.address.detail')]);
    expect(submitted(form)).to.deep.equal([
      ['answer.country', 'Nhật Bản'],
      ['answer.province', 'Tokyo'],
    ]);
  });

  it('says the city is missing for a place abroad', async () => {
    const { el } = await mount({ foreignAllowed: true, value: { country: 'Pháp', province: '', commune: '', detail: '' } });
    expect(el.validationMessage).to.equal(vi.t('error.address.cityMissing'));
    el.reportValidity();
    await el.updateComplete;
    expect(box(el, 'province')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('treats "Việt Nam" as home: all parts needed', async () => {
    const { el } = await mount({ foreignAllowed: true, value: { country: 'Việt Nam', province: 'Thành phố Hà Nội', commune: '', detail: '' } });
    expect(box(el, 'commune')).to.not.equal(null);
    expect(el.validationMessage).to.equal(vi.t('error.address.communeMissing'));
  });

  it('ignores the country when a place abroad is not allowed', async () => {
    const { el } = await mount({ value: { country: 'Pháp', province: 'Paris', commune: '', detail: '' } });
    expect(box(el, 'country')).to.equal(null);
    expect(el.validationMessage).to.equal(vi.t('error.address.communeMissing'));
  });

  it('never throws on a value that is not an address', async () => {
    const { el } = await mount({ required: true });
    for (const bad of [42, 'Hà Nội', ['Hà Nội'], Symbol('x'), { province: 7, commune: null }, undefined]) {
      el.value = bad as unknown as AddressValue;
      await el.updateComplete;
      expect(el.value).to.equal(bad);
      expect(typeof el.validity.valid).to.equal('boolean');
      expect(controlsOf(el)).to.have.length(3);
    }
  });

  it('shows hostile text in the boxes as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<LtAddressField>(html`<lt-address-field label=${hostile} .value=${{ province: hostile, commune: hostile, detail: hostile }}></lt-address-field>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(box(el, 'province')!.value).to.equal(hostile);
  });
});
