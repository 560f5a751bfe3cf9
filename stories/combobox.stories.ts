import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ContextProvider } from '@lit/context';
import { expect } from 'storybook/test';
import '../src/elements/combobox/combobox.js';
import type { ComboboxInputEvent, ComboboxOption, LtCombobox } from '../src/elements/combobox/combobox.js';
import { localizerContext } from '../src/elements/shared/context.js';
import { createI18n, localizerFor, toLang } from '../src/i18n/i18n.js';
import type { Lang, Localizer } from '../src/i18n/i18n.js';
import { combobox as viCombobox } from '../src/i18n/locales/vi/combobox.js';
import { combobox as enCombobox } from '../src/i18n/locales/en/combobox.js';

interface Args {
  label: string;
  hint: string;
  placeholder: string;
  required: boolean;
  disabled: boolean;
  error: string;
  emptyText: string;
  value: string;
  selectedLabel: string;
  /** What the play function types, to show the popup. */
  query: string;
}

/**
 * A few banks as the bank picker will offer them (BIN, short name, full name from the VietQR list), until the
 * bank data module lands in src/data and can be imported here instead.
 */
const BANKS: ComboboxOption[] = [
  { value: '970436', label: 'Vietcombank', description: 'Ngân hàng TMCP Ngoại Thương Việt Nam' },
  { value: '970405', label: 'Agribank', description: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam' },
  { value: '970415', label: 'VietinBank', description: 'Ngân hàng TMCP Công thương Việt Nam' },
  { value: '970418', label: 'BIDV', description: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam' },
  { value: '970407', label: 'Techcombank', description: 'Ngân hàng TMCP Kỹ thương Việt Nam' },
  { value: '970422', label: 'MBBank', description: 'Ngân hàng TMCP Quân đội' },
  { value: '970416', label: 'ACB', description: 'Ngân hàng TMCP Á Châu' },
  { value: '970432', label: 'VPBank', description: 'Ngân hàng TMCP Việt Nam Thịnh Vượng' },
  { value: '970423', label: 'TPBank', description: 'Ngân hàng TMCP Tiên Phong' },
  { value: '970403', label: 'Sacombank', description: 'Ngân hàng TMCP Sài Gòn Thương Tín' },
];

/** The most used banks, offered before anything is typed. */
const MOST_USED = BANKS.slice(0, 5);

/** Lower case without diacritics; the stories' stand-in for the real folding search in src/core/text. */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

/** The owner's part: search on every keystroke and hand the matches back, best (here: first) first. */
function search(event: ComboboxInputEvent): void {
  const el = event.currentTarget as LtCombobox;
  const query = fold(event.detail.query);
  el.options = query
    ? BANKS.filter((bank) => fold(`${bank.label} ${bank.description ?? ''} ${bank.value}`).includes(query))
    : MOST_USED;
}

/**
 * The combobox's words are provided as the wizard provides its strings (through context), so the stories do
 * not depend on how the shipped strings get loaded.
 */
const localizers = new Map<Lang, Localizer>();
function stringsIn(lang: Lang): Localizer {
  let localizer = localizers.get(lang);
  if (!localizer) {
    const instance = createI18n(lang);
    instance.addResourceBundle('vi', 'translation', viCombobox, true, false);
    instance.addResourceBundle('en', 'translation', enCombobox, true, false);
    localizer = localizerFor(instance, lang);
    localizers.set(lang, localizer);
  }
  return localizer;
}

/**
 * Renders the story into a wrapper that provides the strings. The provider listens before the story's elements
 * connect: they are rendered into the wrapper while it is still outside the page.
 */
const withStrings: Decorator = (story, { globals }) => {
  const wrapper = document.createElement('div');
  new ContextProvider(wrapper, { context: localizerContext, initialValue: stringsIn(toLang(globals['lang'] as string | undefined)) });
  render(story(), wrapper);
  return wrapper;
};

/** The combobox in the story, once rendered. */
async function comboboxIn(canvas: HTMLElement): Promise<LtCombobox> {
  const el = canvas.querySelector('lt-combobox')!;
  await el.updateComplete;
  return el;
}

/** Types `query` as a citizen would (the native `input` event), and waits for the popup. */
async function typeIn(el: LtCombobox, query: string): Promise<HTMLInputElement> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query, inputType: 'insertText' }));
  await el.updateComplete;
  return input;
}

async function pressIn(el: LtCombobox, key: string, init: KeyboardEventInit = {}): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Fields/Combobox',
  component: 'lt-combobox',
  decorators: [withStrings],
  args: {
    label: 'Ngân hàng nhận tiền',
    hint: 'Gõ tên ngân hàng, tên viết tắt (VCB, BIDV) hoặc mã BIN',
    placeholder: '',
    required: true,
    disabled: false,
    error: '',
    emptyText: '',
    value: '',
    selectedLabel: '',
    query: '',
  },
  // Room under the box for the popup, which hangs over what follows.
  render: (args) => html`<div style="min-block-size: 26rem">
    <lt-combobox
      label=${args.label}
      hint=${args.hint}
      placeholder=${args.placeholder}
      ?required=${args.required}
      ?disabled=${args.disabled}
      .error=${args.error}
      .emptyText=${args.emptyText}
      .options=${MOST_USED}
      .selectedLabel=${args.selectedLabel}
      .value=${args.value}
      @lt-combobox-input=${search}
    ></lt-combobox>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed, popup closed. */
export const Closed: Story = {};

/** Typed "ngan hang tmcp": matches with their full names as a second line, the second one highlighted. */
export const OpenWithOptions: Story = {
  args: { query: 'ngan hang tmcp' },
  play: async ({ canvasElement, args }) => {
    const el = await comboboxIn(canvasElement);
    const input = await typeIn(el, args.query);
    await pressIn(el, 'ArrowDown');
    await pressIn(el, 'ArrowDown');
    await expect(input.getAttribute('aria-expanded')).toBe('true');
    await expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
  },
};

/** Tapped with nothing typed: the most used banks. */
export const MostUsed: Story = {
  play: async ({ canvasElement }) => {
    const el = await comboboxIn(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
    input.focus();
    input.click();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('[role="option"]').length).toBe(MOST_USED.length);
  },
};

/** Nothing matches: a clear line in the popup, never an empty box. */
export const NoMatch: Story = {
  args: { query: 'ngan hang mat trang' },
  play: async ({ canvasElement, args }) => {
    const el = await comboboxIn(canvasElement);
    await typeIn(el, args.query);
    await expect(el.shadowRoot!.querySelector('.empty')?.textContent?.trim()).toBe('Không tìm thấy kết quả phù hợp.');
  },
};

/** A bank chosen (value from the owner, its label found in the options). */
export const Selected: Story = { args: { value: '970407' } };

/** A restored choice whose option is not in the current list: the owner gives its label. */
export const SelectedFromDraft: Story = { args: { value: '970437', selectedLabel: 'HDBank' } };

/** A message from the owner. */
export const Invalid: Story = { args: { error: 'Vui lòng chọn ngân hàng nhận tiền trong danh sách.' } };

/** Not usable. */
export const Disabled: Story = { args: { value: '970436', disabled: true } };

/** On a 320px phone, popup open with long names. */
export const Phone: Story = {
  args: { query: 'phat trien' },
  globals: { viewport: { value: 'phone320' } },
  play: OpenWithOptions.play!,
};

/** In English, with the "no match" message and the optional marker. */
export const English: Story = {
  args: {
    label: 'Bank',
    hint: 'Type the bank’s name, short name (VCB, BIDV) or BIN',
    required: false,
    query: 'zzz',
  },
  globals: { lang: 'en' },
  play: async ({ canvasElement, args }) => {
    const el = await comboboxIn(canvasElement);
    await typeIn(el, args.query);
    await expect(el.shadowRoot!.querySelector('.empty')?.textContent?.trim()).toBe('No match found.');
    await expect(el.shadowRoot!.querySelector('#label')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Bank (optional)');
  },
};

/** In English, open on the matches. */
export const EnglishOpen: Story = {
  args: { label: 'Bank', hint: 'Type the bank’s name, short name (VCB, BIDV) or BIN', query: 'viet' },
  globals: { lang: 'en' },
  play: OpenWithOptions.play!,
};
