import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/email-field/email-field.js';

interface Args {
  label: string;
  hint?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Email field',
  component: 'lt-email-field',
  args: { label: 'Email', hint: 'Để nhận bản sao hồ sơ', required: false },
  render: (args) => html`<lt-email-field
    name="email"
    label=${args.label}
    hint=${args.hint ?? ''}
    .value=${args.value ?? ''}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error ?? ''}
  ></lt-email-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet (optional: the label says so). */
export const Empty: Story = {};

/** An address given. */
export const Filled: Story = { args: { value: 'an.nguyen@example.vn' } };

/** A message from the wizard's checks. */
export const Invalid: Story = { args: { value: 'an.nguyen@example', error: 'Địa chỉ email chưa đúng.' } };

/** Not editable and not submitted. */
export const Disabled: Story = { args: { value: 'an.nguyen@example.vn', disabled: true } };
