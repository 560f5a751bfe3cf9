import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/payee-field/payee-field.js';
import type { LtPayeeField, PayeeValue } from '../src/elements/payee-field/payee-field.js';
import { loadBanks } from '../src/elements/bank-picker/bank-picker.js';
import type { LtCombobox } from '../src/elements/combobox/combobox.js';
import { defaultLocalizer, defaultStringsPending } from '../src/i18n/i18n.js';

interface Args {
  label: string;
  hint: string;
  value: PayeeValue | null;
  required: boolean;
  disabled: boolean;
  error: string;
}

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** A family's Vietcombank account, as the field keeps it. */
const TRANSFER: PayeeValue = {
  method: 'bank',
  bin: '970436',
  bankName: 'Ngân hàng TMCP Ngoại Thương Việt Nam',
  bankShortName: 'Vietcombank',
  accountNumber: '0123456789',
  accountHolder: 'NGUYEN VAN AN',
};

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The field in the story once its strings and the bank list are there and it has rendered with them. */
async function fieldIn(canvas: HTMLElement): Promise<LtPayeeField> {
  const el = canvas.querySelector('lt-payee-field')!;
  await defaultStringsPending();
  await loadBanks();
  await tick();
  await el.updateComplete;
  await el.shadowRoot!.querySelector<LtCombobox>('lt-combobox')?.updateComplete;
  return el;
}

const messageOf = (el: LtPayeeField): string | null =>
  el.shadowRoot!.querySelector('#error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

const meta: Meta<Args> = {
  title: 'Fields/Payee field',
  component: 'lt-payee-field',
  args: {
    label: 'Nhận tiền trợ cấp mai táng',
    hint: '',
    value: null,
    required: true,
    disabled: false,
    error: '',
  },
  render: (args) => html`<div style="min-block-size: 36rem">
    <lt-payee-field
      name="payee"
      label=${args.label}
      hint=${args.hint}
      .value=${args.value}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
    ></lt-payee-field>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Bank transfer chosen and filled: bank, account number, holder name as the bank prints it. */
export const BankTransfer: Story = {
  args: { value: TRANSFER },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.validity.valid).toBe(true);
    await expect(el.reviewText).toBe('Chuyển khoản: Vietcombank, số tài khoản 0123456789, chủ tài khoản NGUYEN VAN AN');
  },
};

/** Cash through the post office: nothing more is asked. */
export const CashByPost: Story = {
  args: { value: { method: 'post' } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('#details')).toBeNull();
    await expect(el.reviewText).toBe('Nhận tiền mặt qua bưu điện');
  },
};

/** An account number too short, after "Continue": the message says what to do and the box is marked. */
export const Invalid: Story = {
  args: { value: { ...TRANSFER, accountNumber: '12345' } },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Lỗi: ${vi.t('error.payee.accountFormat', { min: 6, max: 19 })}`);
    await expect(el.shadowRoot!.querySelector('#account')!.getAttribute('aria-invalid')).toBe('true');
  },
};

/** In English, nothing chosen yet, after "Continue". */
export const English: Story = {
  globals: { lang: 'en' },
  args: { label: 'Funeral allowance payment' },
  play: async ({ canvasElement }) => {
    const el = await fieldIn(canvasElement);
    el.checkValidity();
    await el.updateComplete;
    await expect(messageOf(el)).toBe(`Error: ${en.t('error.payee.methodMissing')}`);
  },
};
