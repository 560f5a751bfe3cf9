import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/personal-id-field/personal-id-field.js';
import type { Sex } from '../src/core/rules/index.js';

interface Args {
  label: string;
  hint?: string;
  value?: string;
  birthDate?: string;
  sex?: Sex;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Personal ID field',
  component: 'lt-personal-id-field',
  args: {
    label: 'Số định danh cá nhân của người đi khai',
    hint: '12 chữ số, in trên thẻ căn cước',
    required: true,
  },
  render: (args) => html`<lt-personal-id-field
    name="personalId"
    label=${args.label}
    hint=${args.hint ?? ''}
    .birthDate=${args.birthDate}
    .sex=${args.sex}
    .value=${args.value ?? ''}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error ?? ''}
  ></lt-personal-id-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** A number that agrees with the declared birth year and sex. */
export const Filled: Story = { args: { value: '001090000123', birthDate: '1990-05-14', sex: 'male' } };

/** A message from the wizard's checks. */
export const Invalid: Story = {
  args: { value: '001090000123', error: 'Số định danh này đã được khai cho người khác trong hồ sơ.' },
};

/** The number says a woman born in 1990; the declarant said a man born in 1991. Shown after Continue. */
export const Mismatch: Story = {
  args: { value: '001190000123', birthDate: '1991-05-14', sex: 'male' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('lt-personal-id-field')!;
    await field.updateComplete;
    field.reportValidity();
    await field.updateComplete;
  },
};

/** Not editable and not submitted. */
export const Disabled: Story = { args: { value: '001090000123', disabled: true } };
