import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/address-field/address-field.js';
import type { LtAddressField } from '../src/elements/address-field/address-field.js';
import type { AddressValue } from '../src/core/rules/index.js';
import { defaultLocalizer } from '../src/i18n/i18n.js';
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
const answers = birthAnswers();

/** The field in the story, once it has rendered. */
async function fieldIn(canvas: HTMLElement): Promise<LtAddressField> {
  const el = canvas.querySelector('lt-address-field')!;
  await el.updateComplete;
  return el;
}

/** The message under the legend, or null. */
const messageOf = (el: LtAddressField): string | null =>
  el.shadowRoot!.querySelector('#error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

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
  render: (args) => html`
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
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing entered yet: province, commune, then details. */
export const Empty: Story = {};

/** The family's home from the example filing. */
export const Filled: Story = {
  args: { value: { ...HOME } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.validity.valid).toBe(true);
  },
};

/** The commune left out: after "Continue", the message says which part is missing and marks that box. */
export const Invalid: Story = {
  args: { value: { ...HOME, commune: '' } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Lỗi: ${vi.t('error.address.communeMissing')}`);
    await expect(el.shadowRoot!.querySelector('#commune')!.getAttribute('aria-invalid')).toBe('true');
  },
};

/** A message from outside the field, e.g. the wizard's cross-field checks. */
export const WithError: Story = {
  args: { value: { ...HOME }, error: 'Địa chỉ thường trú phải trùng với nơi cư trú của chủ hộ.' },
};

/** Disabled: shown, not editable, not submitted. */
export const Disabled: Story = {
  args: { value: { ...HOME }, disabled: true },
};

/** A place abroad may be entered: with a foreign country, only the city or state is asked for. */
export const ForeignAllowed: Story = {
  args: {
    label: 'Nơi sinh',
    foreignAllowed: true,
    value: { country: 'Hàn Quốc', province: 'Seoul', commune: '', detail: '' },
  },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('#commune')).toBeNull();
    await expect(el.validity.valid).toBe(true);
  },
};

/** The child's hometown, known by province only (commune and details optional). */
export const HometownCommuneOptional: Story = {
  name: 'Hometown with commune optional',
  args: {
    label: 'Quê quán',
    hint: 'Quê quán của trẻ theo quê quán của cha hoặc mẹ.',
    value: answers['child.hometown'] as AddressValue,
    communeOptional: true,
    detailOptional: true,
  },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.validity.valid).toBe(true);
  },
};

/** In English, with the province missing shown. */
export const English: Story = {
  globals: { lang: 'en' },
  args: { label: 'Place of residence', value: { province: '', commune: HOME.commune, detail: HOME.detail } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Error: ${defaultLocalizer('en').t('error.address.provinceMissing')}`);
  },
};
