/**
 * <lt-combobox> driven the way a person drives it: real keystrokes (`sendKeys`) and real mouse clicks
 * (`sendMouse`) in Chromium, with a small owner around it that searches a list of communes on every
 * `lt-combobox-input`, as the address field will.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../src/elements/combobox/combobox.js';
import type { ComboboxInputDetail, ComboboxOption, ComboboxSelectDetail, LtCombobox } from '../../src/elements/combobox/combobox.js';
import { localizerContext } from '../../src/elements/shared/context.js';
import { createI18n, localizerFor } from '../../src/i18n/i18n.js';
import type { Lang, Localizer } from '../../src/i18n/i18n.js';
import { combobox as viCombobox } from '../../src/i18n/locales/vi/combobox.js';
import { combobox as enCombobox } from '../../src/i18n/locales/en/combobox.js';

// ---------------------------------------------------------------------------------------------------------
// Strings and data

/** The shipped strings with the combobox's words added (the test does not depend on how they get loaded). */
function stringsIn(lang: Lang): Localizer {
  const instance = createI18n(lang);
  instance.addResourceBundle('vi', 'translation', viCombobox, true, false);
  instance.addResourceBundle('en', 'translation', enCombobox, true, false);
  return localizerFor(instance, lang);
}
const vi = stringsIn('vi');
const en = stringsIn('en');

const COMMUNES: ComboboxOption[] = [
  { value: '00001', label: 'Phường Ba Đình', description: 'Thành phố Hà Nội' },
  { value: '00002', label: 'Phường Thanh Xuân', description: 'Thành phố Hà Nội' },
  { value: '00003', label: 'Phường Khương Đình', description: 'Thành phố Hà Nội' },
  { value: '00004', label: 'Xã Thanh Trì', description: 'Thành phố Hà Nội' },
  { value: '00005', label: 'Phường Sài Gòn', description: 'Thành phố Hồ Chí Minh' },
  { value: '00006', label: 'Xã Thanh Hà', description: 'Thành phố Hải Phòng' },
];

/** Lower case without diacritics (the real folding search lives in src/core/text; this is the test's owner). */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

// ---------------------------------------------------------------------------------------------------------
// Mounting and reading

interface Mount {
  lang?: Lang;
  props?: Partial<Pick<LtCombobox, 'label' | 'hint' | 'error' | 'required' | 'disabled' | 'value' | 'selectedLabel' | 'emptyText' | 'placeholder' | 'invalid'>>;
  /** What the owner gives for an empty query (a "most used" list). */
  defaults?: ComboboxOption[];
  /** The list the owner searches. */
  data?: ComboboxOption[];
  /** Answers later, as an owner whose data chunk is still loading. */
  delayMs?: number;
}

/**
 * The combobox between two buttons, inside an owner that searches `data` on each keystroke and provides the
 * strings as the wizard would. Records every event.
 */
async function mount({ lang = 'vi', props = {}, defaults = [], data = COMMUNES, delayMs }: Mount = {}) {
  const container = fixtureSync<HTMLElement>(
    html`<div><button type="button" id="before">Trước</button><span id="slot"></span><button type="button" id="after">Sau</button></div>`,
  );
  container.setAttribute('lang', lang);
  new ContextProvider(container, { context: localizerContext, initialValue: lang === 'en' ? en : vi });
  const el = document.createElement('lt-combobox');
  el.label = lang === 'en' ? 'Commune or ward' : 'Xã, phường';
  el.options = defaults;
  Object.assign(el, props);
  const inputs: string[] = [];
  const selects: ComboboxSelectDetail[] = [];
  el.addEventListener('lt-combobox-input', (event) => {
    const { query } = (event as CustomEvent<ComboboxInputDetail>).detail;
    inputs.push(query);
    const found = query.trim() ? data.filter((option) => fold(option.label).includes(fold(query))) : defaults;
    if (delayMs === undefined) el.options = found;
    else setTimeout(() => (el.options = found), delayMs);
  });
  el.addEventListener('lt-combobox-select', (event) => selects.push(event.detail));
  container.querySelector('#slot')!.append(el);
  await el.updateComplete;
  return { el, container, inputs, selects, input: inputOf(el) };
}

const inputOf = (el: LtCombobox) => el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
const listboxOf = (el: LtCombobox) => el.shadowRoot!.querySelector<HTMLElement>('#listbox')!;
const optionsOf = (el: LtCombobox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const statusOf = (el: LtCombobox) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const emptyOf = (el: LtCombobox) => el.shadowRoot!.querySelector<HTMLElement>('.empty');
const popupOf = (el: LtCombobox) => el.shadowRoot!.querySelector<HTMLElement>('.popup')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Focuses the box and types, waiting for the element to settle after the owner answered. */
async function type(el: LtCombobox, words: string): Promise<void> {
  if (el.shadowRoot!.activeElement !== inputOf(el)) el.focus();
  await sendKeys({ type: words });
  await el.updateComplete;
}

/** Presses a key, or a chord such as `Alt+ArrowDown` (held modifiers, then the key). */
async function press(el: LtCombobox, key: string): Promise<void> {
  const keys = key.split('+');
  const main = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  await el.updateComplete;
}

/** The option `aria-activedescendant` points at, or null. */
function activeOption(el: LtCombobox): HTMLElement | null {
  const id = inputOf(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
}

/** Waits until the polite live region says `words`. */
async function announced(el: LtCombobox, words: string): Promise<void> {
  await waitUntil(() => text(statusOf(el)) === words, `live region: expected "${words}", got "${text(statusOf(el))}"`, {
    timeout: 3000,
  });
}

afterEach(async () => {
  await resetMouse();
});

// ---------------------------------------------------------------------------------------------------------

describe('lt-combobox', () => {
  describe('accessibility (axe)', () => {
    it('passes closed, with a hint', async () => {
      const { el } = await mount({ props: { hint: 'Theo đơn vị hành chính mới, từ 1/7/2025' } });
      expect(el.open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('passes open with options and their descriptions', async () => {
      const { el } = await mount();
      await type(el, 'thanh');
      expect(el.open).to.equal(true);
      expect(optionsOf(el)).to.have.length(3);
      await press(el, 'ArrowDown');
      await expect(el).to.be.accessible();
    });

    it('passes with no result', async () => {
      const { el } = await mount();
      await type(el, 'zzz');
      expect(emptyOf(el)).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('passes with a message shown, tied to the box', async () => {
      const { el, input } = await mount({ props: { hint: 'Gõ tên xã, phường', error: 'Vui lòng chọn xã, phường.', required: true } });
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('hint error');
      // Never colour alone: a warning sign, and a visually hidden "Lỗi:" before the words.
      expect(el.shadowRoot!.querySelector('#error .error-icon')).to.not.equal(null);
      expect(text(el.shadowRoot!.querySelector('#error .visually-hidden'))).to.equal('Lỗi:');
      expect(text(el.shadowRoot!.querySelector('#error'))).to.equal('Lỗi: Vui lòng chọn xã, phường.');
      await expect(el).to.be.accessible();
    });
  });

  describe('roles and states', () => {
    it('is an ARIA 1.2 combobox controlling a listbox labelled like the box', async () => {
      const { el, input } = await mount();
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.getAttribute('aria-controls')).to.equal('listbox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(listboxOf(el).getAttribute('role')).to.equal('listbox');
      expect(listboxOf(el).getAttribute('aria-labelledby')).to.equal('label');
      expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal('input');
    });

    it('reports the popup, the highlighted option and its selected state', async () => {
      const { el, input } = await mount();
      await type(el, 'thanh');
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      // Typing filters, but highlights nothing (list autocomplete without automatic selection).
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(optionsOf(el).every((option) => option.getAttribute('aria-selected') === 'false')).to.equal(true);

      await press(el, 'ArrowDown');
      const first = activeOption(el)!;
      expect(first.id).to.equal(optionsOf(el)[0]!.id);
      expect(first.getAttribute('aria-selected')).to.equal('true');
      expect(optionsOf(el).filter((option) => option.getAttribute('aria-selected') === 'true')).to.deep.equal([first]);
      // DOM focus never leaves the box.
      expect(el.shadowRoot!.activeElement).to.equal(input);

      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(text(activeOption(el))).to.contain('Xã Thanh Hà');
      // Down on the last wraps to the first, Up on the first wraps to the last.
      await press(el, 'ArrowDown');
      expect(activeOption(el)).to.equal(optionsOf(el)[0]);
      await press(el, 'ArrowUp');
      expect(activeOption(el)).to.equal(optionsOf(el)[2]);
    });

    it('gives each option its main line and second line as its name', async () => {
      const { el } = await mount();
      await type(el, 'thanh xuan');
      const [option] = optionsOf(el);
      expect(text(option!.querySelector('[part~="option-label"]'))).to.equal('Phường Thanh Xuân');
      expect(text(option!.querySelector('[part~="option-description"]'))).to.equal('Thành phố Hà Nội');
      // A hidden comma keeps the two lines apart when read as one name.
      expect(text(option)).to.equal('Phường Thanh Xuân, Thành phố Hà Nội');
    });

    it('marks the label as optional unless required', async () => {
      const { el } = await mount();
      expect(text(el.shadowRoot!.querySelector('#label'))).to.equal('Xã, phường (không bắt buộc)');
      el.required = true;
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('#label'))).to.equal('Xã, phường');
    });

    it('marks the box invalid without a message of its own when the owner says so', async () => {
      const { el, input } = await mount({ props: { invalid: true } });
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.querySelector('#error')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('chooses with type, Down, Down, Enter', async () => {
      const { el, input, inputs, selects } = await mount();
      await type(el, 'thanh');
      expect(inputs).to.deep.equal(['t', 'th', 'tha', 'than', 'thanh']);
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(selects).to.deep.equal([{ value: '00004', option: COMMUNES[3] }]);
      expect(el.value).to.equal('00004');
      expect(el.selectedLabel).to.equal('Xã Thanh Trì');
      expect(input.value).to.equal('Xã Thanh Trì');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(popupOf(el).hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('leaves Enter to the owner when nothing is highlighted', async () => {
      const { el, input, selects } = await mount();
      await type(el, 'thanh');
      let prevented: boolean | undefined;
      el.addEventListener('keydown', (event) => (prevented = event.defaultPrevented), { once: true });
      await press(el, 'Enter');
      expect(prevented).to.equal(false);
      expect(selects).to.deep.equal([]);
      expect(input.value).to.equal('thanh');
    });

    it('closes on Escape, and clears on a second Escape', async () => {
      const { el, input, inputs } = await mount();
      await type(el, 'thanh');
      await press(el, 'ArrowDown');
      await press(el, 'Escape');
      expect(el.open).to.equal(false);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input.value).to.equal('thanh');
      await press(el, 'Escape');
      expect(input.value).to.equal('');
      expect(inputs.at(-1)).to.equal('');
    });

    it('drops the choice when a second Escape clears a chosen name', async () => {
      const { el, input, selects } = await mount();
      await type(el, 'ba dinh');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      await press(el, 'Escape');
      expect(input.value).to.equal('');
      expect(el.value).to.equal('');
      expect(selects.at(-1)).to.deep.equal({ value: '', option: null });
    });

    it('chooses nothing on Tab and moves on', async () => {
      const { el, container, selects } = await mount();
      await type(el, 'thanh');
      await press(el, 'ArrowDown');
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(container.querySelector('#after'));
      expect(selects).to.deep.equal([]);
      expect(el.value).to.equal('');
      expect(el.open).to.equal(false);
      expect(inputOf(el).value).to.equal('thanh');
    });

    it('opens the default list with Down (first highlighted) or Alt+Down (nothing highlighted)', async () => {
      const defaults = [COMMUNES[4]!, COMMUNES[0]!];
      const { el, input } = await mount({ defaults });
      el.focus();
      // Tabbing or focusing into the box does not open anything.
      expect(el.open).to.equal(false);
      await press(el, 'Alt+ArrowDown');
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(optionsOf(el).map(text)).to.deep.equal(['Phường Sài Gòn, Thành phố Hồ Chí Minh', 'Phường Ba Đình, Thành phố Hà Nội']);
      await press(el, 'Escape');
      await press(el, 'ArrowDown');
      expect(activeOption(el)).to.equal(optionsOf(el)[0]);
      await press(el, 'Escape');
      await press(el, 'ArrowUp');
      expect(activeOption(el)).to.equal(optionsOf(el)[1]);
    });

    it('reopens on the chosen option', async () => {
      const { el } = await mount();
      await type(el, 'thanh');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      await press(el, 'ArrowDown');
      expect(text(activeOption(el))).to.contain('Xã Thanh Trì');
      expect(activeOption(el)!.getAttribute('part')).to.contain('option-selected');
    });

    it('moves the caret with Home and End and takes the highlight back to the box', async () => {
      const { el, input } = await mount();
      await type(el, 'thanh');
      await press(el, 'ArrowDown');
      await press(el, 'Home');
      expect(input.selectionStart).to.equal(0);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(el.open).to.equal(true);
      await press(el, 'End');
      expect(input.selectionStart).to.equal(5);
    });

    it('drops the choice as soon as the citizen edits the name', async () => {
      const { el, selects, inputs } = await mount();
      await type(el, 'ba dinh');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      await press(el, 'Backspace');
      expect(el.value).to.equal('');
      expect(selects.at(-1)).to.deep.equal({ value: '', option: null });
      expect(inputs.at(-1)).to.equal('Phường Ba Đìn');
      expect(inputOf(el).value).to.equal('Phường Ba Đìn');
    });

    it('scrolls the highlighted option into view', async () => {
      const many = Array.from({ length: 40 }, (_, i) => ({ value: `v${i}`, label: `Xã số ${i + 1}`, description: 'Tỉnh Thử' }));
      const { el } = await mount({ data: many });
      await type(el, 'xa');
      const list = listboxOf(el);
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      await press(el, 'ArrowUp');
      const last = activeOption(el)!;
      expect(last.id).to.equal('option-39');
      const listBox = list.getBoundingClientRect();
      const box = last.getBoundingClientRect();
      expect(box.top).to.be.at.least(listBox.top - 1);
      expect(box.bottom).to.be.at.most(listBox.bottom + 1);
      await press(el, 'ArrowDown');
      expect(list.scrollTop).to.equal(0);
    });
  });

  describe('pointer', () => {
    it('chooses the option clicked, keeping focus in the box', async () => {
      const { el, input, selects } = await mount();
      await type(el, 'thanh');
      const target = optionsOf(el)[1]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(target.left + 20), Math.round(target.top + target.height / 2)] });
      await el.updateComplete;
      expect(selects).to.deep.equal([{ value: '00004', option: COMMUNES[3] }]);
      expect(input.value).to.equal('Xã Thanh Trì');
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('opens the default list on a tap in the box', async () => {
      const { el, input } = await mount({ defaults: [COMMUNES[0]!] });
      const box = input.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(optionsOf(el)).to.have.length(1);
    });

    it('closes without choosing on a click elsewhere', async () => {
      const { el, container, selects } = await mount();
      await type(el, 'thanh');
      const button = container.querySelector('#before')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(button.left + 5), Math.round(button.top + 5)] });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(selects).to.deep.equal([]);
    });

    it('fits a 320px phone: the popup is as wide as the box and long names wrap', async () => {
      await setViewport({ width: 320, height: 568 });
      try {
        const long = [{ value: 'x', label: 'Phường Nguyễn Thái Bình Khương Đình Thanh Xuân Trung Nam Bắc', description: 'Thành phố Hồ Chí Minh (trước đây: Quận 1)' }];
        const { el, input } = await mount({ data: long });
        await type(el, 'phuong');
        const popup = popupOf(el).getBoundingClientRect();
        const box = input.getBoundingClientRect();
        expect(Math.round(popup.left)).to.equal(Math.round(box.left));
        expect(Math.round(popup.right)).to.equal(Math.round(box.right));
        expect(popup.right).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        // Touch-sized options on a phone.
        expect(optionsOf(el)[0]!.getBoundingClientRect().height).to.be.at.least(24);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('offers targets of at least 24px', async () => {
      const { el } = await mount();
      await type(el, 'thanh');
      for (const option of optionsOf(el)) expect(option.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('live region', () => {
    it('says how many results there are once typing pauses', async () => {
      const { el } = await mount();
      await type(el, 'thanh');
      await announced(el, '3 kết quả. Dùng phím mũi tên để chọn.');
      // Once, not per keystroke: typing again empties it and says the new count.
      await type(el, ' x');
      await announced(el, '1 kết quả. Dùng phím mũi tên để chọn.');
    });

    it('says and shows a clear message when nothing matches, never an empty box', async () => {
      const { el, input } = await mount();
      await type(el, 'khong co');
      expect(optionsOf(el)).to.have.length(0);
      expect(popupOf(el).hidden).to.equal(false);
      expect(listboxOf(el).hidden).to.equal(true);
      expect(text(emptyOf(el))).to.equal('Không tìm thấy kết quả phù hợp.');
      // The line is not an option, and the list itself is not shown.
      expect(emptyOf(el)!.getAttribute('role')).to.equal(null);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await announced(el, 'Không tìm thấy kết quả phù hợp.');
    });

    it("uses the owner's words for no match", async () => {
      const { el } = await mount({ props: { emptyText: 'Không có ngân hàng nào khớp. Thử tên viết tắt, như VCB.' } });
      await type(el, 'qqq');
      expect(text(emptyOf(el))).to.equal('Không có ngân hàng nào khớp. Thử tên viết tắt, như VCB.');
      await announced(el, 'Không có ngân hàng nào khớp. Thử tên viết tắt, như VCB.');
    });

    it('waits for an owner that answers later', async () => {
      const { el } = await mount({ delayMs: 300 });
      await type(el, 'phuong');
      await announced(el, '4 kết quả. Dùng phím mũi tên để chọn.');
    });

    it('says the answer of a very slow owner too', async () => {
      const { el } = await mount({ delayMs: 900 });
      await type(el, 'phuong');
      await announced(el, 'Không tìm thấy kết quả phù hợp.');
      await announced(el, '4 kết quả. Dùng phím mũi tên để chọn.');
    });

    it('speaks English under lang="en"', async () => {
      const { el } = await mount({ lang: 'en' });
      await type(el, 'thanh xuan');
      await announced(el, '1 result. Use the arrow keys to choose.');
      await type(el, 'z');
      expect(text(emptyOf(el))).to.equal('No match found.');
      await announced(el, 'No match found.');
      expect(text(el.shadowRoot!.querySelector('#label'))).to.equal('Commune or ward (optional)');
    });

    it('stays quiet about a list the citizen has left', async () => {
      const { el } = await mount();
      await type(el, 'thanh');
      await press(el, 'Tab');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(text(statusOf(el))).to.equal('');
    });
  });

  describe('values from the owner', () => {
    it('shows the label of a known option', async () => {
      const { el, input, selects } = await mount({ defaults: COMMUNES });
      el.value = '00002';
      await el.updateComplete;
      expect(input.value).to.equal('Phường Thanh Xuân');
      expect(selects).to.deep.equal([]);
    });

    it('shows the given selectedLabel when the option is not in the list', async () => {
      const { el, input } = await mount({ props: { value: '26734', selectedLabel: 'Phường Sài Gòn' } });
      expect(input.value).to.equal('Phường Sài Gòn');
      expect(el.value).to.equal('26734');
    });

    it("shows the label once the options arrive, and replaces the citizen's text", async () => {
      const { el, input } = await mount();
      el.value = '00003';
      await el.updateComplete;
      expect(input.value).to.equal('00003');
      el.options = COMMUNES;
      await el.updateComplete;
      expect(input.value).to.equal('Phường Khương Đình');
      await type(el, 'x');
      // The owner's search found nothing for the typed text: the label comes with the value.
      el.selectedLabel = 'Phường Ba Đình';
      el.value = '00001';
      await el.updateComplete;
      expect(input.value).to.equal('Phường Ba Đình');
      el.value = '';
      await el.updateComplete;
      expect(input.value).to.equal('');
    });

    it("never shows the previous choice's label for a new value from the owner", async () => {
      const { el, input } = await mount();
      await type(el, 'ba dinh');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.selectedLabel).to.equal('Phường Ba Đình');
      el.options = [];
      el.value = '99999';
      await el.updateComplete;
      expect(el.selectedLabel).to.equal('');
      expect(input.value).to.equal('99999');
      // Label first, then value, in one go: both kept.
      el.selectedLabel = 'Đặc khu Phú Quốc';
      el.value = '31234';
      await el.updateComplete;
      expect(input.value).to.equal('Đặc khu Phú Quốc');
      // A known option's label is reported back through selectedLabel.
      el.options = COMMUNES;
      el.value = '00005';
      await el.updateComplete;
      expect(el.selectedLabel).to.equal('Phường Sài Gòn');
      expect(input.value).to.equal('Phường Sài Gòn');
    });

    it('empties the box on clear(), for a form reset, without events', async () => {
      const { el, input, selects, inputs } = await mount();
      await type(el, 'thanh');
      const before = [selects.length, inputs.length];
      el.clear();
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(el.value).to.equal('');
      expect(el.open).to.equal(false);
      expect([selects.length, inputs.length]).to.deep.equal(before);
    });

    it('keeps the typed text when the owner echoes the dropped choice back', async () => {
      const { el, input } = await mount();
      el.addEventListener('lt-combobox-select', (event) => (el.value = event.detail.value));
      await type(el, 'ba dinh');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      await press(el, 'Backspace');
      expect(input.value).to.equal('Phường Ba Đìn');
    });

    it('never throws on odd options, and renders hostile labels as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const odd = [null, 42, { value: 7, label: hostile, description: hostile }, { value: 'ok', label: 'Phường Ổn' }] as unknown as ComboboxOption[];
      const { el } = await mount({ data: odd, defaults: odd });
      el.focus();
      await press(el, 'ArrowDown');
      expect(optionsOf(el)).to.have.length(2);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(optionsOf(el)[0]!.querySelector('[part~="option-label"]'))).to.equal(hostile);
      expect(text(optionsOf(el)[0]!.querySelector('[part~="option-description"]'))).to.equal(hostile);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
      await press(el, 'Enter');
      expect(el.value).to.equal('7');
      expect(inputOf(el).value).to.equal(hostile);
      el.options = 'not a list' as unknown as ComboboxOption[];
      await el.updateComplete;
      expect(optionsOf(el)).to.have.length(0);
    });
  });

  describe('disabled and focus', () => {
    it('does nothing while disabled', async () => {
      const { el, input, inputs } = await mount({ props: { disabled: true }, defaults: COMMUNES });
      expect(input.disabled).to.equal(true);
      el.focus();
      await press(el, 'ArrowDown');
      expect(el.open).to.equal(false);
      expect(inputs).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('closes when disabled while open', async () => {
      const { el } = await mount();
      await type(el, 'thanh');
      el.disabled = true;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(popupOf(el).hidden).to.equal(true);
    });

    it('does not animate the arrow when motion is reduced', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const { el } = await mount();
        const arrow = el.shadowRoot!.querySelector('.chevron')!;
        expect(getComputedStyle(arrow).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('focus() lands in the box', async () => {
      const { el, input } = await mount({ props: { placeholder: 'Ví dụ: Thanh Xuân' } });
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(input.placeholder).to.equal('Ví dụ: Thanh Xuân');
    });
  });
});
