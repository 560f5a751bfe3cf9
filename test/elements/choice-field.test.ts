import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/choice-field/choice-field.js';
import type { ChoiceOption, LtChoiceField } from '../../src/elements/choice-field/choice-field.js';
import type { LtFormField } from '../../src/elements/shared/form-field.js';
import { defaultLocalizer } from '../../src/i18n/i18n.js';
import { controlsOf, countEvents, messageOf, runFormFieldContract } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
const OPTIONS: ChoiceOption[] = [
  { value: 'married', label: 'Đã đăng ký kết hôn' },
  { value: 'unmarried', label: 'Chưa đăng ký kết hôn', hint: 'Cha, mẹ chưa có giấy chứng nhận kết hôn' },
  { value: 'unknown', label: 'Không rõ' },
];
const setup =
  (extra: Partial<LtChoiceField> = {}) =>
  (el: LtFormField<string | string[]>): void => {
    Object.assign(el, { options: OPTIONS, ...extra });
  };

// Radios: from nothing checked, focus lands on the first radio and ArrowDown moves to and checks the second.
runFormFieldContract<string | string[]>('lt-choice-field', {
  variant: 'radios',
  valid: 'unmarried',
  keys: [{ press: 'ArrowDown' }],
  setup: setup(),
});

runFormFieldContract<string | string[]>('lt-choice-field', {
  variant: 'checkboxes',
  valid: ['married', 'unknown'],
  entries: ['married', 'unknown'],
  state: JSON.stringify(['married', 'unknown']),
  keys: [{ press: 'Space' }, { press: 'Tab' }, { press: 'Tab' }, { press: 'Space' }],
  setup: setup({ multiple: true }),
});

runFormFieldContract<string | string[]>('lt-choice-field', {
  variant: 'select',
  valid: 'married',
  keys: [{ press: 'ArrowDown' }],
  setup: setup({ appearance: 'select' }),
});

const radios = (el: LtChoiceField): HTMLInputElement[] => controlsOf(el) as HTMLInputElement[];

describe('lt-choice-field', () => {
  it('moves between radios with the arrow keys, firing input and change', async () => {
    const el = await fixture<LtChoiceField>(
      html`<lt-choice-field label="Tình trạng hôn nhân của cha mẹ" .options=${OPTIONS} value="married"></lt-choice-field>`,
    );
    const counts = countEvents(el);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('unknown');
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('unmarried');
    expect(counts.input).to.equal(3);
    expect(counts.change).to.equal(3);
    // One tab stop for the group, as native radios.
    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, true, false]);
  });

  it('puts radios in a fieldset with the label as legend and ties each hint to its radio', async () => {
    const el = await fixture<LtChoiceField>(html`<lt-choice-field label="Tình trạng" .options=${OPTIONS}></lt-choice-field>`);
    expect(el.shadowRoot!.querySelector('fieldset > legend')!.textContent).to.contain('Tình trạng');
    const second = radios(el)[1]!;
    expect(second.type).to.equal('radio');
    const hint = el.shadowRoot!.getElementById(second.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal(OPTIONS[1]!.hint);
    // The whole row is the target: far more than 24px tall.
    expect(el.shadowRoot!.querySelector('.option-label')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(second.getBoundingClientRect().width).to.be.at.least(24);
  });

  it('picks several answers as checkboxes and submits one entry each', async () => {
    const form = document.createElement('form');
    const el = document.createElement('lt-choice-field');
    Object.assign(el, { name: 'procedures', label: 'Thủ tục', multiple: true, options: OPTIONS });
    form.append(el);
    fixtureSync<HTMLDivElement>(html`<div></div>`).append(form);
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    el.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(el.value).to.deep.equal(['married', 'unmarried']);
    expect(new FormData(form).getAll('procedures')).to.deep.equal(['married', 'unmarried']);
    expect(radios(el).every((box) => box.type === 'checkbox')).to.equal(true);
  });

  it('offers a select with a placeholder', async () => {
    const el = await fixture<LtChoiceField>(
      html`<lt-choice-field label="Dân tộc" appearance="select" .options=${OPTIONS}></lt-choice-field>`,
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.id).to.equal('input');
    expect(el.shadowRoot!.querySelector('label[for="input"]')).to.not.equal(null);
    expect(select.options[0]!.textContent).to.equal('— Chọn —');
    expect(select.value).to.equal('');
    el.value = 'unknown';
    await el.updateComplete;
    expect(select.value).to.equal('unknown');
  });

  it('keeps a value that is not an option and is invalid with the choice message', async () => {
    const el = await fixture<LtChoiceField>(
      html`<lt-choice-field label="Tình trạng" .options=${OPTIONS} value="divorced"></lt-choice-field>`,
    );
    expect(el.value).to.equal('divorced');
    expect(el.validity.badInput).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.choice'));
    expect(radios(el).some((radio) => radio.checked)).to.equal(false);
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lỗi: ${vi.t('error.choice')}`);
  });

  it('renders hostile label and option text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await fixture<LtChoiceField>(
      html`<lt-choice-field label=${hostile} .options=${[{ value: 'x', label: hostile, hint: hostile }]}></lt-choice-field>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.option-label')!.textContent).to.equal(hostile);
    await expect(el).to.be.accessible();
  });

  it('does not change when read-only', async () => {
    const el = await fixture<LtChoiceField>(
      html`<lt-choice-field label="Tình trạng" readonly .options=${OPTIONS} value="married"></lt-choice-field>`,
    );
    const counts = countEvents(el);
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('married');
    expect(radios(el).map((radio) => radio.checked)).to.deep.equal([true, false, false]);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('tolerates options that are not a list', async () => {
    const el = await fixture<LtChoiceField>(html`<lt-choice-field label="Tình trạng" value="a"></lt-choice-field>`);
    el.options = null as unknown as ChoiceOption[];
    await el.updateComplete;
    expect(el.validity.badInput).to.equal(true);
  });
});
