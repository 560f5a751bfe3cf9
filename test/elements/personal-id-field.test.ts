import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/personal-id-field/personal-id-field.js';
import type { LtPersonalIdField } from '../../src/elements/personal-id-field/personal-id-field.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { controlsOf, messageOf, runFormFieldContract } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
/** Hà Nội (001), a man born in the 2000s (2), in 2024. */
const ID = '001224000123';

runFormFieldContract<string>('lt-personal-id-field', { valid: ID, invalid: '00122400012' });

describe('lt-personal-id-field', () => {
  it('asks for digits and accepts spaces while typing', async () => {
    const el = await fixture<LtPersonalIdField>(html`<lt-personal-id-field label="Số định danh cá nhân"></lt-personal-id-field>`);
    const input = controlsOf(el)[0] as HTMLInputElement;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    el.focus();
    await sendKeys({ type: '001 2 24 000123' });
    expect(el.value).to.equal(ID);
    expect(input.value).to.equal('001 2 24 000123');
    expect(el.validity.valid).to.equal(true);
  });

  it('is invalid when the number disagrees with the birth year', async () => {
    const el = await fixture<LtPersonalIdField>(
      html`<lt-personal-id-field label="Số định danh cá nhân" birth-date="2023-05-01" .value=${ID}></lt-personal-id-field>`,
    );
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage).to.equal(vi.t('error.personalId.birthYear', { idYear: 2024, declaredYear: 2023 }));
    el.birthDate = '2024';
    expect(el.validity.valid).to.equal(true);
  });

  it('is invalid when the number disagrees with the sex, and says so once shown', async () => {
    const el = await fixture<LtPersonalIdField>(
      html`<lt-personal-id-field label="Số định danh cá nhân" sex="female" .value=${ID}></lt-personal-id-field>`,
    );
    expect(el.validity.customError).to.equal(true);
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.personalId.sex')}`);
    el.sex = 'male';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
  });
});
