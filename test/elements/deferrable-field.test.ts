/**
 * <lt-deferrable-field> driven the way a person drives it: real keystrokes (`sendKeys`) on the two radios (Space,
 * the arrow keys), in the boxes and on the lookup's buttons; and as a form control in a plain `<form>`.
 *
 * The shared form-field contract runs here, with the social-insurance number as its sample and this field's
 * wording: every message a notice ("Lưu ý: …"), a missing answer asked for with both ways to give it. The
 * cases below add what makes a notice a notice (no red, its own class).
 */
import { aTimeout, expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/deferrable-field/deferrable-field.js';
import type { DeferrableLookup, DeferrableValue, LtDeferrableField } from '../../src/elements/deferrable-field/deferrable-field.js';
import type { LtFormField } from '../../src/elements/shared/form-field.js';
import { defaultLocalizer, defaultStringsPending } from '../../src/i18n/i18n.js';
import { controlsOf, countEvents, messageOf, mountField, runFormFieldContract } from './support/form-field-contract.js';

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** A social-insurance number, as kept (10 digits). */
const SI = '0123456789';
const RED = 'rgb(212, 53, 28)';
const NOTICE_BLUE = 'rgb(29, 112, 184)';

/** How the wizard sets the field up for the deceased's social-insurance number. */
const SOCIAL_INSURANCE = {
  inputmode: 'numeric',
  maxlength: 10,
  pattern: '\\d{10}',
  patternCode: 'socialInsurance.format',
} as const;

before(async () => {
  await defaultStringsPending();
});

// ---------------------------------------------------------------------------------------------------------
// The shared contract

const setupSocialInsurance = (el: LtFormField<DeferrableValue>): void => {
  Object.assign(el, SOCIAL_INSURANCE);
};

// Nothing is chosen at first: focus lands on "Nhập ngay", Space chooses it, Tab reaches the box it reveals.
// Messages are notices ("Lưu ý: …"), and an empty required answer asks for either way to give it.
runFormFieldContract<DeferrableValue>('lt-deferrable-field', {
  valid: SI,
  keys: [{ press: 'Space' }, { press: 'Tab' }, { type: '0123 456 789' }],
  setup: setupSocialInsurance,
  messages: { prefixKey: 'field.noticePrefix', requiredCode: 'deferrable.required' },
});

describe('lt-deferrable-field — the contract, as notices', () => {
  it('is valueMissing when required and empty, asks for either answer, and blocks the form', async () => {
    const { el, form } = await mountField<DeferrableValue>('lt-deferrable-field', { valid: SI, setup: setupSocialInsurance }, { required: true });
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Hãy nhập, hoặc chọn “Bổ sung sau”.');
    expect(form.checkValidity()).to.equal(false);
    el.value = SI;
    expect(form.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
    el.value = { deferred: true, reason: '' };
    expect(form.checkValidity()).to.equal(true);
  });

  it('is invalid with the `error` message and shows it at once, as a notice', async () => {
    const { el, form } = await mountField<DeferrableValue>('lt-deferrable-field', { valid: SI, setup: setupSocialInsurance }, { value: SI });
    el.error = 'Mã số này đã được khai cho người khác trong hồ sơ.';
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal(el.error);
    expect(form.checkValidity()).to.equal(false);
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lưu ý: ${el.error}`);
    expect(base(el).classList.contains('notice')).to.equal(true);
    expect(base(el).classList.contains('invalid')).to.equal(false);
    expect(base(el).getAttribute('aria-describedby')).to.equal('error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('error');
    el.error = '';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the notice after reportValidity() or the form’s invalid event, and hides it on reset', async () => {
    const { el, form } = await mountField<DeferrableValue>('lt-deferrable-field', { valid: SI, setup: setupSocialInsurance }, { required: true });
    expect(messageOf(el)).to.equal(null);
    expect(form.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(messageOf(el)).to.equal('Lưu ý: Hãy nhập, hoặc chọn “Bổ sung sau”.');
    form.reset();
    await el.updateComplete;
    expect(messageOf(el), 'reset hides it again').to.equal(null);
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(messageOf(el)).to.equal('Lưu ý: Hãy nhập, hoặc chọn “Bổ sung sau”.');
  });

  it('says its message and its two choices in the language of its ancestors', async () => {
    const { el } = await mountField<DeferrableValue>('lt-deferrable-field', { valid: SI, setup: setupSocialInsurance }, { required: true }, 'en');
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal('Note: Enter it, or choose “Provide it later”.');
    expect(text(label(el, 'now'))).to.equal('Enter it now');
    expect(text(label(el, 'later'))).to.equal('Provide it later');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(text(label(el, 'now'))).to.equal('Nhập ngay');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Mounting and reading

type Props = Partial<
  Pick<
    LtDeferrableField,
    'value' | 'required' | 'disabled' | 'readonly' | 'error' | 'lookup' | 'lookupTimeout' | 'laterNote' | 'inputLabel' | 'lookupLabel'
  >
>;

/**
 * `<lt-deferrable-field name="si">` for the deceased's social-insurance number, between a "Quay lại" and a
 * "Tiếp tục" button in a plain form, with `props` set before it is attached.
 */
async function mount(props: Props = {}, { lang }: { lang?: string } = {}) {
  const container = fixtureSync<HTMLElement>(
    html`<div>
      <form>
        <button type="button" id="back">Quay lại</button>
        <fieldset><legend>Người đã mất</legend></fieldset>
        <button type="button" id="next">Tiếp tục</button>
      </form>
    </div>`,
  );
  if (lang) container.setAttribute('lang', lang);
  const el = document.createElement('lt-deferrable-field');
  el.name = 'si';
  el.label = 'Mã số bảo hiểm xã hội của người đã mất';
  el.hint = '10 chữ số, in trên sổ bảo hiểm xã hội hoặc thẻ bảo hiểm y tế.';
  el.inputLabel = 'Mã số bảo hiểm xã hội';
  Object.assign(el, SOCIAL_INSURANCE, props);
  container.querySelector('fieldset')!.append(el);
  await el.updateComplete;
  return { el, form: container.querySelector('form')!, container };
}

/** Lets a lookup's promise settle and the element render what it says. */
async function settle(el: LtDeferrableField): Promise<void> {
  await aTimeout(0);
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const q = <T extends Element = HTMLElement>(el: LtDeferrableField, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
const base = (el: LtFormField<DeferrableValue>) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const radio = (el: LtDeferrableField, mode: 'now' | 'later') => q<HTMLInputElement>(el, `#mode-${mode}`)!;
const label = (el: LtFormField<DeferrableValue>, mode: 'now' | 'later') => el.shadowRoot!.querySelector(`label[for="mode-${mode}"]`);
const input = (el: LtFormField<DeferrableValue>) => el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
const reason = (el: LtDeferrableField) => q<HTMLInputElement>(el, '#reason')!;
const lookupButton = (el: LtDeferrableField) => q<HTMLButtonElement>(el, '#lookup');
const useButton = (el: LtDeferrableField) => q<HTMLButtonElement>(el, '#use');
const status = (el: LtDeferrableField) => q(el, '[role="status"]');
const focused = (el: LtDeferrableField) => el.shadowRoot!.activeElement;
const entries = (form: HTMLFormElement) =>
  [...new FormData(form)].filter(([key]) => key.startsWith('si')).map(([key, value]) => [key, String(value)]);

/** A lookup that resolves when the test says so, and remembers the signals it was given. */
function controlledLookup() {
  const signals: AbortSignal[] = [];
  let settleWith: (value: unknown) => void = () => {};
  const lookup: DeferrableLookup = (signal) => {
    signals.push(signal);
    return new Promise((resolve) => (settleWith = resolve));
  };
  return { lookup, signals, resolve: (value: unknown) => settleWith(value) };
}

/** Chooses "now" with the keyboard and leaves focus on the box. */
async function chooseNow(el: LtDeferrableField): Promise<void> {
  el.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  await sendKeys({ press: 'Tab' });
}

/** Shift+Tab, back to the previous control. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Every colour an element of the shadow root is drawn with: text and the four borders. */
function coloursIn(el: LtDeferrableField): Set<string> {
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
  const colours = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const style = getComputedStyle(node);
    colours.add(style.color);
    colours.add(style.fill);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      if (style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none') colours.add(style[`border${side}Color`]);
    }
  }
  return colours;
}

// ---------------------------------------------------------------------------------------------------------

describe('lt-deferrable-field — accessibility', () => {
  it('passes axe empty, now with a notice, later, with a value found, and after a failed lookup', async () => {
    const found = controlledLookup();
    const { el } = await mount({ required: true, lookup: found.lookup });
    await expect(el).to.be.accessible();

    el.value = '12345';
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lưu ý: ${vi.t('error.socialInsurance.format')}`);
    await expect(el).to.be.accessible();

    el.value = { deferred: true, reason: 'Chưa tìm thấy sổ bảo hiểm xã hội' };
    await el.updateComplete;
    expect(radio(el, 'later').checked).to.equal(true);
    await expect(el).to.be.accessible();

    el.value = '';
    el.value = SI;
    await el.updateComplete;
    lookupButton(el)!.click();
    found.resolve('0123456789');
    await settle(el);
    expect(useButton(el)).to.not.equal(null);
    await expect(el).to.be.accessible();

    el.lookup = () => Promise.reject(new Error('offline'));
    await el.updateComplete;
    lookupButton(el)!.click();
    await settle(el);
    expect(text(status(el))).to.equal(vi.t('field.deferrable.failed', { later: 'Bổ sung sau' }));
    await expect(el).to.be.accessible();
  });

  it('is a fieldset with the question as legend, two labelled radios, none checked at first', async () => {
    const { el } = await mount({ required: true });
    expect(base(el).tagName).to.equal('FIELDSET');
    expect(text(q(el, 'fieldset > legend'))).to.equal('Mã số bảo hiểm xã hội của người đã mất');
    expect(base(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(text(label(el, 'now'))).to.equal('Nhập ngay');
    expect(text(label(el, 'later'))).to.equal('Bổ sung sau');
    expect([radio(el, 'now').checked, radio(el, 'later').checked]).to.deep.equal([false, false]);
    expect(q(el, '#input'), 'no box before "now" is chosen').to.equal(null);
    expect(q(el, '#reason')).to.equal(null);
    // 24px targets at least; each radio's whole row is its label.
    expect(radio(el, 'now').getBoundingClientRect().width).to.be.at.least(24);
    expect(label(el, 'later')!.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('labels the box with `input-label` and marks the radio that reveals it', async () => {
    const { el } = await mount({ value: SI });
    expect(radio(el, 'now').checked).to.equal(true);
    expect(radio(el, 'now').getAttribute('aria-controls')).to.equal('now-details');
    expect(text(q(el, 'label[for="input"]'))).to.equal('Mã số bảo hiểm xã hội');
    expect(input(el).getAttribute('inputmode')).to.equal('numeric');
    expect(input(el).value).to.equal(SI);
  });
});

describe('lt-deferrable-field — typing now', () => {
  it('takes the number typed with real keys, without the spaces, dots and dashes between groups', async () => {
    const { el, form } = await mount({ required: true });
    const counts = countEvents(el);
    await chooseNow(el);
    expect(radio(el, 'now').checked).to.equal(true);
    expect(focused(el)).to.equal(input(el));
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    await sendKeys({ type: '0123.456-789' });
    expect(el.value).to.equal(SI);
    expect(input(el).value, 'the box keeps what was typed').to.equal('0123.456-789');
    expect(counts.input).to.equal(1 + 12);
    expect(entries(form)).to.deep.equal([['si', SI]]);
    expect(el.validity.valid).to.equal(true);
  });

  it('normalises full-width digits and trims, and drops separators only when numeric', async () => {
    const { el } = await mount();
    await chooseNow(el);
    await sendKeys({ type: ' ０１２３ ４５６ ７８９ ' });
    expect(el.value).to.equal(SI);
    el.inputmode = 'text';
    el.pattern = '';
    el.value = '';
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: ' AB 12-3 ' });
    expect(el.value).to.equal('AB 12-3');
  });

  it('shows a wrong format as a calm notice once the box is left, never in red', async () => {
    const { el } = await mount({ required: true });
    const counts = countEvents(el);
    await chooseNow(el);
    await sendKeys({ type: '01234' });
    await el.updateComplete;
    expect(el.validity.patternMismatch).to.equal(true);
    expect(messageOf(el), 'not while typing').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(counts.change).to.equal(2);
    expect(messageOf(el)).to.equal(`Lưu ý: ${vi.t('error.socialInsurance.format')}`);
    expect(base(el).classList.contains('notice')).to.equal(true);
    expect(base(el).classList.contains('invalid')).to.equal(false);
    expect(q(el, '.error'), 'no error-styled message').to.equal(null);
    expect(q(el, '.error-icon')).to.equal(null);
    expect(q(el, '.notice-icon')).to.not.equal(null);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('error');
    // The border colour eases in: end the transition to read where it lands.
    for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
    expect(getComputedStyle(q(el, '#error')!).color).to.equal(NOTICE_BLUE);
    expect(getComputedStyle(input(el)).borderInlineStartColor).to.equal(NOTICE_BLUE);
    expect([...coloursIn(el)]).to.not.include(RED);
  });

  it('says a number that is too long before its format', async () => {
    const { el } = await mount();
    await chooseNow(el);
    await sendKeys({ type: '01234567890' });
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.text.tooLong', { max: 10 }));
    el.maxlength = 20;
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.socialInsurance.format'));
  });

  it('reports its own code for a broken pattern as nothing, and `invalid` by default', async () => {
    const { el } = await mount({ value: 'abc' });
    el.pattern = '(';
    expect(el.validity.valid, 'a pattern that cannot compile checks nothing').to.equal(true);
    el.pattern = '\\d+';
    el.patternCode = '';
    expect(el.validationMessage).to.equal(vi.t('error.invalid'));
  });

  it('asks for either answer when nothing is chosen, on the radios, as a notice', async () => {
    const { el, form } = await mount({ required: true });
    form.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal('Lưu ý: Hãy nhập, hoặc chọn “Bổ sung sau”.');
    expect(radio(el, 'now').getAttribute('aria-invalid')).to.equal('true');
    expect(radio(el, 'later').getAttribute('aria-invalid')).to.equal('true');
    expect(base(el).getAttribute('aria-describedby')).to.equal('hint error');
    expect([...coloursIn(el)]).to.not.include(RED);
  });
});

describe('lt-deferrable-field — providing it later', () => {
  it('takes "later" with a reason, trimmed when the box is left, and submits both entries', async () => {
    const { el, form } = await mount({ required: true });
    const counts = countEvents(el);
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'later').checked).to.equal(true);
    expect(el.value).to.deep.equal({ deferred: true, reason: '' });
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect(text(q(el, '[part="later-note"]'))).to.equal(vi.t('field.deferrable.laterNote'));
    expect(text(q(el, 'label[for="reason"]'))).to.equal('Lý do (nếu muốn)');
    expect(reason(el).getAttribute('aria-describedby')).to.equal('later-note reason-hint');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(reason(el));
    await sendKeys({ type: ' Chưa tìm thấy sổ ' });
    expect(counts.input).to.be.greaterThan(10);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.deep.equal({ deferred: true, reason: 'Chưa tìm thấy sổ' });
    expect(reason(el).value).to.equal('Chưa tìm thấy sổ');
    expect(counts.change).to.equal(2);
    expect(entries(form)).to.deep.equal([
      ['si.deferred', 'true'],
      ['si.reason', 'Chưa tìm thấy sổ'],
    ]);
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
  });

  it('says a reason longer than 200 characters as a notice on the reason box', async () => {
    const { el } = await mount({ value: { deferred: true, reason: 'a'.repeat(201) } });
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal(vi.t('error.text.tooLong', { max: 200 }));
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal(`Lưu ý: ${vi.t('error.text.tooLong', { max: 200 })}`);
    expect(reason(el).getAttribute('aria-invalid')).to.equal('true');
    expect(reason(el).getAttribute('aria-describedby')).to.equal('later-note reason-hint error');
    el.value = { deferred: true, reason: 'a'.repeat(200) };
    expect(el.validity.valid).to.equal(true);
  });

  it('shows the host’s `later-note` instead of the default', async () => {
    const { el } = await mount({ value: { deferred: true, reason: '' }, laterNote: 'Trợ cấp mai táng sẽ chờ thông tin này.' });
    expect(text(q(el, '[part="later-note"]'))).to.equal('Trợ cấp mai táng sẽ chờ thông tin này.');
  });

  it('keeps what was typed when switching to later and back, and the reason the other way', async () => {
    const { el } = await mount();
    await chooseNow(el);
    await sendKeys({ type: '0123 456 789' });
    await shiftTab();
    expect(focused(el)).to.equal(radio(el, 'now'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.deep.equal({ deferred: true, reason: '' });
    expect(q(el, '#input')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Đang hỏi cơ quan bảo hiểm' });
    await shiftTab();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value).to.equal(SI);
    expect(input(el).value).to.equal('0123 456 789');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.deep.equal({ deferred: true, reason: 'Đang hỏi cơ quan bảo hiểm' });
    expect(reason(el).value).to.equal('Đang hỏi cơ quan bảo hiểm');
  });
});

describe('lt-deferrable-field — values from the host, reset and restore', () => {
  it('derives the mode from the value; an empty string keeps the current one', async () => {
    const { el } = await mount();
    el.value = { deferred: true, reason: 'Chưa có' };
    await el.updateComplete;
    expect(radio(el, 'later').checked).to.equal(true);
    expect(reason(el).value).to.equal('Chưa có');
    el.value = SI;
    await el.updateComplete;
    expect(radio(el, 'now').checked).to.equal(true);
    expect(input(el).value).to.equal(SI);
    el.value = '';
    await el.updateComplete;
    expect(radio(el, 'now').checked).to.equal(true);
    expect(input(el).value).to.equal('');
  });

  it('goes back to no choice on form reset', async () => {
    const { el, form } = await mount();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'later').checked).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect([radio(el, 'now').checked, radio(el, 'later').checked]).to.deep.equal([false, false]);
    expect(entries(form)).to.deep.equal([['si', '']]);
  });

  it('restores "later" from its saved state, and keeps anything else as text', async () => {
    const { el, form } = await mount();
    el.value = { deferred: true, reason: 'Chưa tìm thấy sổ' };
    const saved = JSON.stringify({ deferred: true, reason: 'Chưa tìm thấy sổ' });
    el.value = '';
    el.formStateRestoreCallback(saved);
    await el.updateComplete;
    expect(el.value).to.deep.equal({ deferred: true, reason: 'Chưa tìm thấy sổ' });
    expect(radio(el, 'later').checked).to.equal(true);
    expect(reason(el).value).to.equal('Chưa tìm thấy sổ');
    expect(entries(form)).to.deep.equal([
      ['si.deferred', 'true'],
      ['si.reason', 'Chưa tìm thấy sổ'],
    ]);
    for (const state of ['{not json', '{"deferred":"yes"}', '[1,2]']) {
      el.formStateRestoreCallback(state);
      expect(el.value).to.equal(state);
    }
    el.formStateRestoreCallback(SI);
    await el.updateComplete;
    expect(el.value).to.equal(SI);
    expect(radio(el, 'now').checked).to.equal(true);
  });

  it('moves focus() to the checked radio', async () => {
    const { el } = await mount({ value: { deferred: true, reason: '' } });
    el.focus();
    expect(focused(el)).to.equal(radio(el, 'later'));
  });

  it('disables the lookup’s buttons with the field', async () => {
    const { el } = await mount({ value: SI, lookup: async () => SI, disabled: true });
    expect(lookupButton(el)!.disabled).to.equal(true);
    expect(controlsOf(el).every((control) => control.matches(':disabled'))).to.equal(true);
  });

  it('ignores a radio chosen while read-only', async () => {
    const { el } = await mount({ value: SI, readonly: true });
    const counts = countEvents(el);
    radio(el, 'later').click();
    await el.updateComplete;
    expect(el.value).to.equal(SI);
    expect(radio(el, 'now').checked).to.equal(true);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });
});

describe('lt-deferrable-field — looking it up', () => {
  it('offers the lookup only under "now", and only with a hook', async () => {
    const { el } = await mount({ value: SI });
    expect(lookupButton(el)).to.equal(null);
    el.lookup = async () => SI;
    await el.updateComplete;
    expect(text(lookupButton(el))).to.equal('Tra cứu giúp tôi');
    expect(status(el)!.getAttribute('role')).to.equal('status');
    el.value = { deferred: true, reason: '' };
    await el.updateComplete;
    expect(lookupButton(el)).to.equal(null);
  });

  it('shows what it found and applies it only when the citizen presses “Use this”', async () => {
    const hook = controlledLookup();
    const { el, form } = await mount({ required: true, lookup: hook.lookup });
    await chooseNow(el);
    const counts = countEvents(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(lookupButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(hook.signals.length).to.equal(1);
    expect(text(status(el))).to.equal(vi.t('field.deferrable.searching'));
    hook.resolve('0123 456 789');
    await settle(el);
    expect(text(q(el, '[part="found"]'))).to.equal(SI);
    expect(text(status(el))).to.equal(`Đã tìm thấy: ${SI} Bạn xem lại giúp. Nếu đúng, hãy chọn “Dùng thông tin này”.`);
    // Never applied silently.
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
    expect(entries(form)).to.deep.equal([['si', '']]);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(useButton(el));
    expect(text(useButton(el))).to.equal('Dùng thông tin này');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.equal(SI);
    expect(input(el).value).to.equal(SI);
    expect(focused(el)).to.equal(input(el));
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect(useButton(el)).to.equal(null);
    expect(entries(form)).to.deep.equal([['si', SI]]);
  });

  it('says calmly when nothing is found, for null, undefined and an empty string', async () => {
    for (const nothingFound of [null, undefined, '', '   ']) {
      const { el } = await mount({ value: '', lookup: async () => nothingFound });
      await chooseNow(el);
      lookupButton(el)!.click();
      await settle(el);
      expect(text(status(el)), String(nothingFound)).to.equal(
        'Chưa tìm thấy thông tin này. Bạn có thể tự nhập, hoặc chọn “Bổ sung sau”.',
      );
      expect(useButton(el)).to.equal(null);
      expect(el.value).to.equal('');
    }
  });

  it('says it could not look it up when the hook rejects, throws, or answers with something else', async () => {
    const failing: DeferrableLookup[] = [
      () => Promise.reject(new Error('Cổng bảo hiểm không trả lời')),
      () => {
        throw new Error('synchronous');
      },
      async () => 42,
      async () => ({ code: SI }),
    ];
    for (const lookup of failing) {
      const { el } = await mount({ value: '0000000000', lookup });
      lookupButton(el)!.click();
      await settle(el);
      expect(text(status(el))).to.equal(
        'Hiện chưa tra cứu được. Bạn có thể tự nhập, hoặc chọn “Bổ sung sau” và bổ sung khi thuận tiện.',
      );
      expect(useButton(el)).to.equal(null);
      expect(el.value).to.equal('0000000000');
    }
  });

  it('gives up after `lookupTimeout` (20 s by default) and aborts the hook’s signal', async () => {
    const hook = controlledLookup();
    const { el } = await mount({ value: SI, lookup: hook.lookup });
    expect(el.lookupTimeout).to.equal(20_000);
    el.lookupTimeout = 30;
    lookupButton(el)!.click();
    await el.updateComplete;
    expect(text(status(el))).to.equal(vi.t('field.deferrable.searching'));
    await aTimeout(60);
    await el.updateComplete;
    expect(hook.signals[0]!.aborted).to.equal(true);
    expect((hook.signals[0]!.reason as DOMException).name).to.equal('TimeoutError');
    expect(text(status(el))).to.equal(vi.t('field.deferrable.failed', { later: 'Bổ sung sau' }));
    // A late answer changes nothing.
    hook.resolve(SI);
    await settle(el);
    expect(useButton(el)).to.equal(null);
  });

  it('aborts the lookup when the element is removed, and the previous one when asked again', async () => {
    const hook = controlledLookup();
    const { el } = await mount({ value: SI, lookup: hook.lookup });
    lookupButton(el)!.click();
    lookupButton(el)!.click();
    expect(hook.signals.length).to.equal(2);
    expect(hook.signals[0]!.aborted, 'the first, replaced').to.equal(true);
    expect(hook.signals[1]!.aborted).to.equal(false);
    el.remove();
    expect(hook.signals[1]!.aborted, 'removed from the page').to.equal(true);
    hook.resolve('9999999999');
    await settle(el);
    expect(el.value).to.equal(SI);
    expect(useButton(el)).to.equal(null);
  });

  it('forgets what was found when the hook changes', async () => {
    const { el } = await mount({ value: SI, lookup: async () => '1111111111' });
    lookupButton(el)!.click();
    await settle(el);
    expect(useButton(el)).to.not.equal(null);
    el.lookup = async () => '2222222222';
    await el.updateComplete;
    expect(useButton(el)).to.equal(null);
    expect(text(status(el))).to.equal('');
  });
});

describe('lt-deferrable-field — English', () => {
  it('speaks English under lang="en", lookup included', async () => {
    const { el } = await mount({ required: true, lookup: async () => null }, { lang: 'en' });
    expect(text(label(el, 'now'))).to.equal('Enter it now');
    expect(text(label(el, 'later'))).to.equal('Provide it later');
    el.value = { deferred: true, reason: '' };
    await el.updateComplete;
    expect(text(q(el, '[part="later-note"]'))).to.equal(en.t('field.deferrable.laterNote'));
    expect(text(q(el, 'label[for="reason"]'))).to.equal('Reason (if you wish)');
    radio(el, 'now').click();
    el.inputLabel = '';
    await el.updateComplete;
    expect(text(q(el, 'label[for="input"]'))).to.equal('Your answer');
    expect(text(lookupButton(el))).to.equal('Look it up for me');
    lookupButton(el)!.click();
    await settle(el);
    expect(text(status(el))).to.equal('We could not find it. You can type it yourself, or choose “Provide it later”.');
    el.reportValidity();
    await el.updateComplete;
    expect(messageOf(el)).to.equal('Note: Enter it, or choose “Provide it later”.');
  });
});

describe('lt-deferrable-field — keyboard only', () => {
  it('goes from the page into the field, looks the number up, uses it, changes to later and leaves', async () => {
    const hook = controlledLookup();
    const { el, container } = await mount({ required: true, lookup: hook.lookup });
    const back = container.querySelector<HTMLButtonElement>('#back')!;
    back.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab lands on the first radio').to.equal(radio(el, 'now'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(input(el));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(lookupButton(el));
    await sendKeys({ press: 'Enter' });
    hook.resolve('0123456789');
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(useButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(SI);
    expect(focused(el)).to.equal(input(el));
    // Changes their mind: back to the radios, "later", a reason, then on to "Tiếp tục".
    await shiftTab();
    expect(focused(el)).to.equal(radio(el, 'now'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(reason(el));
    await sendKeys({ type: 'Gia đình chưa tìm thấy sổ' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(container.querySelector('#next'));
    expect(el.value).to.deep.equal({ deferred: true, reason: 'Gia đình chưa tìm thấy sổ' });
    expect(el.validity.valid).to.equal(true);
    expect(messageOf(el)).to.equal(null);
  });
});
