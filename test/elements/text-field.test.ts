import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/text-field/text-field.js';
import type { LtTextField } from '../../src/elements/text-field/text-field.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { controlsOf, messageOf, runFormFieldContract } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');

runFormFieldContract<string>('lt-text-field', {
  valid: 'Hà Nội',
  invalid: 'ab',
  setup: (el) => ((el as LtTextField).minlength = 3),
});

describe('lt-text-field', () => {
  it('submits its form on Enter, like a native text box, with the typed value', async () => {
    const form = fixtureSync<HTMLFormElement>(html`<form><lt-text-field name="town" label="Quê quán"></lt-text-field></form>`);
    const el = form.querySelector('lt-text-field')!;
    await el.updateComplete;
    let submitted: string | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = String(new FormData(form).get('town'));
    });
    controlsOf(el)[0]!.focus();
    await sendKeys({ type: 'Hà Nội' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal('Hà Nội');
  });

  it('renders a hostile label and hint as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<LtTextField>(html`<lt-text-field label=${hostile} hint=${hostile}></lt-text-field>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#label')!.textContent).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal(hostile);
    await expect(el).to.be.accessible();
  });

  it('ties hint and message to the input', async () => {
    const el = await fixture<LtTextField>(html`<lt-text-field label="Nơi sinh" hint="Ghi theo giấy chứng sinh"></lt-text-field>`);
    const input = controlsOf(el)[0]!;
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    el.error = 'Vui lòng nhập nơi sinh.';
    await el.updateComplete;
    expect(input.getAttribute('aria-describedby')).to.equal('hint error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // The message is never colour alone: a warning sign and a (visually hidden) "Lỗi:" come before it.
    expect(el.shadowRoot!.querySelector('#error .error-icon')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('#error .visually-hidden')!.textContent!.trim()).to.equal('Lỗi:');
  });

  it('takes its value and default from the attribute', async () => {
    const form = fixtureSync<HTMLFormElement>(
      html`<form><lt-text-field name="place" label="Nơi sinh" value="Huế"></lt-text-field></form>`,
    );
    const el = form.querySelector('lt-text-field')!;
    await el.updateComplete;
    expect(el.value).to.equal('Huế');
    expect((controlsOf(el)[0] as HTMLInputElement).value).to.equal('Huế');
    el.value = 'Đà Nẵng';
    form.reset();
    expect(el.value).to.equal('Huế');
  });

  it('keeps the value in NFC', async () => {
    const el = await fixture<LtTextField>(html`<lt-text-field label="Tên"></lt-text-field>`);
    const input = controlsOf(el)[0] as HTMLInputElement;
    input.value = 'Nguye\u0302\u0303n';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.value).to.equal('Nguyễn');
    expect(el.value).to.equal(el.value.normalize('NFC'));
  });

  it('tidies a name when the citizen leaves it, and checks its characters', async () => {
    const el = await fixture<LtTextField>(html`<lt-text-field label="Họ và tên" kind="name"></lt-text-field>`);
    const input = controlsOf(el)[0] as HTMLInputElement;
    expect(input.getAttribute('spellcheck')).to.equal('false');
    let changed = '';
    el.addEventListener('change', () => (changed = el.value));
    el.focus();
    await sendKeys({ type: '  Nguyễn   Văn  An ' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(changed).to.equal('Nguyễn Văn An');
    expect(input.value).to.equal('Nguyễn Văn An');
    el.value = 'An 3';
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.name.characters'));
  });

  it('checks the length without cutting the text off', async () => {
    const el = await fixture<LtTextField>(html`<lt-text-field label="Ghi chú" maxlength="5"></lt-text-field>`);
    el.focus();
    await sendKeys({ type: 'abcdefg' });
    expect(el.value).to.equal('abcdefg');
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.text.tooLong', { max: 5 }));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(messageOf(el)).to.contain(vi.t('error.text.tooLong', { max: 5 }));
  });

  it('passes autocomplete and inputmode to the input', async () => {
    const el = await fixture<LtTextField>(
      html`<lt-text-field label="Tỉnh" autocomplete="address-level1" inputmode="text" spellcheck="true"></lt-text-field>`,
    );
    const input = controlsOf(el)[0]!;
    expect(input.getAttribute('autocomplete')).to.equal('address-level1');
    expect(input.getAttribute('inputmode')).to.equal('text');
    expect(input.getAttribute('spellcheck')).to.equal('true');
  });
});
