import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/address-field/address-field.js';
import type { LtAddressField } from '../src/elements/address-field/address-field.js';
import type { LtCombobox } from '../src/elements/combobox/combobox.js';
import { loadOldUnits, loadUnits } from '../src/elements/address-field/internal/units.js';
import type { AddressValue } from '../src/core/rules/index.js';
import { defaultLocalizer, defaultStringsPending } from '../src/i18n/i18n.js';
import { birthAnswers, HOME } from '../test/fixtures/birth-answers.js';

interface Args {
  label: string;
  hint: string;
  value: AddressValue | null;
  required: boolean;
  disabled: boolean;
  error: string;
  communeOptional: boolean;
  detailOptional: boolean;
  foreignAllowed: boolean;
}

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');
const answers = birthAnswers();

/** Lets pending promise callbacks (the field's own, after a chunk loaded) run. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The field in the story once its strings and today's units are there and it has rendered with them. */
async function fieldIn(canvas: HTMLElement): Promise<LtAddressField> {
  const el = canvas.querySelector('lt-address-field')!;
  await defaultStringsPending();
  await loadUnits();
  await tick();
  await el.updateComplete;
  return el;
}

/** The message under the legend, or null. */
const messageOf = (el: LtAddressField): string | null =>
  el.shadowRoot!.querySelector('#error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

const list = (el: LtAddressField, id: string) => el.shadowRoot!.querySelector<LtCombobox>(`lt-combobox#${id}`)!;
const boxOf = (combobox: LtCombobox) => combobox.shadowRoot!.querySelector<HTMLInputElement>('#input')!;

/**
 * Chooses in one of the field's lists as a citizen does: types `words` (the native `input` event), then Down
 * and Enter on the best match.
 */
async function choose(el: LtAddressField, id: string, words: string): Promise<void> {
  const combobox = list(el, id);
  const input = boxOf(combobox);
  input.focus();
  input.value = words;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: words, inputType: 'insertText' }));
  await el.updateComplete;
  await combobox.updateComplete;
  for (const key of ['ArrowDown', 'Enter']) {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await combobox.updateComplete;
    await el.updateComplete;
  }
}

/** Ticks "my papers use the old units" and picks Hà Nội / Quận Thanh Xuân / Phường Thanh Xuân Trung. */
async function chooseOldThanhXuanTrung(canvasElement: HTMLElement): Promise<LtAddressField> {
  const el = await fieldIn(canvasElement);
  el.shadowRoot!.querySelector<HTMLInputElement>('#old-mode')!.click();
  await loadOldUnits();
  await tick();
  await el.updateComplete;
  await choose(el, 'old-province', 'ha noi');
  await choose(el, 'old-district', 'thanh xuan');
  await choose(el, 'old-commune', 'thanh xuan trung');
  // Blur the last list so its popup is closed, as after a citizen's choice.
  boxOf(list(el, 'old-commune')).blur();
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Fields/Address field',
  component: 'lt-address-field',
  args: {
    label: 'Nơi cư trú',
    hint: '',
    value: null,
    required: true,
    disabled: false,
    error: '',
    communeOptional: false,
    detailOptional: false,
    foreignAllowed: false,
  },
  // Room under the lists for their popups, which hang over what follows.
  render: (args) => html`<div style="min-block-size: 30rem">
    <lt-address-field
      name="residence"
      label=${args.label}
      hint=${args.hint}
      .value=${args.value}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      ?commune-optional=${args.communeOptional}
      ?detail-optional=${args.detailOptional}
      ?foreign-allowed=${args.foreignAllowed}
    ></lt-address-field>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing entered yet: province or city, commune or ward (searchable first), details, and the old-units box. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('lt-combobox').length).toBe(2);
    await expect(el.validity.valueMissing).toBe(true);
  },
};

/** The family's home from the example filing, given by names only: matched to today's units and their codes. */
export const Filled: Story = {
  args: { value: { ...HOME } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.value).toEqual({ ...HOME, provinceCode: '01', communeCode: '00367', scheme: '2025-07' });
    await expect(el.validity.valid).toBe(true);
    await expect(boxOf(list(el, 'commune')).value).toBe('Phường Thanh Xuân');
  },
};

/** The commune left out: after "Continue", the message says which part is missing and marks that list. */
export const Invalid: Story = {
  args: { value: { ...HOME, commune: '' } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Lỗi: ${vi.t('error.address.communeMissing')}`);
    await expect(boxOf(list(el, 'commune')).getAttribute('aria-invalid')).toBe('true');
    await expect(boxOf(list(el, 'province')).getAttribute('aria-invalid')).toBe('false');
  },
};

/** Disabled: shown, not editable, not submitted. */
export const Disabled: Story = {
  args: { value: { ...HOME }, disabled: true },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(boxOf(list(el, 'province')).disabled).toBe(true);
    await expect(boxOf(list(el, 'province')).value).toBe('Thành phố Hà Nội');
  },
};

/** A place abroad may be entered (place of birth): with a foreign country, only a city or state and details. */
export const ForeignAllowed: Story = {
  args: {
    label: 'Nơi sinh',
    foreignAllowed: true,
    value: { country: 'Hàn Quốc', province: 'Seoul', commune: '', detail: '' },
  },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('lt-combobox')).toBeNull();
    await expect(el.shadowRoot!.querySelector('#old-mode')).toBeNull();
    await expect(el.validity.valid).toBe(true);
  },
};

/** The child's hometown, known by province only (commune and details optional). */
export const Hometown: Story = {
  args: {
    label: 'Quê quán',
    hint: 'Quê quán của trẻ theo quê quán của cha hoặc mẹ.',
    value: answers['child.hometown'] as AddressValue,
    communeOptional: true,
    detailOptional: true,
  },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.value).toEqual({ province: 'Tỉnh Ninh Bình', provinceCode: '37', commune: '', detail: '', scheme: '2025-07' });
    await expect(el.validity.valid).toBe(true);
  },
};

/**
 * The address on the citizen's papers uses the old units: Phường Thanh Xuân Trung, Quận Thanh Xuân, Hà Nội was
 * split between Phường Thanh Xuân and Phường Khương Đình, so the field asks which one, and is invalid until told.
 */
export const OldUnitsChoosing: Story = {
  args: { value: { province: '', commune: '', detail: HOME.detail } },
  play: async ({ canvasElement }) => {
    const el = await chooseOldThanhXuanTrung(canvasElement);
    const choices = [...el.shadowRoot!.querySelectorAll('.successors label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    await expect(choices).toEqual(expect.arrayContaining(['Phường Thanh Xuân, Thành phố Hà Nội', 'Phường Khương Đình, Thành phố Hà Nội']));
    await expect(el.validationMessage).toBe(vi.t('error.address.chooseSuccessor'));
    el.reportValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Lỗi: ${vi.t('error.address.chooseSuccessor')}`);
  },
};

/** In English, with the missing commune shown. */
export const English: Story = {
  globals: { lang: 'en' },
  args: { label: 'Place of residence', value: { ...HOME, commune: '' } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Error: ${en.t('error.address.communeMissing')}`);
    await expect(list(el, 'province').shadowRoot!.querySelector('#label')!.textContent!.trim()).toBe(en.t('field.address.province'));
  },
};

/** On a 320 px phone (the WCAG reflow width), with the old units open and the successor choice shown. */
export const Phone320: Story = {
  globals: { viewport: { value: 'phone320', isRotated: false } },
  args: { value: { province: '', commune: '', detail: HOME.detail } },
  play: async ({ canvasElement }) => {
    const el = await chooseOldThanhXuanTrung(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('.successors input[type="radio"]').length).toBe(2);
  },
};
