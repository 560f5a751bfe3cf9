import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/phone-field/phone-field.js';

interface Args {
  label: string;
  hint?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Phone field',
  component: 'lt-phone-field',
  args: { label: 'Số điện thoại di động', hint: 'Để nhận tin nhắn hẹn trả kết quả', required: true },
  render: (args) => html`<lt-phone-field
    name="phone"
    label=${args.label}
    hint=${args.hint ?? ''}
    .value=${args.value ?? ''}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error ?? ''}
  ></lt-phone-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** A number given. */
export const Filled: Story = { args: { value: '0912345678' } };

/** A message from the wizard's checks. */
export const Invalid: Story = { args: { value: '0243825123', error: 'Vui lòng nhập số điện thoại di động.' } };

/** Not editable and not submitted. */
export const Disabled: Story = { args: { value: '0912345678', disabled: true } };

/** In English. */
export const English: Story = {
  args: { label: 'Mobile phone number', hint: 'We text you when the papers are ready' },
  globals: { lang: 'en' },
};
