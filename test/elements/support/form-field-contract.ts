/**
 * The contract every form-associated `lt-` field keeps, run by each field's own test file: it must behave
 * like a native control inside a plain `<form>` (value, validity, reset, disabled, restore, events) and be
 * accessible, whether or not the wizard is around it.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultLocalizer } from '../../../src/i18n/i18n.js';
import type { LtFormField } from '../../../src/elements/shared/form-field.js';

type Keys = Parameters<typeof sendKeys>[0];

export interface FieldSample<V> {
  /** Names the variant when a field runs the contract more than once (radios, select…). */
  variant?: string;
  /** A valid value, set as `value`. */
  valid: V;
  /** Text a citizen types that the field rejects (`\t` moves to the next box); omit where nothing is typed. */
  invalid?: string;
  /** Keys that give `valid` when pressed in the focused field; by default `String(valid)` is typed (`typeText`). */
  keys?: Keys[];
  /** The entries `valid` gives in FormData; by default `[String(valid)]`. */
  entries?: string[];
  /** A state as the browser hands it back to `formStateRestoreCallback`, restoring `valid`; by default `String(valid)`. */
  state?: string;
  /** Prepares each element before it is attached (options, …). */
  setup?: (el: LtFormField<V>) => void;
  /**
   * How the field words its messages, when not as errors: the key of the hidden prefix (`field.noticePrefix`
   * for a field that speaks in notices) and the code of an empty required answer. Defaults: `field.errorPrefix`,
   * `required`.
   */
  messages?: { prefixKey?: string; requiredCode?: string };
}

export interface Mounted<V> {
  el: LtFormField<V>;
  form: HTMLFormElement;
  fieldset: HTMLFieldSetElement;
  container: HTMLElement;
}

/** Creates the element, applies `init` while it is still detached, then attaches it inside a form. */
export async function mountField<V>(
  tag: string,
  sample: FieldSample<V>,
  init: Partial<Pick<LtFormField<V>, 'value' | 'required' | 'disabled' | 'error'>> = {},
  lang?: string,
): Promise<Mounted<V>> {
  // fixtureSync: `fixture` waits a frame for non-Lit roots, and a page in a background tab (the runner's
  // concurrency) gets no frames, so those tests would hang.
  const container = fixtureSync<HTMLElement>(
    html`<div><form><fieldset><legend>Hồ sơ</legend></fieldset><button type="button">Tiếp tục</button></form></div>`,
  );
  if (lang) container.setAttribute('lang', lang);
  const el = document.createElement(tag) as LtFormField<V>;
  el.name = 'answer';
  el.label = 'Câu hỏi';
  sample.setup?.(el);
  Object.assign(el, init);
  const fieldset = container.querySelector('fieldset')!;
  fieldset.append(el);
  await el.updateComplete;
  return { el, form: container.querySelector('form')!, fieldset, container };
}

/** The shown message, or null. */
export const messageOf = (el: HTMLElement): string | null =>
  el.shadowRoot!.querySelector('#error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** The inner controls. */
export const controlsOf = (el: HTMLElement): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea'),
];

/** Types like a person, with real key events; a `\t` presses Tab (to the next box) rather than typing a tab. */
export async function typeText(text: string): Promise<void> {
  const [first = '', ...rest] = text.split('\t');
  if (first) await sendKeys({ type: first });
  for (const segment of rest) {
    await sendKeys({ press: 'Tab' });
    if (segment) await sendKeys({ type: segment });
  }
}

/** Counts `input` and `change` events at the host. */
export function countEvents(el: HTMLElement): { input: number; change: number } {
  const counts = { input: 0, change: 0 };
  el.addEventListener('input', () => (counts.input += 1));
  el.addEventListener('change', () => (counts.change += 1));
  return counts;
}

export function runFormFieldContract<V>(tag: string, sample: FieldSample<V>): void {
  const entries = sample.entries ?? [String(sample.valid)];
  const empty = (Array.isArray(sample.valid) ? [] : '') as V;
  const prefixKey = sample.messages?.prefixKey ?? 'field.errorPrefix';
  const requiredKey = `error.${sample.messages?.requiredCode ?? 'required'}`;
  /** The message as shown under the field, hidden prefix included. */
  const shown = (lang: 'vi' | 'en', text: string) => `${defaultLocalizer(lang).t(prefixKey)} ${text}`;

  describe(`${tag}${sample.variant ? ` (${sample.variant})` : ''} — form field contract`, () => {
    it('is accessible, empty and with a message shown', async () => {
      const { el } = await mountField(tag, sample);
      await expect(el).to.be.accessible();
      el.error = 'Thông tin này chưa đúng.';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('submits its name and value with the form', async () => {
      const { el, form } = await mountField(tag, sample, { value: sample.valid });
      expect(new FormData(form).getAll('answer')).to.deep.equal(entries);
      expect(el.validity.valid).to.equal(true);
      expect(el.form).to.equal(form);
    });

    it('is valueMissing when required and empty, and blocks the form', async () => {
      const { el, form } = await mountField(tag, sample, { required: true });
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(defaultLocalizer('vi').t(requiredKey));
      expect(form.checkValidity()).to.equal(false);
      // Synchronously, without waiting for a render.
      el.value = sample.valid;
      expect(form.checkValidity()).to.equal(true);
      expect(el.validationMessage).to.equal('');
    });

    it('returns to its default value on form reset', async () => {
      const { el, form } = await mountField(tag, sample, { value: sample.valid });
      el.value = empty;
      expect(new FormData(form).getAll('answer')).to.not.deep.equal(entries);
      form.reset();
      expect(el.value).to.deep.equal(sample.valid);
      expect(new FormData(form).getAll('answer')).to.deep.equal(entries);
    });

    it('is left out of the form when disabled, itself or by a fieldset', async () => {
      const { el, form, fieldset } = await mountField(tag, sample, { value: sample.valid, required: true });
      el.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('answer')).to.equal(false);
      expect(el.willValidate).to.equal(false);
      expect(controlsOf(el).every((control) => control.matches(':disabled'))).to.equal(true);
      el.disabled = false;
      fieldset.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('answer')).to.equal(false);
      expect(controlsOf(el).every((control) => control.matches(':disabled'))).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(new FormData(form).getAll('answer')).to.deep.equal(entries);
      expect(controlsOf(el).some((control) => control.matches(':disabled'))).to.equal(false);
    });

    it('is submitted but not validated when read-only', async () => {
      const { el, form } = await mountField(tag, sample, { value: sample.valid, required: true });
      el.readonly = true;
      el.value = empty;
      expect(el.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      el.value = sample.valid;
      expect(new FormData(form).getAll('answer')).to.deep.equal(entries);
    });

    it('is invalid with the `error` message and shows it at once', async () => {
      const { el, form } = await mountField(tag, sample, { value: sample.valid });
      el.error = 'Số này đã được dùng cho người khác.';
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal(el.error);
      expect(form.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(messageOf(el)).to.equal(shown('vi', el.error));
      const described = el.shadowRoot!.querySelector('[aria-describedby~="error"]');
      expect(described, 'something is described by the message').to.not.equal(null);
      el.error = '';
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      expect(messageOf(el)).to.equal(null);
    });

    it('restores its value from the saved form state', async () => {
      const { el, form } = await mountField(tag, sample);
      el.formStateRestoreCallback(sample.state ?? String(sample.valid));
      expect(el.value).to.deep.equal(sample.valid);
      expect(new FormData(form).getAll('answer')).to.deep.equal(entries);
    });

    it('behaves the same with properties set after it is attached', async () => {
      const { el, form } = await mountField(tag, sample);
      el.required = true;
      expect(el.validity.valueMissing).to.equal(true);
      el.value = sample.valid;
      expect(el.validity.valid).to.equal(true);
      expect(new FormData(form).getAll('answer')).to.deep.equal(entries);
      // The value at first connection ('' here) stays the default.
      form.reset();
      expect(el.value).to.deep.equal(empty);
    });

    it('moves focus() to its first control', async () => {
      const { el } = await mountField(tag, sample);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(controlsOf(el)[0]);
    });

    it('fires input and change when a citizen types a valid answer, and no message', async () => {
      const { el } = await mountField(tag, sample, { required: true });
      const counts = countEvents(el);
      el.focus();
      if (sample.keys) for (const keys of sample.keys) await sendKeys(keys);
      else await typeText(String(sample.valid));
      expect(el.value).to.deep.equal(sample.valid);
      expect(counts.input).to.be.greaterThan(0);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(counts.change).to.be.greaterThan(0);
      expect(messageOf(el)).to.equal(null);
    });

    if (sample.invalid !== undefined) {
      it('shows its own message only once the citizen leaves the field', async () => {
        const { el } = await mountField(tag, sample);
        const counts = countEvents(el);
        el.focus();
        await typeText(sample.invalid!);
        await el.updateComplete;
        expect(el.validity.valid).to.equal(false);
        expect(counts.input).to.be.greaterThan(0);
        expect(messageOf(el), 'not while typing').to.equal(null);
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(counts.change).to.be.greaterThan(0);
        expect(messageOf(el)).to.equal(shown('vi', el.validationMessage));
        expect(el.shadowRoot!.querySelector('[aria-invalid="true"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('fires no events for programmatic changes', async () => {
      const { el, form } = await mountField(tag, sample);
      const counts = countEvents(el);
      el.value = sample.valid;
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(counts).to.deep.equal({ input: 0, change: 0 });
    });

    it('never throws on bad values: keeps them and is invalid or empty', async () => {
      const { el } = await mountField(tag, sample, { required: true });
      for (const bad of [null, undefined, 42, {}, ['x', 3], Symbol('x')]) {
        el.value = bad as unknown as V;
        await el.updateComplete;
        expect(el.value).to.equal(bad);
        expect(typeof el.validity.valid).to.equal('boolean');
      }
    });

    it('shows the message after reportValidity() or the form’s invalid event', async () => {
      const { el, form } = await mountField(tag, sample, { required: true });
      expect(messageOf(el)).to.equal(null);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(messageOf(el)).to.equal(shown('vi', defaultLocalizer('vi').t(requiredKey)));
      form.reset();
      await el.updateComplete;
      expect(messageOf(el), 'reset hides it again').to.equal(null);
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(messageOf(el)).to.not.equal(null);
    });

    it('marks optional fields "(không bắt buộc)" and not required ones', async () => {
      const { el } = await mountField(tag, sample);
      const label = () => el.shadowRoot!.querySelector('#label')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(label()).to.equal('Câu hỏi (không bắt buộc)');
      el.required = true;
      await el.updateComplete;
      expect(label()).to.equal('Câu hỏi');
    });

    it('speaks the language of its ancestors, and follows its own lang', async () => {
      const { el } = await mountField(tag, sample, { required: true }, 'en');
      expect(el.validationMessage).to.equal(defaultLocalizer('en').t(requiredKey));
      el.reportValidity();
      await el.updateComplete;
      expect(messageOf(el)).to.equal(shown('en', defaultLocalizer('en').t(requiredKey)));
      el.required = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.optional')!.textContent).to.equal('(optional)');
      el.setAttribute('lang', 'vi');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.optional')!.textContent).to.equal('(không bắt buộc)');
    });
  });
}
