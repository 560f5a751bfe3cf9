import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/email-field/email-field.js';
import type { LtEmailField } from '../../src/elements/email-field/email-field.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { controlsOf, runFormFieldContract } from './support/form-field-contract.js';

runFormFieldContract<string>('lt-email-field', { valid: 'an.nguyen@example.vn', invalid: 'an.nguyen@example' });

describe('lt-email-field', () => {
  it('is an email input with email autofill', async () => {
    const el = await fixture<LtEmailField>(html`<lt-email-field label="Email"></lt-email-field>`);
    const input = controlsOf(el)[0]!;
    expect(input.getAttribute('type')).to.equal('email');
    expect(input.getAttribute('autocomplete')).to.equal('email');
  });

  it('trims the address and reports a typing slip as typeMismatch', async () => {
    const el = await fixture<LtEmailField>(html`<lt-email-field label="Email"></lt-email-field>`);
    el.focus();
    await sendKeys({ type: ' an@example.vn ' });
    expect(el.value).to.equal('an@example.vn');
    expect(el.validity.valid).to.equal(true);
    el.value = 'an@@example.vn';
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.equal(defaultLocalizer('vi').t('error.email.format'));
  });
});
