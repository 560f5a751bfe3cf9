import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/deferrable-field/deferrable-field.js';
import type { DeferrableLookup, DeferrableValue, LtDeferrableField } from '../src/elements/deferrable-field/deferrable-field.js';
import { defaultLocalizer, defaultStringsPending } from '../src/i18n/i18n.js';

interface Args {
  label: string;
  hint: string;
  inputLabel: string;
  value: DeferrableValue;
  required: boolean;
  disabled: boolean;
  error: string;
  lookup: DeferrableLookup | undefined;
}

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** The deceased's social-insurance number, as the field keeps it. */
const SI = '0123456789';

/** A host lookup that answers `result` after a short wait, as a call to the social-insurance service would. */
const answering =
  (result: unknown): DeferrableLookup =>
  () =>
    new Promise((resolve) => setTimeout(() => resolve(result), 150));

/** A host lookup whose service is unreachable. */
const unreachable: DeferrableLookup = () =>
  new Promise((_, reject) => setTimeout(() => reject(new Error('Không kết nối được cổng bảo hiểm xã hội.')), 150));

/** The field in the story once its strings are there and it has rendered with them. */
async function fieldIn(canvas: HTMLElement): Promise<LtDeferrableField> {
  const el = canvas.querySelector('lt-deferrable-field')!;
  await defaultStringsPending();
  await el.updateComplete;
  return el;
}

const part = <T extends HTMLElement = HTMLElement>(el: LtDeferrableField, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const messageOf = (el: LtDeferrableField): string | null => (part(el, '#error') ? text(part(el, '#error')) : null);

/** Chooses "now" as a click would, then presses the lookup button and waits for its answer. */
async function lookUp(el: LtDeferrableField): Promise<void> {
  if (!part<HTMLInputElement>(el, '#mode-now')!.checked) part(el, '#mode-now')!.click();
  await el.updateComplete;
  part(el, '#lookup')!.click();
  await el.updateComplete;
  await waitFor(() => expect(text(part(el, '[role="status"]'))).not.toBe(vi.t('field.deferrable.searching')));
}

const meta: Meta<Args> = {
  title: 'Fields/Deferrable field',
  component: 'lt-deferrable-field',
  args: {
    label: 'Mã số bảo hiểm xã hội của người đã mất',
    hint: '10 chữ số, in trên sổ bảo hiểm xã hội hoặc thẻ bảo hiểm y tế.',
    inputLabel: 'Mã số bảo hiểm xã hội',
    value: '',
    required: true,
    disabled: false,
    error: '',
    lookup: undefined,
  },
  argTypes: {
    // A function given by the host page: not something a control can edit.
    lookup: { control: false },
  },
  render: (args) => html`<lt-deferrable-field
    name="deceased.socialInsuranceNumber"
    label=${args.label}
    hint=${args.hint}
    input-label=${args.inputLabel}
    inputmode="numeric"
    maxlength="10"
    pattern="\\d{10}"
    pattern-code="socialInsurance.format"
    .lookup=${args.lookup}
    .value=${args.value}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error}
  ></lt-deferrable-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet: "Nhập ngay" or "Bổ sung sau". */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(part<HTMLInputElement>(el, '#mode-now')!.checked).toBe(false);
    await expect(part<HTMLInputElement>(el, '#mode-later')!.checked).toBe(false);
    await expect(el.validity.valueMissing).toBe(true);
  },
};

/** The number typed now. */
export const Typed: Story = {
  args: { value: SI },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(part<HTMLInputElement>(el, '#input')!.value).toBe(SI);
    await expect(el.validity.valid).toBe(true);
  },
};

/** Five digits, after "Tiếp tục": a calm notice (never red) says what the number looks like. */
export const FormatMessage: Story = {
  name: 'Format message (neutral)',
  args: { value: '01234' },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Lưu ý: ${vi.t('error.socialInsurance.format')}`);
    await expect(part(el, '[part="base"]')!.classList.contains('notice')).toBe(true);
    await expect(part(el, '#input')!.getAttribute('aria-invalid')).toBe('true');
  },
};

/** "Bổ sung sau", with a reason: the filing is still sent now. */
export const ProvideLaterWithReason: Story = {
  name: 'Provide later with a reason',
  args: { value: { deferred: true, reason: 'Gia đình chưa tìm thấy sổ bảo hiểm xã hội.' } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(part<HTMLInputElement>(el, '#mode-later')!.checked).toBe(true);
    await expect(part<HTMLInputElement>(el, '#reason')!.value).toBe('Gia đình chưa tìm thấy sổ bảo hiểm xã hội.');
    await expect(text(part(el, '[part="later-note"]'))).toBe(vi.t('field.deferrable.laterNote'));
  },
};

/** "Tra cứu giúp tôi" finds the number: it is shown, and not used until the family presses "Dùng thông tin này". */
export const LookupFindsTheNumber: Story = {
  name: 'Lookup finds the number',
  args: { lookup: answering(SI) },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await lookUp(el);
    await expect(text(part(el, '[part="found"]'))).toBe(SI);
    await expect(el.value).toBe('');
    await expect(part(el, '#use')).not.toBeNull();
  },
};

/** The family checks the number found and uses it: it fills the box, where focus goes. */
export const LookupNumberUsed: Story = {
  name: 'Lookup finds the number, used',
  args: { lookup: answering(SI) },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await lookUp(el);
    part(el, '#use')!.click();
    await el.updateComplete;
    await expect(el.value).toBe(SI);
    await expect(part<HTMLInputElement>(el, '#input')!.value).toBe(SI);
    await expect(el.shadowRoot!.activeElement).toBe(part(el, '#input'));
  },
};

/** Nothing found: type it, or provide it later. */
export const LookupFindsNothing: Story = {
  name: 'Lookup finds nothing',
  args: { lookup: answering(null) },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await lookUp(el);
    await expect(text(part(el, '[role="status"]'))).toBe(vi.t('field.deferrable.nothingFound', { later: 'Bổ sung sau' }));
  },
};

/** The service cannot be reached: a calm message, and the same two ways on. */
export const LookupFails: Story = {
  name: 'Lookup fails',
  args: { lookup: unreachable },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await lookUp(el);
    await expect(text(part(el, '[role="status"]'))).toBe(vi.t('field.deferrable.failed', { later: 'Bổ sung sau' }));
  },
};

/** In English, nothing chosen, after "Continue". */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    label: 'Social insurance number of the deceased',
    hint: '10 digits, printed in the social insurance book or on the health insurance card.',
    inputLabel: 'Social insurance number',
  },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Note: ${en.t('error.deferrable.required')}`);
    await expect(text(el.shadowRoot!.querySelector('label[for="mode-later"]'))).toBe('Provide it later');
  },
};

/** At 320 px (the WCAG reflow width), with a number found: buttons and text wrap, nothing scrolls sideways. */
export const Phone320: Story = {
  name: 'Phone width (320 px)',
  globals: { viewport: { value: 'phone320', isRotated: false } },
  args: { lookup: answering(SI) },
  render: (args, context) => html`<div style="inline-size: 320px">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await lookUp(el);
    const base = part(el, '[part="base"]')!;
    await expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  },
};
