import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/bank-picker/bank-picker.js';
import { loadBanks } from '../src/elements/bank-picker/bank-picker.js';
import type { Bank, LtBankPicker } from '../src/elements/bank-picker/bank-picker.js';
import type { LtCombobox } from '../src/elements/combobox/combobox.js';
import { defaultLocalizer, defaultStringsPending } from '../src/i18n/i18n.js';

interface Args {
  label: string;
  hint: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  error: string;
}

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** A bank a portal adds without a release of the library (invented: its BIN is in no shipped list). */
const NEW_BANK: Bank = { bin: '970999', code: 'HTB', shortName: 'HoaTamBank', name: 'Ngân hàng TMCP Hòa Tâm', swift: 'HTBKVNVX', kind: 'bank' };

/** Lets pending promise callbacks (the picker's own, after the list's chunk loaded) run. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const comboOf = (el: LtBankPicker) => el.shadowRoot!.querySelector<LtCombobox>('lt-combobox')!;
const boxOf = (el: LtBankPicker) => comboOf(el).shadowRoot!.querySelector<HTMLInputElement>('#input')!;
const offered = (el: LtBankPicker) =>
  [...comboOf(el).shadowRoot!.querySelectorAll('li[role="option"] .option-label')].map((option) => option.textContent!.trim());
/** The message under the hint, or null. */
const messageOf = (el: LtBankPicker): string | null =>
  comboOf(el).shadowRoot!.querySelector('#error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** The picker in the story once its strings and the bank list are there and it has rendered with them. */
async function pickerIn(canvas: HTMLElement): Promise<LtBankPicker> {
  const el = canvas.querySelector('lt-bank-picker')!;
  await defaultStringsPending();
  await loadBanks();
  await tick();
  await settled(el);
  return el;
}

async function settled(el: LtBankPicker): Promise<void> {
  await el.updateComplete;
  await comboOf(el).updateComplete;
  await el.updateComplete;
}

/** Types `words` in the box as a citizen does (the native `input` event): the list opens on the matches. */
async function type(el: LtBankPicker, words: string): Promise<void> {
  const input = boxOf(el);
  input.focus();
  input.value = words;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: words, inputType: 'insertText' }));
  await settled(el);
}

/** Presses a key in the box. */
async function press(el: LtBankPicker, key: string): Promise<void> {
  boxOf(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await settled(el);
}

const meta: Meta<Args> = {
  title: 'Fields/Bank picker',
  component: 'lt-bank-picker',
  args: {
    label: 'Ngân hàng nhận tiền',
    hint: '',
    value: '',
    required: true,
    disabled: false,
    readonly: false,
    error: '',
  },
  // Room under the box for the list, which hangs over what follows. A story's loader may give a portal's list.
  render: (args, { loaded }) => html`<div style="min-block-size: 32rem">
    <lt-bank-picker
      name="bank"
      label=${args.label}
      hint=${args.hint}
      .value=${args.value}
      .banks=${(loaded['banks'] as Bank[] | undefined) ?? null}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      error=${args.error}
    ></lt-bank-picker>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet: the box, its label and the hint saying what can be typed. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await expect(el.validity.valueMissing).toBe(true);
    await expect(boxOf(el).getAttribute('aria-expanded')).toBe('false');
  },
};

/** A tap or Down with nothing typed: the most used banks first (Agribank, Vietcombank, VietinBank, BIDV…), then the rest. */
export const MostUsed: Story = {
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    boxOf(el).focus();
    await press(el, 'ArrowDown');
    await expect(boxOf(el).getAttribute('aria-expanded')).toBe('true');
    await expect(offered(el).slice(0, 4)).toEqual(['Agribank', 'Vietcombank', 'VietinBank', 'BIDV']);
  },
};

/** "ngoai thuong" typed without diacritics: Vietcombank first, its full name under its short name. */
export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await type(el, 'ngoai thuong');
    await expect(offered(el)[0]).toBe('Vietcombank');
    await press(el, 'ArrowDown');
    await expect(boxOf(el).getAttribute('aria-activedescendant')).toBe('option-0');
  },
};

/** Nothing matches: the popup says so, and suggests what to try; never an empty box. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await type(el, 'ngan hang xyz');
    const empty = comboOf(el).shadowRoot!.querySelector('.empty')!;
    await expect(empty.textContent!.trim()).toBe(vi.t('field.bank.noMatch'));
  },
};

/** Vietcombank chosen: the box shows its short name; the form gets the BIN. */
export const Selected: Story = {
  args: { value: '970436' },
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await expect(boxOf(el).value).toBe('Vietcombank');
    await expect(el.bankName).toBe('Ngân hàng TMCP Ngoại Thương Việt Nam');
    await expect(el.validity.valid).toBe(true);
  },
};

/** A BIN from a saved draft that no bank in the list has: kept, and the citizen is asked to choose again. */
export const Invalid: Story = {
  args: { value: '123456' },
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    el.checkValidity();
    await settled(el);
    await expect(messageOf(el)).toBe(`Lỗi: ${vi.t('error.bank.unknown')}`);
    await expect(boxOf(el).getAttribute('aria-invalid')).toBe('true');
  },
};

/** Disabled: shown, not editable, not submitted. */
export const Disabled: Story = {
  args: { value: '970405', disabled: true },
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await expect(boxOf(el).disabled).toBe(true);
    await expect(boxOf(el).value).toBe('Agribank');
  },
};

/** A portal's list: the shipped banks and one it added through `banks`, found like any other. */
export const HostExtended: Story = {
  loaders: [async () => ({ banks: [...(await loadBanks()), NEW_BANK] })],
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await type(el, 'hoa tam');
    await expect(offered(el)[0]).toBe('HoaTamBank');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await expect(el.value).toBe('970999');
  },
};

/** In English, with nothing matching what was typed. */
export const English: Story = {
  globals: { lang: 'en' },
  args: { label: 'Bank' },
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await type(el, 'xyz');
    await expect(comboOf(el).shadowRoot!.querySelector('.empty')!.textContent!.trim()).toBe(en.t('field.bank.noMatch'));
    await expect(comboOf(el).shadowRoot!.querySelector('#hint')!.textContent!.trim()).toBe(en.t('field.bank.hint'));
  },
};

/** On a 320 px phone (the WCAG reflow width), searching "agri": long full names wrap, nothing scrolls sideways. */
export const Phone320: Story = {
  globals: { viewport: { value: 'phone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const el = await pickerIn(canvasElement);
    await type(el, 'nong nghiep');
    await expect(offered(el)[0]).toBe('Agribank');
    const listbox = comboOf(el).shadowRoot!.querySelector<HTMLElement>('#listbox')!;
    await expect(listbox.scrollWidth).toBeLessThanOrEqual(listbox.clientWidth);
  },
};
