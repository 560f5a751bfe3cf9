import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/text-field/text-field.js';

interface Args {
  label: string;
  hint?: string;
  value?: string;
  kind?: 'text' | 'name';
  autocomplete?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Text field',
  component: 'lt-text-field',
  args: { label: 'Họ, chữ đệm và tên', kind: 'name', autocomplete: 'name', required: true },
  render: (args) => html`<lt-text-field
    name="fullName"
    label=${args.label}
    hint=${ifDefined(args.hint)}
    kind=${ifDefined(args.kind)}
    autocomplete=${ifDefined(args.autocomplete)}
    .value=${args.value ?? ''}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error ?? ''}
  ></lt-text-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = { args: { hint: 'Ghi đúng như trên giấy chứng sinh' } };

/** An answer given. */
export const Filled: Story = { args: { value: 'Nguyễn Thị Ánh Dương' } };

/** A message from the wizard's checks, shown under the hint. */
export const Invalid: Story = {
  args: { value: 'Nguyễn 3', error: 'Họ tên chỉ được gồm chữ cái, dấu cách, dấu gạch nối và dấu nháy.' },
};

/** Not editable and not submitted. */
export const Disabled: Story = { args: { value: 'Nguyễn Văn An', disabled: true } };

/** An optional free-text answer: the label says "(không bắt buộc)". */
export const Optional: Story = { args: { label: 'Nơi sinh', kind: 'text', autocomplete: undefined, required: false } };

/** The same field in English (the wrapper's lang). */
export const English: Story = {
  args: { label: 'Full name', hint: 'As written on the birth notice' },
  globals: { lang: 'en' },
};
