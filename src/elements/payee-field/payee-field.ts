import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { RuleIssue } from '../../core/rules/index.js';
import {
  checkPayee,
  normalizeAccountNumber,
  normalizeHolderName,
  payeeText,
  toPayee,
} from '../../core/rules/payee.js';
import type { BankPayee, PayeeMethod, PayeeValue, PayeeWords } from '../../core/rules/payee.js';
import type { Bank } from '../../data/banks.js';
import { LtFormField } from '../shared/form-field.js';
import { choiceFieldStyles } from '../choice-field/choice-field.styles.js';
import { renderRevealOption, revealStyles } from '../shared/reveal.js';
import { BankList } from '../bank-picker/bank-picker.js';
import type { ComboboxInputEvent, ComboboxSelectEvent, LtCombobox } from '../combobox/combobox.js';
import '../combobox/combobox.js';

export type { BankPayee, PayeeMethod, PayeeValue, PayeeWords } from '../../core/rules/payee.js';
/** Re-exported for hosts that show a payee outside the element (a review page, a printed summary). */
export { payeeText } from '../../core/rules/payee.js';

/** Which part of the group a finding is about, so that part is the one marked invalid and focused. */
const PART_OF_CODE: Record<string, 'method' | 'bank' | 'account' | 'holder'> = {
  required: 'method',
  'payee.methodMissing': 'method',
  'payee.bankMissing': 'bank',
  'bank.unknown': 'bank',
  'payee.accountMissing': 'account',
  'payee.accountFormat': 'account',
  'payee.holderMissing': 'holder',
  'payee.holderFormat': 'holder',
  'text.tooLong': 'holder',
};

/** A bank transfer with nothing filled in yet. */
const emptyBank = (): BankPayee => ({ method: 'bank', bin: '', bankName: '', bankShortName: '', accountNumber: '', accountHolder: '' });

/**
 * How a family receives the money (the funeral allowance): **bank transfer** (the bank, the account number,
 * the account holder's name) or **cash through the public postal service**. Radios, and under "bank transfer"
 * its three parts, revealed only when chosen (govuk's conditional reveal): a family without a bank account
 * never sees a bank question.
 *
 * The bank is searched exactly as in `<lt-bank-picker>` (the same list, search, order and words: both use
 * `BankList`); `banks` replaces or extends the list as there. The account number is kept as the bank issues it:
 * spaces and dashes typed are dropped, letters kept in capitals, 6 to 19 characters. The holder's name is kept
 * in capitals as the bank prints it, diacritics optional.
 *
 * One message at a time, under the question, for the first part to fix; that part is marked invalid and is
 * where `focus()` (and so an error summary's link) lands. Choosing "cash by post" keeps the bank details typed
 * so far, should the family change its mind again.
 *
 * `reviewText` is the answer on one line, as the review step shows it.
 *
 * @summary Bank transfer (bank, account, holder) or cash by post, form-associated.
 *
 * @fires input - When the citizen changes the answer: a method or a bank chosen, a character typed (bubbles,
 *   composed).
 * @fires change - When the citizen commits a change: a method or bank chosen, a box left (bubbles, composed).
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint under the legend.
 * @csspart error - The message.
 * @csspart error-icon - The warning sign before the message.
 * @csspart options - The list of the two methods.
 * @csspart choice - Each radio.
 * @csspart option-label - Each method's label.
 * @csspart details - The bank transfer's parts, under its radio.
 * @csspart input - The account number and holder boxes (also `account` and `holder`).
 *
 * @cssprop --lt-payee-field-details-bar-color - The bar along the bank transfer's parts.
 * @cssprop --lt-payee-field-gap - Space between the bank transfer's parts.
 * @cssprop --lt-choice-field-control-size - Size of the radios (at least 24px).
 * @cssprop --lt-color-error - Colour of the message and its bar.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-payee-field')
export class LtPayeeField extends LtFormField<PayeeValue | null> {
  static override styles = [
    ...LtFormField.styles,
    choiceFieldStyles,
    revealStyles,
    css`
      :host {
        --lt-reveal-gap: var(--lt-payee-field-gap, var(--lt-space-4, 1rem));
        --lt-reveal-bar-color: var(--lt-payee-field-details-bar-color, #b1b4b6);
      }
      .account {
        max-inline-size: min(100%, 16em);
        font-variant-numeric: tabular-nums;
        letter-spacing: 0.04em;
      }
      .holder {
        /* Shown in capitals while typed, as the bank prints it; stored in capitals on every keystroke. */
        text-transform: uppercase;
      }
    `,
  ];

  /** The answer: `{ method: 'post' }`, a bank transfer with its parts, or null when nothing is chosen. */
  @property({ attribute: false }) value: PayeeValue | null = null;

  /**
   * The banks offered, replacing the shipped list, as `<lt-bank-picker>`'s `banks`. Give a new array to change
   * it; `null` goes back to the shipped list.
   */
  @property({ attribute: false })
  get banks(): readonly Bank[] {
    return this.bankList?.banks ?? [];
  }
  set banks(list: readonly Bank[] | null | undefined) {
    this.bankList?.setGiven(list);
  }

  /** The answer on one line, as the review step shows it, in the field's language ('' when nothing is chosen). */
  get reviewText(): string {
    return payeeText(this.value, this.words);
  }

  /** What is typed in the bank box since the last choice. */
  @state() private query = '';
  /** The account number as typed (the value holds it without spaces and dashes). */
  @state() private accountRaw = '';
  /** The holder name as typed (the value holds it in capitals). */
  @state() private holderRaw = '';
  /** The bank details, kept while "cash by post" is chosen, so choosing the transfer again brings them back. */
  private draft: BankPayee = emptyBank();

  private readonly bankList = new BankList(this);

  protected override get grouped(): boolean {
    return true;
  }

  /** The words of `reviewText`, in the field's language. */
  private get words(): PayeeWords {
    const t = this.localizer.t;
    return {
      transfer: t('field.payee.review.transfer'),
      account: t('field.payee.review.account'),
      holder: t('field.payee.review.holder'),
      post: t('field.payee.review.post'),
    };
  }

  private get payee(): PayeeValue | null {
    return toPayee(this.value);
  }

  /** The bank transfer being filled (the current one, else the kept draft). */
  private get transfer(): BankPayee {
    const payee = this.payee;
    return payee?.method === 'bank' ? payee : this.draft;
  }

  protected override isEmpty(value: PayeeValue | null): boolean {
    // Any object is an answer begun: one with an unknown method is invalid (methodMissing), not empty.
    return !value || typeof value !== 'object';
  }

  protected override validate(value: PayeeValue | null): RuleIssue | null {
    const payee = toPayee(value);
    // An unknown bank first, where the citizen would fix it: right after choosing one. Only once the list is there.
    if (payee?.method === 'bank' && payee.bin && this.bankList.ready && !this.bankList.byBin(payee.bin)) return { code: 'bank.unknown' };
    return checkPayee(value);
  }

  /** Nothing chosen, for a required group, is said as what to do: choose how to receive the money. */
  protected override messageFor(issue: RuleIssue): string {
    return super.messageFor(issue.code === 'required' ? { code: 'payee.methodMissing' } : issue);
  }

  /** Host values replace what was typed, and become the kept draft. */
  protected override valueSet(byCitizen: boolean): void {
    if (byCitizen) return;
    const payee = toPayee(this.value);
    this.draft = payee?.method === 'bank' ? payee : emptyBank();
    this.accountRaw = this.draft.accountNumber;
    this.holderRaw = this.draft.accountHolder;
    this.query = '';
  }

  protected override toFormValue(value: PayeeValue | null): FormData | null {
    const payee = toPayee(value);
    if (!payee || !this.name) return null;
    // One entry per part, named like `payee.accountNumber`, so a plain form post reads naturally.
    const data = new FormData();
    for (const [part, text] of Object.entries(payee)) if (text) data.append(`${this.name}.${part}`, text);
    return data;
  }

  protected override toFormState(value: PayeeValue | null): string {
    return JSON.stringify(toPayee(value));
  }

  protected override restoreState(state: string): void {
    try {
      this.value = toPayee(JSON.parse(state));
    } catch {
      this.value = null;
    }
  }

  /** Form reset: besides the value, the bank search and the kept draft go back too. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.query = '';
    const box = this.shadowRoot?.querySelector<LtCombobox>('lt-combobox');
    if (box && !box.value) box.clear();
  }

  /**
   * The part to fix when there is a problem (an error summary's link lands there, and the browser's bubble
   * points at it), else the chosen method's radio, else the first, as Tab does in a radio group.
   */
  protected override get focusTarget(): HTMLElement | null {
    const root = this.shadowRoot;
    if (!root) return null;
    const issue = this.error ? null : this.issue;
    const part = issue ? PART_OF_CODE[issue.code] : undefined;
    const faulty = part && part !== 'method' ? root.querySelector<HTMLElement>(`#${part}`) : null;
    return faulty ?? root.querySelector<HTMLElement>('.choice-input:checked') ?? root.querySelector<HTMLElement>('.choice-input');
  }

  // ---------------------------------------------------------------------------------------------------------
  // The citizen's actions

  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /** Sets the answer as the citizen's change, and says so (`input`, and `change` when committed). */
  private answer(next: PayeeValue, committed: boolean): void {
    if (next.method === 'bank') this.draft = next;
    this.setValueByCitizen(next);
    this.fire('input');
    if (committed) this.fire('change');
  }

  private onMethod(method: PayeeMethod, event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    const current = this.payee;
    if (current?.method === method) return;
    this.answer(method === 'post' ? { method: 'post' } : { ...this.draft }, true);
  }

  private onBankQuery(event: ComboboxInputEvent): void {
    event.stopPropagation();
    this.query = event.detail.query;
    if (this.bankList.loadFailed) this.bankList.load();
  }

  private onBankSelect(event: ComboboxSelectEvent): void {
    event.stopPropagation();
    if (event.detail.option) this.query = '';
    this.chooseBank(this.bankList.byBin(event.detail.value));
  }

  /** Leaving the bank box with a bank's exact name typed and nothing chosen: choose it, as the picker does. */
  private onBankFocusOut(event: FocusEvent): void {
    const box = event.currentTarget as LtCombobox;
    if (event.relatedTarget === box || box.value || this.readonly || this.isDisabled) return;
    const bank = this.query.trim() ? this.bankList.exactMatch(this.query) : undefined;
    if (!bank) return;
    this.query = '';
    this.chooseBank(bank);
  }

  private chooseBank(bank: Bank | undefined): void {
    this.answer({ ...this.transfer, bin: bank?.bin ?? '', bankName: bank?.name ?? '', bankShortName: bank?.shortName ?? '' }, true);
  }

  private onTextInput(part: 'account' | 'holder', event: Event): void {
    event.stopPropagation();
    if (this.readonly) return this.refuseEdit(event);
    const raw = (event.target as HTMLInputElement).value;
    if (part === 'account') {
      this.accountRaw = raw;
      this.answer({ ...this.transfer, accountNumber: normalizeAccountNumber(raw) }, false);
    } else {
      this.holderRaw = raw;
      this.answer({ ...this.transfer, accountHolder: normalizeHolderName(raw) }, false);
    }
  }

  /** Leaving a box shows what is kept: the number without spaces or dashes, the name in capitals. */
  protected override commit(): void {
    const transfer = this.transfer;
    this.accountRaw = transfer.accountNumber;
    this.holderRaw = transfer.accountHolder;
  }

  /** The native `input` events inside are composed and would reach the page: the field fires its own. */
  private stopNativeInput(event: Event): void {
    event.stopPropagation();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  protected override renderControl(message: string): TemplateResult {
    const t = this.localizer.t;
    const method = this.payee?.method;
    const issue = message && !this.error ? this.issue : null;
    // The host's `error` marks every part shown; the field's own finding only its part.
    const faulty = (part: string) => !!message && (!issue || PART_OF_CODE[issue.code] === part);
    return html`<div class="options" part="options" @input=${this.stopNativeInput}>
      ${this.renderMethod('bank', t('field.payee.bank'), method === 'bank', faulty('method'))}
      ${method === 'bank' ? this.renderTransfer(message, faulty) : nothing}
      ${this.renderMethod('post', t('field.payee.post'), method === 'post', faulty('method'))}
    </div>`;
  }

  private renderMethod(method: PayeeMethod, label: string, checked: boolean, invalid: boolean): TemplateResult {
    return renderRevealOption({
      group: 'method',
      value: method,
      label,
      checked,
      disabled: this.isDisabled,
      invalid,
      controls: method === 'bank' && checked ? 'details' : undefined,
      onChange: (event) => this.onMethod(method, event),
    });
  }

  private renderTransfer(message: string, faulty: (part: string) => boolean): TemplateResult {
    const t = this.localizer.t;
    const transfer = this.transfer;
    const list = this.bankList;
    const known = list.byBin(transfer.bin);
    const emptyText = list.ready ? t('field.bank.noMatch') : list.loadFailed ? t('field.bank.loadFailed') : t('field.bank.loading');
    // A faulty box is described by the message too, so it is heard again on reaching the box.
    const describedBy = (part: string) => [`${part}-hint`, faulty(part) && message ? 'error' : ''].filter(Boolean).join(' ');
    return html`<div id="details" class="details" part="details">
      <lt-combobox
        id="bank"
        lang=${this.localizer.lang}
        label=${t('field.bank.label')}
        hint=${t('field.bank.hint')}
        required
        .options=${list.options(this.query)}
        .value=${transfer.bin}
        selected-label=${known?.shortName ?? transfer.bankShortName}
        empty-text=${emptyText}
        ?invalid=${faulty('bank')}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        @lt-combobox-input=${this.onBankQuery}
        @lt-combobox-select=${this.onBankSelect}
        @focusout=${this.onBankFocusOut}
      ></lt-combobox>
      <div>
        <label class="part-label" for="account">${t('field.payee.account')}</label>
        <div id="account-hint" class="hint part-hint">${t('field.payee.accountHint')}</div>
        <input
          id="account"
          class="input account"
          part="input account"
          type="text"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="characters"
          .value=${live(this.accountRaw)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-describedby=${describedBy('account')}
          aria-invalid=${faulty('account') ? 'true' : 'false'}
          @input=${(event: Event) => this.onTextInput('account', event)}
          @change=${this.onNativeChange}
          @keydown=${this.submitOnEnter}
        />
      </div>
      <div>
        <label class="part-label" for="holder">${t('field.payee.holder')}</label>
        <div id="holder-hint" class="hint part-hint">${t('field.payee.holderHint')}</div>
        <input
          id="holder"
          class="input holder"
          part="input holder"
          type="text"
          autocomplete="name"
          spellcheck="false"
          autocapitalize="characters"
          .value=${live(this.holderRaw)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-describedby=${describedBy('holder')}
          aria-invalid=${faulty('holder') ? 'true' : 'false'}
          @input=${(event: Event) => this.onTextInput('holder', event)}
          @change=${this.onNativeChange}
          @keydown=${this.submitOnEnter}
        />
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-payee-field': LtPayeeField;
  }
}
