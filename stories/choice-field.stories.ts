import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/choice-field/choice-field.js';
import type { ChoiceOption } from '../src/elements/choice-field/choice-field.js';

interface Args {
  label: string;
  hint?: string;
  options: ChoiceOption[];
  value?: string | string[];
  appearance?: 'radios' | 'select';
  multiple?: boolean;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

const MARRIAGE: ChoiceOption[] = [
  { value: 'married', label: 'Đã đăng ký kết hôn' },
  { value: 'unmarried', label: 'Chưa đăng ký kết hôn', hint: 'Cha, mẹ chưa có giấy chứng nhận kết hôn' },
  { value: 'unknown', label: 'Chưa xác định được cha' },
];

const PROCEDURES: ChoiceOption[] = [
  { value: 'residence', label: 'Đăng ký thường trú', hint: 'Cho trẻ vào sổ hộ khẩu điện tử của cha hoặc mẹ' },
  { value: 'healthInsurance', label: 'Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi' },
];

const meta: Meta<Args> = {
  title: 'Fields/Choice field',
  component: 'lt-choice-field',
  args: { label: 'Tình trạng hôn nhân của cha mẹ', options: MARRIAGE, required: true },
  render: (args) => html`<lt-choice-field
    name="marriage"
    label=${args.label}
    hint=${args.hint ?? ''}
    appearance=${args.appearance ?? 'radios'}
    ?multiple=${args.multiple}
    .options=${args.options}
    .value=${args.value ?? (args.multiple ? [] : '')}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .error=${args.error ?? ''}
  ></lt-choice-field>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Radios, nothing picked. */
export const Empty: Story = {};

/** One answer picked. */
export const Filled: Story = { args: { value: 'unmarried' } };

/** A message from the wizard's checks. */
export const Invalid: Story = { args: { error: 'Vui lòng chọn tình trạng hôn nhân của cha mẹ.' } };

/** Not editable and not submitted. */
export const Disabled: Story = { args: { value: 'married', disabled: true } };

/** A long list as a select. */
export const Select: Story = { args: { appearance: 'select', value: 'married' } };

/** Several answers as checkboxes. */
export const Checkboxes: Story = {
  args: {
    label: 'Thủ tục muốn làm cùng',
    hint: 'Chọn tất cả thủ tục phù hợp',
    options: PROCEDURES,
    multiple: true,
    required: false,
    value: ['residence'],
  },
};

/** In English. */
export const English: Story = {
  args: {
    label: "Parents' marital status",
    options: [
      { value: 'married', label: 'Married (registered)' },
      { value: 'unmarried', label: 'Not married', hint: 'The parents have no marriage certificate' },
    ],
  },
  globals: { lang: 'en' },
};
