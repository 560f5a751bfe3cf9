import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/date-field/date-field.js';
import type { LtDateField } from '../../src/elements/date-field/date-field.js';
import { formatDate, todayIso } from '../../src/core/rules/index.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { controlsOf, messageOf, runFormFieldContract, typeText } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');

runFormFieldContract<string>('lt-date-field', {
  valid: '2024-02-29',
  invalid: '31\t02\t2024',
  keys: [{ type: '29' }, { press: 'Tab' }, { type: '02' }, { press: 'Tab' }, { type: '2024' }],
});

/** The three boxes' contents. */
const boxes = (el: LtDateField): string[] => controlsOf(el).map((input) => (input as HTMLInputElement).value);
const invalidBoxes = (el: LtDateField): string[] =>
  controlsOf(el).filter((input) => input.getAttribute('aria-invalid') === 'true').map((input) => input.id);

describe('lt-date-field', () => {
  it('has three numeric boxes labelled day, month, year in a fieldset', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh" autocomplete="bday"></lt-date-field>`);
    const legend = el.shadowRoot!.querySelector('fieldset > legend')!;
    expect(legend.textContent).to.contain('Ngày sinh');
    const labels = [...el.shadowRoot!.querySelectorAll('.part-label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    expect(controlsOf(el).map((input) => input.getAttribute('inputmode'))).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect(controlsOf(el).map((input) => input.getAttribute('autocomplete'))).to.deep.equal([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
  });

  it('labels the boxes in English under lang="en"', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field lang="en" label="Date of birth"></lt-date-field>`);
    const labels = [...el.shadowRoot!.querySelectorAll('.part-label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Day', 'Month', 'Year']);
  });

  it('refuses 31/02 as badInput, keeps the boxes and marks all three', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh"></lt-date-field>`);
    el.focus();
    await typeText('31\t02\t2024');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.validity.badInput).to.equal(true);
    expect(boxes(el)).to.deep.equal(['31', '02', '2024']);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.date.invalid')}`);
    expect(invalidBoxes(el)).to.deep.equal(['day', 'month', 'year']);
  });

  it('keeps a partial date, is badInput and marks the missing box', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh" required></lt-date-field>`);
    el.focus();
    await sendKeys({ type: '12' });
    // Moving to the month box is not leaving the field: no message yet.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(messageOf(el)).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.validity.badInput).to.equal(true);
    expect(el.validity.valueMissing).to.equal(false);
    expect(boxes(el)).to.deep.equal(['12', '', '']);
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.date.incomplete', { missing: 'month' })}`);
    expect(invalidBoxes(el)).to.deep.equal(['month']);
    // The error summary's link lands on the box to fix.
    el.focus();
    expect(el.shadowRoot!.activeElement!.id).to.equal('day');
  });

  it('fills the boxes when value is set, and empties them when cleared', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh" value="2020-07-05"></lt-date-field>`);
    expect(boxes(el)).to.deep.equal(['05', '07', '2020']);
    el.value = '';
    await el.updateComplete;
    expect(boxes(el)).to.deep.equal(['', '', '']);
  });

  it('keeps a malformed value from the host and is invalid', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh" value="05/07/2020"></lt-date-field>`);
    expect(el.value).to.equal('05/07/2020');
    expect(el.validity.badInput).to.equal(true);
  });

  it('checks max="today"', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh" max="today"></lt-date-field>`);
    el.value = '2149-01-01';
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.date.future', { max: formatDate(todayIso()) }));
    el.value = todayIso();
    expect(el.validity.valid).to.equal(true);
  });

  it('checks min', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày mất" min="2025-01-01"></lt-date-field>`);
    el.value = '2024-12-31';
    expect(el.validity.rangeUnderflow).to.equal(true);
  });

  it('restores half-typed boxes after a reload', async () => {
    const el = await fixture<LtDateField>(html`<lt-date-field label="Ngày sinh"></lt-date-field>`);
    el.formStateRestoreCallback(JSON.stringify({ day: '12', month: '', year: '20' }));
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(boxes(el)).to.deep.equal(['12', '', '20']);
    expect(el.validity.badInput).to.equal(true);
  });
});
