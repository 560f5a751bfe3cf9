/**
 * <lt-payee-field> driven the way a person drives it: real keystrokes (`sendKeys`) on the radios (Space, the
 * arrow keys), in the bank list (type, ArrowDown, Enter) and in the two boxes; and as a form control in a
 * plain `<form>`.
 *
 * The field holds an object and submits one entry per part (`payee.method`, `payee.bin`, …), so the shared
 * form-field contract, which compares `FormData.getAll(name)` with strings, does not fit: its cases are here.
 */
import { aTimeout, expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/payee-field/payee-field.js';
import type { LtPayeeField, PayeeValue } from '../../src/elements/payee-field/payee-field.js';
import { loadBanks } from '../../src/elements/bank-picker/bank-picker.js';
import type { LtCombobox } from '../../src/elements/combobox/combobox.js';
import type { Bank } from '../../src/data/banks.js';
import { defaultLocalizer, defaultStringsPending } from '../../src/i18n/i18n.js';
import { countEvents } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** A complete transfer to Vietcombank, as the field reports it. */
const TRANSFER: PayeeValue = {
  method: 'bank',
  bin: '970436',
  bankName: 'Ngân hàng TMCP Ngoại Thương Việt Nam',
  bankShortName: 'Vietcombank',
  accountNumber: '0123456789',
  accountHolder: 'NGUYEN VAN AN',
};

/** What TRANSFER submits under the name `payee`. */
const TRANSFER_ENTRIES: Array<[string, string]> = [
  ['payee.method', 'bank'],
  ['payee.bin', '970436'],
  ['payee.bankName', 'Ngân hàng TMCP Ngoại Thương Việt Nam'],
  ['payee.bankShortName', 'Vietcombank'],
  ['payee.accountNumber', '0123456789'],
  ['payee.accountHolder', 'NGUYEN VAN AN'],
];

// ---------------------------------------------------------------------------------------------------------
// Mounting and reading

type Props = Partial<Pick<LtPayeeField, 'value' | 'required' | 'disabled' | 'readonly' | 'error' | 'label' | 'hint' | 'banks'>>;

async function settled(el: LtPayeeField): Promise<void> {
  await el.updateComplete;
  const box = bankBox(el);
  if (box) await box.updateComplete;
  await el.updateComplete;
}

/** `<lt-payee-field name="payee">` in a plain form, `props` set before it is attached; the bank list loaded. */
async function mount(props: Props = {}, { lang }: { lang?: string } = {}) {
  const container = fixtureSync<HTMLElement>(
    html`<div><form><fieldset><legend>Hồ sơ</legend></fieldset><button type="button">Tiếp tục</button></form></div>`,
  );
  if (lang) container.setAttribute('lang', lang);
  const el = document.createElement('lt-payee-field');
  el.name = 'payee';
  el.label = 'Nhận tiền trợ cấp mai táng';
  Object.assign(el, props);
  const fieldset = container.querySelector('fieldset')!;
  fieldset.append(el);
  await el.updateComplete;
  await loadBanks();
  await aTimeout(0);
  await settled(el);
  return { el, form: container.querySelector('form')!, fieldset, container };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const radio = (el: LtPayeeField, method: 'bank' | 'post') => el.shadowRoot!.querySelector<HTMLInputElement>(`#method-${method}`)!;
const bankBox = (el: LtPayeeField) => el.shadowRoot!.querySelector<LtCombobox>('lt-combobox#bank');
const bankInput = (el: LtPayeeField) => bankBox(el)!.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
const account = (el: LtPayeeField) => el.shadowRoot!.querySelector<HTMLInputElement>('#account')!;
const holder = (el: LtPayeeField) => el.shadowRoot!.querySelector<HTMLInputElement>('#holder')!;
const messageOf = (el: LtPayeeField): string | null => (el.shadowRoot!.querySelector('#error') ? text(el.shadowRoot!.querySelector('#error')) : null);
const submitted = (form: HTMLFormElement): Array<[string, string]> =>
  [...new FormData(form)].filter(([key]) => key.startsWith('payee')).map(([key, value]) => [key, String(value)]);
/** The part the browser's focus is on, in the field's shadow root. */
const focused = (el: LtPayeeField) => el.shadowRoot!.activeElement;

before(async () => {
  await defaultStringsPending();
});

// ---------------------------------------------------------------------------------------------------------

describe('lt-payee-field — accessibility', () => {
  it('passes axe empty, with the bank part open, with a message, filled, and by post', async () => {
    const { el } = await mount({ required: true });
    await expect(el).to.be.accessible();
    el.value = { ...TRANSFER, accountNumber: '', accountHolder: '' };
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.payee.accountMissing')}`);
    await expect(el).to.be.accessible();
    el.value = { ...TRANSFER };
    await settled(el);
    await expect(el).to.be.accessible();
    el.value = { method: 'post' };
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('is a fieldset with two labelled radios, and the bank part labelled box by box', async () => {
    const { el } = await mount({ required: true, value: { ...TRANSFER } });
    expect(text(el.shadowRoot!.querySelector('fieldset > legend'))).to.equal('Nhận tiền trợ cấp mai táng');
    expect(text(el.shadowRoot!.querySelector('label[for="method-bank"]'))).to.equal(vi.t('field.payee.bank'));
    expect(text(el.shadowRoot!.querySelector('label[for="method-post"]'))).to.equal(vi.t('field.payee.post'));
    expect(radio(el, 'bank').checked).to.equal(true);
    expect(radio(el, 'bank').getAttribute('aria-controls')).to.equal('details');
    expect(text(bankBox(el)!.shadowRoot!.querySelector('#label'))).to.equal(vi.t('field.bank.label'));
    expect(bankInput(el).getAttribute('role')).to.equal('combobox');
    expect(text(el.shadowRoot!.querySelector('label[for="account"]'))).to.equal(vi.t('field.payee.account'));
    expect(account(el).getAttribute('aria-describedby')).to.equal('account-hint');
    expect(text(el.shadowRoot!.querySelector('label[for="holder"]'))).to.equal(vi.t('field.payee.holder'));
    expect(holder(el).getAttribute('autocomplete')).to.equal('name');
  });
});

describe('lt-payee-field — the citizen fills it (keyboard only)', () => {
  it('takes a bank transfer end to end: radio, bank, account number, holder name', async () => {
    const { el, form } = await mount({ required: true });
    const counts = countEvents(el);
    expect(bankBox(el), 'no bank question before the transfer is chosen').to.equal(null);
    el.focus();
    expect(focused(el)).to.equal(radio(el, 'bank'));
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.value).to.deep.equal({ method: 'bank', bin: '', bankName: '', bankShortName: '', accountNumber: '', accountHolder: '' });
    // Tab goes into the revealed part, right under its radio.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(bankBox(el));
    await sendKeys({ type: 'ngoai thuong' });
    await settled(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(bankInput(el).value).to.equal('Vietcombank');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(account(el));
    await sendKeys({ type: '0123 456-789' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(holder(el));
    await sendKeys({ type: 'nguyen van an' });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(focused(el), 'out of the field: the unchecked radio is not a Tab stop').to.equal(null);
    expect(el.value).to.deep.equal(TRANSFER);
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
    // What is kept is what the boxes show once left.
    expect(account(el).value).to.equal('0123456789');
    expect(holder(el).value).to.equal('NGUYEN VAN AN');
    expect(submitted(form)).to.deep.equal(TRANSFER_ENTRIES);
    expect(el.reviewText).to.equal('Chuyển khoản: Vietcombank, số tài khoản 0123456789, chủ tài khoản NGUYEN VAN AN');
    expect(counts.input).to.equal(2 + '0123 456-789'.length + 'nguyen van an'.length);
    expect(counts.change).to.equal(4);
  });

  it('keeps the spaces typed in the name when the host hands each value back, as the wizard does', async () => {
    const { el } = await mount({ required: true, value: { ...TRANSFER, accountHolder: '' } });
    // The wizard stores each reported value and renders the field with it again, keystroke by keystroke.
    el.addEventListener('input', () => (el.value = el.value));
    holder(el).focus();
    await sendKeys({ type: 'nguyen van an' });
    await settled(el);
    expect(holder(el).value).to.equal('nguyen van an');
    expect(el.value).to.deep.equal(TRANSFER);
  });

  it('takes cash by post with one arrow key, and keeps the bank details for a change of mind', async () => {
    const { el, form } = await mount({ required: true });
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(radio(el, 'post').checked).to.equal(true);
    expect(el.value).to.deep.equal({ method: 'post' });
    expect(bankBox(el)).to.equal(null);
    expect(el.validity.valid).to.equal(true);
    expect(submitted(form)).to.deep.equal([['payee.method', 'post']]);
    expect(el.reviewText).to.equal('Nhận tiền mặt qua bưu điện');

    el.value = { ...TRANSFER };
    await settled(el);
    radio(el, 'bank').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(el.value).to.deep.equal({ method: 'post' });
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect(el.value).to.deep.equal(TRANSFER);
    expect(account(el).value).to.equal('0123456789');
  });

  it('shows a problem only once the citizen leaves the field, and marks the part to fix', async () => {
    const { el } = await mount({ required: true, value: { ...TRANSFER, accountNumber: '', accountHolder: '' } });
    account(el).focus();
    await sendKeys({ type: '12-34' });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(messageOf(el), 'not while inside').to.equal(null);
    await sendKeys({ type: 'Nguyễn Văn An' });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.payee.accountFormat', { min: 6, max: 19 })}`);
    expect(account(el).getAttribute('aria-invalid')).to.equal('true');
    expect(account(el).getAttribute('aria-describedby')).to.equal('account-hint error');
    expect(holder(el).getAttribute('aria-invalid')).to.equal('false');
    expect(bankBox(el)!.invalid).to.equal(false);
    // focus() (an error summary's link) lands on the part to fix.
    el.focus();
    expect(focused(el)).to.equal(account(el));
    await expect(el).to.be.accessible();
  });

  it('chooses a bank typed in full and left without choosing from the list', async () => {
    const { el } = await mount({ value: { ...TRANSFER, bin: '', bankName: '', bankShortName: '' } });
    bankBox(el)!.focus();
    await sendKeys({ type: 'Agribank' });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(el.value).to.include({ bin: '970405', bankShortName: 'Agribank' });
    expect(focused(el)).to.equal(account(el));
  });
});

describe('lt-payee-field — each message', () => {
  const cases: Array<[string, unknown, string, 'method' | 'bank' | 'account' | 'holder']> = [
    ['nothing chosen (required)', null, 'error.payee.methodMissing', 'method'],
    ['an unknown method', { method: 'cash' }, 'error.payee.methodMissing', 'method'],
    ['no bank', { method: 'bank' }, 'error.payee.bankMissing', 'bank'],
    ['a bank not in the list', { ...TRANSFER, bin: '123456' }, 'error.bank.unknown', 'bank'],
    ['no account number', { ...TRANSFER, accountNumber: '' }, 'error.payee.accountMissing', 'account'],
    ['an account number too short', { ...TRANSFER, accountNumber: '12345' }, 'error.payee.accountFormat', 'account'],
    ['an account number with a dot', { ...TRANSFER, accountNumber: '0123.456789' }, 'error.payee.accountFormat', 'account'],
    ['no holder name', { ...TRANSFER, accountHolder: '' }, 'error.payee.holderMissing', 'holder'],
    ['a holder name with a digit', { ...TRANSFER, accountHolder: 'NGUYEN VAN AN 2' }, 'error.payee.holderFormat', 'holder'],
  ];
  for (const [title, value, key, part] of cases) {
    it(`says what to do for ${title}`, async () => {
      const { el, form } = await mount({ required: true, value: value as PayeeValue | null });
      const message = vi.t(key, { min: 6, max: 19 });
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal(message);
      expect(form.checkValidity()).to.equal(false);
      el.reportValidity();
      await settled(el);
      expect(messageOf(el)).to.equal(`Lỗi: ${message}`);
      expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error');
      const marked = {
        method: radio(el, 'bank').getAttribute('aria-invalid') === 'true',
        bank: bankBox(el)?.invalid ?? false,
        account: el.shadowRoot!.querySelector('#account')?.getAttribute('aria-invalid') === 'true',
        holder: el.shadowRoot!.querySelector('#holder')?.getAttribute('aria-invalid') === 'true',
      };
      expect(marked).to.deep.equal({ method: false, bank: false, account: false, holder: false, [part]: true });
    });
  }

  it('says each in English too', async () => {
    const { el } = await mount({ required: true, value: { ...TRANSFER, accountHolder: 'AN 2' } }, { lang: 'en' });
    expect(el.validationMessage).to.equal(en.t('error.payee.holderFormat'));
    el.reportValidity();
    await settled(el);
    expect(messageOf(el)).to.equal(`Error: ${en.t('error.payee.holderFormat')}`);
    expect(text(el.shadowRoot!.querySelector('label[for="method-bank"]'))).to.equal(en.t('field.payee.bank'));
    expect(el.reviewText).to.equal('Bank transfer: Vietcombank, account number 0123456789, account holder AN 2');
    el.value = null;
    expect(el.validationMessage).to.equal(en.t('error.payee.methodMissing'));
    await settled(el);
    await expect(el).to.be.accessible();
  });
});

describe('lt-payee-field — form association', () => {
  it('submits one entry per part under its name', async () => {
    const { el, form } = await mount({ value: { ...TRANSFER } });
    expect(submitted(form)).to.deep.equal(TRANSFER_ENTRIES);
    expect(el.validity.valid).to.equal(true);
    expect(el.form).to.equal(form);
    expect(bankInput(el).value).to.equal('Vietcombank');
  });

  it('is valueMissing when required and empty, and submits nothing', async () => {
    const { el, form } = await mount({ required: true });
    expect(el.validity.valueMissing).to.equal(true);
    expect(submitted(form)).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
    el.value = { method: 'post' };
    expect(form.checkValidity()).to.equal(true);
    el.required = false;
    el.value = null;
    expect(el.validity.valid, 'an optional field may stay empty').to.equal(true);
  });

  it('returns to its default value on form reset, typed text and search cleared', async () => {
    const { el, form } = await mount({ value: { ...TRANSFER } });
    account(el).select();
    account(el).focus();
    await sendKeys({ type: '999999' });
    bankBox(el)!.focus();
    await sendKeys({ press: 'Backspace' });
    await settled(el);
    expect(el.value).to.include({ bin: '', accountNumber: '999999' });
    form.reset();
    expect(el.value).to.deep.equal(TRANSFER);
    expect(submitted(form)).to.deep.equal(TRANSFER_ENTRIES);
    await settled(el);
    expect(bankInput(el).value).to.equal('Vietcombank');
    expect(account(el).value).to.equal('0123456789');
    expect(messageOf(el)).to.equal(null);

    const empty = await mount();
    radio(empty.el, 'bank').click();
    await settled(empty.el);
    empty.form.reset();
    await settled(empty.el);
    expect(empty.el.value).to.equal(null);
    expect(radio(empty.el, 'bank').checked).to.equal(false);
    expect(bankBox(empty.el)).to.equal(null);
  });

  it('is left out of the form when disabled, itself or by a fieldset', async () => {
    const { el, form, fieldset } = await mount({ value: { ...TRANSFER }, required: true });
    const controls = () => [...el.shadowRoot!.querySelectorAll('input'), bankInput(el)];
    el.disabled = true;
    await settled(el);
    expect(submitted(form)).to.deep.equal([]);
    expect(el.willValidate).to.equal(false);
    expect(controls().every((control) => control.disabled)).to.equal(true);
    el.disabled = false;
    fieldset.disabled = true;
    await settled(el);
    expect(submitted(form)).to.deep.equal([]);
    expect(controls().every((control) => control.disabled)).to.equal(true);
    fieldset.disabled = false;
    await settled(el);
    expect(submitted(form)).to.deep.equal(TRANSFER_ENTRIES);
    expect(controls().some((control) => control.disabled)).to.equal(false);
  });

  it('is submitted and not changed when read-only', async () => {
    const { el, form } = await mount({ value: { ...TRANSFER }, readonly: true });
    radio(el, 'post').click();
    account(el).focus();
    await sendKeys({ type: '1' });
    await settled(el);
    expect(el.value).to.deep.equal(TRANSFER);
    expect(radio(el, 'bank').checked).to.equal(true);
    expect(submitted(form)).to.deep.equal(TRANSFER_ENTRIES);
  });

  it('restores its value from the saved form state, and ignores a broken one', async () => {
    const { el, form } = await mount();
    el.formStateRestoreCallback(JSON.stringify(TRANSFER));
    expect(el.value).to.deep.equal(TRANSFER);
    expect(submitted(form)).to.deep.equal(TRANSFER_ENTRIES);
    el.formStateRestoreCallback('{not json');
    expect(el.value).to.equal(null);
  });

  it('fires no events for programmatic changes', async () => {
    const { el, form } = await mount();
    const counts = countEvents(el);
    el.value = { ...TRANSFER };
    await settled(el);
    form.reset();
    await settled(el);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('offers a bank the portal added through `banks`', async () => {
    const added: Bank = { bin: '970999', code: 'HTB', shortName: 'HoaTamBank', name: 'Ngân hàng TMCP Hòa Tâm', kind: 'bank' };
    const { el } = await mount({ value: { ...TRANSFER, bin: '970999', bankName: '', bankShortName: '' } });
    expect(el.validationMessage).to.equal(vi.t('error.bank.unknown'));
    el.banks = [...(await loadBanks()), added];
    expect(el.validity.valid).to.equal(true);
    await settled(el);
    expect(bankInput(el).value).to.equal('HoaTamBank');
  });

  it('never throws on a value that is not a payee', async () => {
    const { el } = await mount({ required: true });
    for (const bad of [42, 'bank', ['post'], Symbol('x'), { method: 'bank', bin: 7, accountNumber: null }, undefined, null]) {
      el.value = bad as unknown as PayeeValue;
      await settled(el);
      expect(el.value).to.equal(bad);
      expect(typeof el.validity.valid).to.equal('boolean');
      expect(typeof el.reviewText).to.equal('string');
    }
  });
});
