import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/date-field/date-field.js';

interface Args {
  label: string;
  hint?: string;
  value?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Date field',
  component: 'lt-date-field',
  args: { label: 'Ngày sinh của trẻ', hint: 'Ví dụ: 27 3 2025', max: 'today', required: true },
  // `off`, not `bday`: this is the child's birth date, and autofill would offer the declarant's own.
  render: (args) => html`<lt-date-field
    name="birthDate"
    label=${args.label}
    hint=${args.hint ?? ''}
    max=${args.max ?? ''}
    autocomplete="off"
    .value=${args.value ?? ''}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error ?? ''}
  ></lt-date-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Three empty boxes. */
export const Empty: Story = {};

/** A date given. */
export const Filled: Story = { args: { value: '2025-03-27' } };

/** A message from the wizard's checks. */
export const Invalid: Story = {
  args: { value: '2025-03-27', error: 'Ngày sinh của trẻ phải trước ngày đăng ký khai sinh.' },
};

/** An impossible date typed: the boxes keep it and each is marked, once the citizen asked to go on. */
export const ImpossibleDate: Story = {
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('lt-date-field')!;
    await field.updateComplete;
    field.formStateRestoreCallback(JSON.stringify({ day: '31', month: '02', year: '2024' }));
    field.reportValidity();
    await field.updateComplete;
  },
};

/** Not editable and not submitted. */
export const Disabled: Story = { args: { value: '2025-03-27', disabled: true } };

/** In English. */
export const English: Story = {
  args: { label: 'Date of birth', hint: 'For example, 27 3 2025' },
  globals: { lang: 'en' },
};
