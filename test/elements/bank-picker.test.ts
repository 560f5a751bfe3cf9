/**
 * <lt-bank-picker> driven the way a person drives it: real keystrokes (`sendKeys`) into the box (focus, type,
 * ArrowDown, Enter), and as a form control in a plain `<form>`.
 *
 * The label, hint and message are drawn by the `<lt-combobox>` inside (a label must share its box's shadow
 * root), so the shared form-field contract, which looks for them in the field's own shadow root, does not fit:
 * its cases are written out here.
 */
import { aTimeout, expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/bank-picker/bank-picker.js';
import { loadBanks } from '../../src/elements/bank-picker/bank-picker.js';
import type { LtBankPicker } from '../../src/elements/bank-picker/bank-picker.js';
import type { LtCombobox } from '../../src/elements/combobox/combobox.js';
import { BANKS, MOST_USED_BINS } from '../../src/data/banks.js';
import type { Bank } from '../../src/data/banks.js';
import { defaultLocalizer, defaultStringsPending } from '../../src/i18n/i18n.js';
import { countEvents } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

const VIETCOMBANK = { bin: '970436', shortName: 'Vietcombank', name: 'Ngân hàng TMCP Ngoại Thương Việt Nam' };
const TECHCOMBANK = { bin: '970407', shortName: 'Techcombank', name: 'Ngân hàng TMCP Kỹ thương Việt Nam' };
const AGRIBANK = { bin: '970405', shortName: 'Agribank', name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam' };
const MBBANK = { bin: '970422', shortName: 'MBBank', name: 'Ngân hàng TMCP Quân đội' };

/** A bank a portal adds without waiting for a release (invented: no such BIN is in the shipped list). */
const NEW_BANK: Bank = { bin: '970999', code: 'HTB', shortName: 'HoaTamBank', name: 'Ngân hàng TMCP Hòa Tâm', swift: 'HTBKVNVX', kind: 'bank' };

// ---------------------------------------------------------------------------------------------------------
// Mounting and reading

type Props = Partial<Pick<LtBankPicker, 'value' | 'required' | 'disabled' | 'readonly' | 'error' | 'label' | 'hint' | 'banks'>>;

/** Waits until the shipped list is loaded and the picker has rendered with it. */
async function settle(el: LtBankPicker): Promise<void> {
  await loadBanks();
  // The picker's own `then` runs after ours when the chunk was already loaded: let it run.
  await aTimeout(0);
  await settled(el);
}

/** Waits for the picker and its combobox. */
async function settled(el: LtBankPicker): Promise<void> {
  await el.updateComplete;
  await combo(el).updateComplete;
  await el.updateComplete;
}

/**
 * `<lt-bank-picker name="bank">` inside a plain form, with `props` set before it is attached; resolves once the
 * shipped list is loaded. fixtureSync: `fixture` may wait for an animation frame a background page never gets.
 */
async function mount(props: Props = {}, { lang }: { lang?: string } = {}) {
  const container = fixtureSync<HTMLElement>(
    html`<div><form><fieldset><legend>Nhận tiền</legend></fieldset><button type="button">Tiếp tục</button></form></div>`,
  );
  if (lang) container.setAttribute('lang', lang);
  const el = document.createElement('lt-bank-picker');
  el.name = 'bank';
  Object.assign(el, props);
  const fieldset = container.querySelector('fieldset')!;
  fieldset.append(el);
  await el.updateComplete;
  await settle(el);
  return { el, form: container.querySelector('form')!, fieldset, container };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const combo = (el: LtBankPicker): LtCombobox => el.shadowRoot!.querySelector<LtCombobox>('lt-combobox')!;
const inner = (el: LtBankPicker): ShadowRoot => combo(el).shadowRoot!;
const boxOf = (el: LtBankPicker): HTMLInputElement => inner(el).querySelector<HTMLInputElement>('#input')!;
const options = (el: LtBankPicker) => [...inner(el).querySelectorAll<HTMLElement>('li[role="option"]')];
/** The short names offered now, best first. */
const offered = (el: LtBankPicker): string[] => options(el).map((option) => text(option.querySelector('.option-label')));
/** The shown message, or null. */
const messageOf = (el: LtBankPicker): string | null => (inner(el).querySelector('#error') ? text(inner(el).querySelector('#error')) : null);
const submitted = (form: HTMLFormElement) => new FormData(form).getAll('bank');

/** Focuses the box (as Tab or a label click would), selects what it shows, and types over it. */
async function search(el: LtBankPicker, words: string): Promise<void> {
  el.focus();
  expect(inner(el).activeElement, 'focus is in the box').to.equal(boxOf(el));
  boxOf(el).select();
  await sendKeys({ type: words });
  await settled(el);
}

/** Types, then ArrowDown (highlights the best match) and Enter (chooses it). */
async function pick(el: LtBankPicker, words: string): Promise<void> {
  await search(el, words);
  await sendKeys({ press: 'ArrowDown' });
  await settled(el);
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

before(async () => {
  // Messages and the picker's words come with the later strings.
  await defaultStringsPending();
});

// ---------------------------------------------------------------------------------------------------------

describe('lt-bank-picker — accessibility', () => {
  it('passes axe empty, open on the most used banks, with no match, and invalid', async () => {
    const { el } = await mount({ required: true });
    await expect(el).to.be.accessible();

    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(combo(el).open).to.equal(true);
    expect(offered(el).length).to.equal(BANKS.length);
    await expect(el).to.be.accessible();

    await search(el, 'xyzzy');
    expect(combo(el).open, 'the "no match" line is shown').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });

    el.value = '123456';
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.bank.unknown')}`);
    await expect(el).to.be.accessible();
  });

  it('is one labelled combobox with a hint, and its roles and states follow the list', async () => {
    const { el } = await mount({ required: true });
    const box = boxOf(el);
    expect(text(inner(el).querySelector('#label'))).to.equal(vi.t('field.bank.label'));
    expect(text(inner(el).querySelector('#hint'))).to.equal(vi.t('field.bank.hint'));
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.getAttribute('aria-controls')).to.equal('listbox');
    expect(box.getAttribute('aria-describedby')).to.equal('hint');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    const listbox = inner(el).querySelector('#listbox')!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(listbox.getAttribute('aria-labelledby')).to.equal('label');

    await search(el, 'agri');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(box.hasAttribute('aria-activedescendant'), 'nothing highlighted while typing').to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(box.getAttribute('aria-activedescendant')).to.equal('option-0');
    const first = options(el)[0]!;
    expect(first.id).to.equal('option-0');
    expect(first.getAttribute('role')).to.equal('option');
    expect(first.getAttribute('aria-selected')).to.equal('true');
    // The option's name is its short name, then its full name (a hidden comma between them, for a pause).
    expect(text(first)).to.equal(`${AGRIBANK.shortName}, ${AGRIBANK.name}`);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
  });
});

describe('lt-bank-picker — searching as a person types (keyboard only)', () => {
  const cases: Array<[typeof VIETCOMBANK, string[]]> = [
    // Short name, VietQR code, full name without and with diacritics, BIN, SWIFT.
    [VIETCOMBANK, ['vietcom', 'VCB', 'ngoai thuong', 'Ngoại Thương', 'vietcombank', '970436', 'BFTVVNVX']],
    [TECHCOMBANK, ['techcom', 'TCB', 'ky thuong', 'Kỹ thương', '970407', 'VTCBVNVX']],
    [AGRIBANK, ['agri', 'VBA', 'nông nghiệp', 'nong nghiep', '970405', 'vbaavnvx']],
    [MBBANK, ['mb', 'quan doi', 'MSCBVNVX']],
  ];
  for (const [bank, queries] of cases) {
    for (const query of queries) {
      it(`finds ${bank.shortName} first when "${query}" is typed, and chooses it with ArrowDown and Enter`, async () => {
        const { el, form } = await mount({ required: true });
        const counts = countEvents(el);
        await search(el, query);
        expect(offered(el)[0]).to.equal(bank.shortName);
        expect(text(options(el)[0]!.querySelector('.option-description'))).to.equal(bank.name);
        expect(counts.input, 'searching is not choosing').to.equal(0);
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await settled(el);
        expect(el.value).to.equal(bank.bin);
        expect(boxOf(el).value).to.equal(bank.shortName);
        expect(submitted(form)).to.deep.equal([bank.bin]);
        expect(counts).to.deep.equal({ input: 1, change: 1 });
      });
    }
  }

  it('shows the most used banks first with nothing typed, then every other bank in list order', async () => {
    const { el } = await mount();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    const byBin = new Map(BANKS.map((bank) => [bank.bin, bank]));
    const mostUsed = MOST_USED_BINS.map((bin) => byBin.get(bin)!.shortName);
    expect(offered(el).slice(0, mostUsed.length)).to.deep.equal(mostUsed);
    expect(offered(el).slice(0, 4)).to.deep.equal(['Agribank', 'Vietcombank', 'VietinBank', 'BIDV']);
    const rest = BANKS.filter((bank) => !MOST_USED_BINS.includes(bank.bin)).map((bank) => bank.shortName);
    expect(offered(el).slice(mostUsed.length)).to.deep.equal(rest);
    // Down highlighted the first; Enter chooses it.
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.equal(AGRIBANK.bin);
  });

  it('opens the full list with a tap too (no Down key on a phone)', async () => {
    const { el } = await mount();
    boxOf(el).click();
    await settled(el);
    expect(combo(el).open).to.equal(true);
    expect(offered(el)[0]).to.equal('Agribank');
  });

  it('says clearly when nothing matches, and chooses nothing', async () => {
    const { el } = await mount();
    await search(el, 'ngan hang xyz');
    expect(offered(el)).to.deep.equal([]);
    expect(text(inner(el).querySelector('.empty'))).to.equal(vi.t('field.bank.noMatch'));
    expect(boxOf(el).getAttribute('aria-expanded')).to.equal('false');
    // The live region says it too, once typing has paused.
    await aTimeout(700);
    expect(text(inner(el).querySelector('#status'))).to.equal(vi.t('field.bank.noMatch'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.equal('');
  });

  it('chooses a bank named exactly and left without choosing from the list, but not a part of a name', async () => {
    const { el } = await mount();
    const counts = countEvents(el);
    await search(el, 'vietcom');
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(el.value, 'a part of a name is not a choice').to.equal('');
    await search(el, 'Vietcombank');
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(el.value).to.equal(VIETCOMBANK.bin);
    expect(boxOf(el).value).to.equal('Vietcombank');
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('drops the choice when the citizen edits the name, and says so', async () => {
    const { el } = await mount({ value: VIETCOMBANK.bin });
    const counts = countEvents(el);
    el.focus();
    await sendKeys({ press: 'Backspace' });
    await settled(el);
    expect(el.value).to.equal('');
    expect(counts.input).to.equal(1);
    // Opening again after a choice offers every bank, not the last search.
    await pick(el, 'techcom');
    expect(el.value).to.equal(TECHCOMBANK.bin);
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(offered(el).length).to.equal(BANKS.length);
    expect(boxOf(el).getAttribute('aria-activedescendant'), 'the chosen bank is highlighted').to.equal(
      `option-${MOST_USED_BINS.indexOf(TECHCOMBANK.bin)}`,
    );
  });

  it('gives the chosen bank and its names for display', async () => {
    const { el } = await mount();
    expect(el.bank).to.equal(undefined);
    expect([el.bankName, el.bankShortName]).to.deep.equal(['', '']);
    await pick(el, 'VCB');
    expect(el.bank).to.include({ bin: '970436', code: 'VCB', swift: 'BFTVVNVX', kind: 'bank' });
    expect(el.bankName).to.equal(VIETCOMBANK.name);
    expect(el.bankShortName).to.equal('Vietcombank');
  });
});

describe('lt-bank-picker — form association', () => {
  it('submits the BIN under its name', async () => {
    const { el, form } = await mount({ value: AGRIBANK.bin });
    expect(submitted(form)).to.deep.equal([AGRIBANK.bin]);
    expect(el.validity.valid).to.equal(true);
    expect(el.form).to.equal(form);
    expect(boxOf(el).value).to.equal('Agribank');
  });

  it('is valueMissing when required and empty, blocks the form, and shows the message when asked', async () => {
    const { el, form } = await mount({ required: true });
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.required'));
    expect(form.checkValidity()).to.equal(false);
    expect(messageOf(el), 'not before the citizen asks to go on').to.equal(null);
    // Synchronously, without waiting for a render.
    el.value = VIETCOMBANK.bin;
    expect(form.checkValidity()).to.equal(true);
    el.value = '';
    expect(form.reportValidity()).to.equal(false);
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.required')}`);
    expect(boxOf(el).getAttribute('aria-invalid')).to.equal('true');
    expect(boxOf(el).getAttribute('aria-describedby')).to.equal('hint error');
    // The label has no "(không bắt buộc)" when required, and has it otherwise.
    expect(text(inner(el).querySelector('#label'))).to.equal(vi.t('field.bank.label'));
    el.required = false;
    await settled(el);
    expect(text(inner(el).querySelector('#label'))).to.equal(`${vi.t('field.bank.label')} ${vi.t('field.optional')}`);
  });

  it('returns to its default value on form reset, typed text cleared', async () => {
    const { el, form } = await mount({ value: AGRIBANK.bin });
    await pick(el, 'techcom');
    expect(submitted(form)).to.deep.equal([TECHCOMBANK.bin]);
    form.reset();
    expect(el.value).to.equal(AGRIBANK.bin);
    expect(submitted(form)).to.deep.equal([AGRIBANK.bin]);
    await settled(el);
    expect(boxOf(el).value).to.equal('Agribank');

    const empty = await mount();
    await search(empty.el, 'sacom');
    empty.form.reset();
    await settled(empty.el);
    expect(empty.el.value).to.equal('');
    expect(boxOf(empty.el).value).to.equal('');
  });

  it('is left out of the form when disabled, itself or by a fieldset', async () => {
    const { el, form, fieldset } = await mount({ value: AGRIBANK.bin, required: true });
    el.disabled = true;
    await settled(el);
    expect(new FormData(form).has('bank')).to.equal(false);
    expect(el.willValidate).to.equal(false);
    expect(boxOf(el).disabled).to.equal(true);
    el.disabled = false;
    fieldset.disabled = true;
    await settled(el);
    expect(new FormData(form).has('bank')).to.equal(false);
    expect(boxOf(el).disabled).to.equal(true);
    fieldset.disabled = false;
    await settled(el);
    expect(submitted(form)).to.deep.equal([AGRIBANK.bin]);
    expect(boxOf(el).disabled).to.equal(false);
  });

  it('is submitted but not changed when read-only', async () => {
    const { el, form } = await mount({ value: AGRIBANK.bin, readonly: true });
    el.focus();
    await sendKeys({ type: 'x' });
    await settled(el);
    expect(el.value).to.equal(AGRIBANK.bin);
    expect(boxOf(el).value).to.equal('Agribank');
    expect(submitted(form)).to.deep.equal([AGRIBANK.bin]);
  });

  it('restores its value from the saved form state', async () => {
    const { el, form } = await mount();
    el.formStateRestoreCallback(TECHCOMBANK.bin);
    expect(el.value).to.equal(TECHCOMBANK.bin);
    expect(submitted(form)).to.deep.equal([TECHCOMBANK.bin]);
    await settled(el);
    expect(boxOf(el).value).to.equal('Techcombank');
  });

  it('is invalid with the host’s `error`, shown at once', async () => {
    const { el, form } = await mount({ value: AGRIBANK.bin });
    el.error = 'Tài khoản này không nhận được khoản chi.';
    expect(el.validity.customError).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${el.error}`);
  });

  it('fires no events for programmatic changes, and moves focus() to the box', async () => {
    const { el, form } = await mount();
    const counts = countEvents(el);
    el.value = AGRIBANK.bin;
    await settled(el);
    form.reset();
    await settled(el);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    el.focus();
    expect(inner(el).activeElement).to.equal(boxOf(el));
  });
});

describe('lt-bank-picker — the host’s list and values', () => {
  it('finds and chooses a bank the portal added through `banks`', async () => {
    const { el, form } = await mount({ required: true });
    el.banks = [...(await loadBanks()), NEW_BANK];
    await settled(el);
    for (const query of ['hoa tam', 'Hòa Tâm', 'HTB', '970999']) {
      await search(el, query);
      expect(offered(el)[0], query).to.equal('HoaTamBank');
    }
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.value).to.equal(NEW_BANK.bin);
    expect(el.bank).to.deep.equal(NEW_BANK);
    expect(el.validity.valid).to.equal(true);
    expect(submitted(form)).to.deep.equal([NEW_BANK.bin]);
    // The shipped banks are still there.
    await pick(el, 'vietcom');
    expect(el.value).to.equal(VIETCOMBANK.bin);
  });

  it('takes a portal’s list that replaces the shipped one, and goes back with null', async () => {
    const { el } = await mount({ banks: [NEW_BANK] });
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(offered(el)).to.deep.equal(['HoaTamBank']);
    await sendKeys({ press: 'Escape' });
    await search(el, 'vietcom');
    expect(offered(el)).to.deep.equal([]);
    el.banks = null;
    await search(el, 'vietcom');
    expect(offered(el)[0]).to.equal('Vietcombank');
    expect(el.banks).to.equal(BANKS);
  });

  it('keeps a BIN the host set that is not in the list, invalid, and accepts it once the list has it', async () => {
    const { el, form } = await mount({ value: NEW_BANK.bin, required: true });
    expect(el.value).to.equal(NEW_BANK.bin);
    expect(el.bank).to.equal(undefined);
    expect(el.validity.valid).to.equal(false);
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.bank.unknown'));
    expect(form.checkValidity()).to.equal(false);
    expect(submitted(form), 'kept, never dropped').to.deep.equal([NEW_BANK.bin]);
    expect(boxOf(el).value, 'the box shows what is kept').to.equal(NEW_BANK.bin);
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.bank.unknown')}`);
    // The portal's list arrives with the bank: valid at once.
    el.banks = [...BANKS, NEW_BANK];
    expect(el.validity.valid).to.equal(true);
    await settled(el);
    expect(boxOf(el).value).to.equal('HoaTamBank');
    expect(messageOf(el)).to.equal(null);
  });

  it('never throws on values or lists that are not what they should be', async () => {
    const { el } = await mount({ required: true });
    for (const bad of [42, {}, ['970436'], Symbol('x'), null, undefined, '<img src=x onerror="window.__pwned=1">']) {
      el.value = bad as unknown as string;
      await settled(el);
      expect(el.value).to.equal(bad);
      expect(typeof el.validity.valid).to.equal('boolean');
    }
    for (const list of [42, 'banks', [null, 7, { bin: '' }, { bin: 970888, name: 'Ngân hàng Số' }], {}]) {
      el.banks = list as unknown as Bank[];
      await settled(el);
      expect(() => el.bank).to.not.throw();
    }
    // An entry with only a BIN and a full name is usable: the full name stands for the short one.
    el.banks = [{ bin: 970888, name: 'Ngân hàng Số' }] as unknown as Bank[];
    el.value = '970888';
    await settled(el);
    expect(el.validity.valid).to.equal(true);
    expect(boxOf(el).value).to.equal('Ngân hàng Số');
    expect(inner(el).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks the language of its ancestors', async () => {
    const { el } = await mount({ required: true, value: '123456' }, { lang: 'en' });
    expect(el.validationMessage).to.equal(en.t('error.bank.unknown'));
    expect(text(inner(el).querySelector('#label'))).to.equal('Bank');
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Error: ${en.t('error.bank.unknown')}`);
    await search(el, 'xyzzy');
    expect(text(inner(el).querySelector('.empty'))).to.equal(en.t('field.bank.noMatch'));
    await expect(el).to.be.accessible();
  });
});
