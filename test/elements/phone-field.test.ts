import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/phone-field/phone-field.js';
import type { LtPhoneField } from '../../src/elements/phone-field/phone-field.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { controlsOf, runFormFieldContract } from './support/form-field-contract.js';

runFormFieldContract<string>('lt-phone-field', { valid: '0912345678', invalid: '024 3825' });

describe('lt-phone-field', () => {
  it('is a tel input with phone autofill', async () => {
    const el = await fixture<LtPhoneField>(html`<lt-phone-field label="Số điện thoại"></lt-phone-field>`);
    const input = controlsOf(el)[0]!;
    expect(input.getAttribute('type')).to.equal('tel');
    expect(input.getAttribute('autocomplete')).to.equal('tel');
  });

  it('turns "+84 912 345 678" into 0912345678 and keeps what was typed in the box', async () => {
    const form = fixtureSync<HTMLFormElement>(html`<form><lt-phone-field name="phone" label="Số điện thoại"></lt-phone-field></form>`);
    const el = form.querySelector('lt-phone-field')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ type: '+84 912 345 678' });
    expect(el.value).to.equal('0912345678');
    expect((controlsOf(el)[0] as HTMLInputElement).value).to.equal('+84 912 345 678');
    expect(new FormData(form).get('phone')).to.equal('0912345678');
    expect(el.validity.valid).to.equal(true);
  });

  it('shows a value set by the host', async () => {
    const el = await fixture<LtPhoneField>(html`<lt-phone-field label="Số điện thoại"></lt-phone-field>`);
    el.value = '0987654321';
    await el.updateComplete;
    expect((controlsOf(el)[0] as HTMLInputElement).value).to.equal('0987654321');
  });

  it('refuses a landline with the phone message', async () => {
    const el = await fixture<LtPhoneField>(html`<lt-phone-field label="Số điện thoại" value="0243825123"></lt-phone-field>`);
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.equal(defaultLocalizer('vi').t('error.phone.format'));
  });
});
