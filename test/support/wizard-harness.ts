/**
 * Drives an `<lt-wizard>` the way a citizen does: types with the keyboard into the fields of the step shown,
 * clicks radios and checkboxes, adds files through a slot's file input, presses Continue and Back. For a
 * document slot, give `File` objects as its answer. Used by the wizard's tests and usable by portal
 * developers' own tests. Waits for the wizard (and its lazily loaded fields) after every action.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { AddressValue, AnswerValue, PayeeValue } from '../../src/core/engine/index.js';
import { fieldAt, PROCEDURES_PATH } from '../../src/core/engine/index.js';
import { allBundles } from '../../src/bundles/all.js';
import type { LtWizard } from '../../src/elements/wizard/wizard.js';

export class WizardHarness {
  constructor(readonly wizard: LtWizard) {}

  private get root(): ShadowRoot {
    return this.wizard.shadowRoot!;
  }

  /** The step's heading text. */
  get heading(): string {
    return this.root.querySelector('h1')?.textContent?.trim() ?? '';
  }

  /** "Bước 3 / 8" as shown. */
  get progress(): string {
    return this.root.querySelector('lt-stepper')?.shadowRoot?.querySelector('p')?.textContent?.trim() ?? '';
  }

  /** The field element for `path` on the current step. */
  field(path: string): HTMLElement & { value: unknown; error: string } {
    const element = this.root.querySelector(`[name="${path}"]`);
    if (!element) throw new Error(`No field ${path} on step "${this.heading}"`);
    return element as HTMLElement & { value: unknown; error: string };
  }

  /** Paths of the fields shown on the current step. */
  get fieldPaths(): string[] {
    return [...this.root.querySelectorAll('form [name]')].map((el) => el.getAttribute('name')!);
  }

  /** The messages in the error summary. */
  get summaryMessages(): string[] {
    const summary = this.root.querySelector('lt-error-summary')?.shadowRoot;
    return [...(summary?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim());
  }

  /** The element that has focus, looking through shadow roots. */
  get focused(): Element | null {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  private async settle(): Promise<void> {
    await this.wizard.updateComplete;
  }

  private inner(path: string, selector: string): HTMLElement {
    const element = this.field(path).shadowRoot?.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`No ${selector} in ${path}`);
    return element;
  }

  /** Clears a text box and types `text` into it with the keyboard. */
  async typeInto(box: HTMLInputElement, text: string): Promise<void> {
    box.focus();
    box.select();
    if (box.value) await sendKeys({ press: 'Backspace' });
    if (text) await sendKeys({ type: text });
    await this.settle();
  }

  /** Answers the field at `path` the way a person would, whatever its kind. */
  async answer(path: string, value: AnswerValue): Promise<void> {
    const bundle = allBundles[this.wizard.bundle as keyof typeof allBundles];
    const field = path === PROCEDURES_PATH ? undefined : fieldAt(bundle, path);
    const kind = path === PROCEDURES_PATH ? 'procedures' : field?.deferrable ? 'deferrable' : field?.kind;
    const element = this.field(path);
    await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    switch (kind) {
      case 'procedures':
      case 'choice': {
        const select = element.shadowRoot?.querySelector('select');
        if (select) {
          // A select is chosen with the keyboard: focus it and type the option's label.
          select.focus();
          const option = [...select.options].find((o) => o.value === value)!;
          select.value = option.value;
          select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
          break;
        }
        const wanted = Array.isArray(value) ? (value as string[]) : [value as string];
        const inputs = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
        for (const input of inputs) {
          if (wanted.includes(input.value) !== input.checked) input.click();
        }
        break;
      }
      case 'date': {
        const [year, month, day] = (value as string).split('-');
        await this.typeInto(this.inner(path, '#day') as HTMLInputElement, day!);
        await this.typeInto(this.inner(path, '#month') as HTMLInputElement, month!);
        await this.typeInto(this.inner(path, '#year') as HTMLInputElement, year!);
        break;
      }
      case 'address': {
        // As a person does: type into each searchable list and take the first match, then the details.
        const address = value as AddressValue;
        const root = element.shadowRoot!;
        const country = root.querySelector<HTMLInputElement>('#country');
        if (country && address.country !== undefined) await this.typeInto(country, address.country);
        await this.pick(root.querySelector('lt-combobox#province'), address.province);
        if (address.commune) await this.pick(root.querySelector('lt-combobox#commune'), address.commune);
        const detail = root.querySelector<HTMLInputElement>('#detail');
        if (detail && address.detail !== undefined) await this.typeInto(detail, address.detail);
        break;
      }
      case 'payee': {
        const payee = value as PayeeValue;
        const root = element.shadowRoot!;
        root.querySelector<HTMLInputElement>(`#method-${payee.method}`)!.click();
        await this.settle();
        if (payee.method === 'bank') {
          await this.pick(root.querySelector('lt-combobox#bank'), payee.bankShortName);
          await this.typeInto(root.querySelector<HTMLInputElement>('#account')!, payee.accountNumber);
          await this.typeInto(root.querySelector<HTMLInputElement>('#holder')!, payee.accountHolder);
        }
        break;
      }
      case 'deferrable':
        await this.answerDeferrable(element, value);
        break;
      case 'upload': {
        // Files go in as a person adds them: through the slot's own file input, then the slot uploads them.
        const files = value as unknown as File[];
        const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]:not([capture])')!;
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(file);
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await this.uploaded(path);
        break;
      }
      default:
        await this.typeInto(this.inner(path, 'input') as HTMLInputElement, value as string);
    }
    await this.settle();
  }

  /**
   * Answers a fact that may be given later: a string is typed under "now" (an empty string only chooses
   * "now"); `{ deferred: true, reason }` chooses "later" and types the reason.
   */
  async answerDeferrable(element: HTMLElement, value: AnswerValue): Promise<void> {
    const root = element.shadowRoot!;
    const later = typeof value === 'object' && value !== null && (value as { deferred?: unknown }).deferred === true;
    const radio = root.querySelector<HTMLInputElement>(later ? '#mode-later' : '#mode-now')!;
    if (!radio.checked) radio.click();
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const box = root.querySelector<HTMLInputElement>(later ? '#reason' : '#input')!;
    const text = later ? (value as { reason: string }).reason : (value as string);
    if (box.value !== text) await this.typeInto(box, text);
  }

  /** Types `text` into a searchable list and chooses its first option with the keyboard. */
  async pick(combobox: Element | null, text: string): Promise<void> {
    if (!combobox || !text) return;
    const box = combobox.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    await this.typeInto(box, text);
    const list = combobox as unknown as { options: unknown[]; updateComplete: Promise<unknown> };
    // The units load on demand; wait for options before choosing.
    for (let waited = 0; list.options.length === 0 && waited < 5_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    await list.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await this.settle();
  }

  /** Waits until the slot at `path` has no file waiting, being prepared or uploading (at most 20 s). */
  async uploaded(path: string): Promise<void> {
    const slot = this.field(path) as unknown as { pendingCount: number; updateComplete: Promise<unknown> };
    for (let waited = 0; slot.pendingCount > 0 && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await slot.updateComplete;
  }

  /** Answers every field of the current step that `answers` has a value for. */
  async answerStep(answers: Record<string, AnswerValue>): Promise<void> {
    for (const path of this.fieldPaths) {
      if (answers[path] !== undefined) await this.answer(path, answers[path]!);
      // Later answers may reveal more fields on the same step.
    }
    for (const path of this.fieldPaths) {
      const element = this.field(path);
      const isFiles = Array.isArray(answers[path]) && (answers[path] as unknown[])[0] instanceof File;
      if (answers[path] !== undefined && !isFiles && JSON.stringify(element.value) !== JSON.stringify(answers[path])) {
        await this.answer(path, answers[path]!);
      }
    }
  }

  /** Presses the main button (Continue, or Send on the review). */
  async next(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await this.settle();
  }

  /** Presses Back. */
  async back(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await this.settle();
  }

  /** Answers each step from `answers` and continues until the review step. */
  async fillToReview(answers: Record<string, AnswerValue>, options: { limit?: number } = {}): Promise<void> {
    for (let i = 0; i < (options.limit ?? 30) && this.wizard.currentStep !== 'review'; i++) {
      await this.answerStep(answers);
      const before = this.wizard.currentStep;
      await this.next();
      if (this.wizard.currentStep === before) throw new Error(`Stuck on "${this.heading}": ${this.summaryMessages.join(' | ')}`);
    }
  }

  /** The review's rows as [label, value] pairs, per section title. */
  get reviewRows(): Record<string, Array<[string, string]>> {
    const review = this.root.querySelector('lt-review')?.shadowRoot;
    const out: Record<string, Array<[string, string]>> = {};
    for (const section of review?.querySelectorAll('section') ?? []) {
      out[section.querySelector('h2')!.textContent!.trim()] = [...section.querySelectorAll('.row')].map((row) => [
        row.querySelector('dt')!.textContent!.trim(),
        row.querySelector('dd')!.textContent!.trim(),
      ]);
    }
    return out;
  }

  /** Presses the Change button of the review row labelled `label` in the section titled `section`. */
  async change(section: string, label: string): Promise<void> {
    const review = this.root.querySelector('lt-review')!.shadowRoot!;
    const block = [...review.querySelectorAll('section')].find((s) => s.querySelector('h2')!.textContent!.trim() === section)!;
    const row = [...block.querySelectorAll('.row')].find((r) => r.querySelector('dt')!.textContent!.trim() === label)!;
    row.querySelector('button')!.click();
    await this.settle();
  }
}
