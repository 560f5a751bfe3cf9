import { css, html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { asText } from '../../core/rules/as-text.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { fold } from '../../core/text/fold.js';
import type { FoldedIndex } from '../../core/text/search.js';
import type { Bank } from '../../data/banks.js';
// Small and data-free (it only imports the Bank type): a host's own list is searchable at once, before the
// shipped list's chunk has arrived.
import { bankIndex } from '../../data/bank-search.js';
import { LtFormField } from '../shared/form-field.js';
import type { ComboboxInputEvent, ComboboxOption, ComboboxSelectEvent, LtCombobox } from '../combobox/combobox.js';
import '../combobox/combobox.js';

export type { Bank } from '../../data/banks.js';

/** Most options shown for a search: every bank of the shipped list fits; a host's very long list is cut. */
const MAX_OPTIONS = 50;

/** The combobox parts, passed through so a page styles the picker as it styles `<lt-combobox>`. */
const COMBOBOX_PARTS =
  'base, label, hint, error, error-icon, input, chevron, popup, listbox, option, option-active, option-selected, ' +
  'option-label, option-description, empty';

// ---------------------------------------------------------------------------------------------------------
// The list: shipped or the host's, prepared once per list and shared by every picker on the page

type BanksModule = typeof import('../../data/banks.js');

let shipped: Promise<BanksModule> | undefined;

/** The shipped list's module, as its own chunk; a failed load (offline) is tried again next time. */
function loadShipped(): Promise<BanksModule> {
  shipped ??= import('../../data/banks.js').catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}

/**
 * The shipped list of banks, loaded on first use: for a portal that extends it rather than replacing it
 * (`picker.banks = [...(await loadBanks()), newBank]`).
 */
export async function loadBanks(): Promise<readonly Bank[]> {
  return (await loadShipped()).BANKS;
}

/** A list made ready for the picker: its search index, its BINs and its options. */
interface Prepared {
  readonly index: FoldedIndex<Bank>;
  readonly byBin: ReadonlyMap<string, Bank>;
  readonly optionOf: ReadonlyMap<Bank, ComboboxOption>;
  /** The options shown with nothing typed, once the most used BINs are known. */
  start?: ComboboxOption[];
}

/** Per list (by identity), so a new array from the host is a new index and the same array is not rebuilt. */
const prepared = new WeakMap<readonly Bank[], Prepared>();
/** The cleaned copy of each list a host gave (by the host's array). */
const cleaned = new WeakMap<object, readonly Bank[]>();

/**
 * A host's list as the picker can use it, whatever it holds: entries without a BIN are dropped, every part
 * becomes text, and a BIN given twice keeps the later entry (a portal correcting a shipped bank) at the
 * earlier one's place. Never throws.
 */
function cleanBanks(list: unknown): readonly Bank[] {
  if (!Array.isArray(list)) return [];
  const known = cleaned.get(list);
  if (known) return known;
  const byBin = new Map<string, Bank>();
  for (const entry of list as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const bin = asText(e.bin).trim();
    if (!bin) continue;
    const name = asText(e.name).trim();
    const code = asText(e.code).trim();
    const swift = asText(e.swift).trim();
    const kind = e.kind === 'wallet' || e.kind === 'finance' ? e.kind : 'bank';
    const bank: Bank = { bin, code, shortName: asText(e.shortName).trim() || name || code || bin, name, kind };
    if (swift) bank.swift = swift;
    byBin.set(bin, bank);
  }
  const banks = [...byBin.values()];
  cleaned.set(list, banks);
  return banks;
}

function prepare(banks: readonly Bank[]): Prepared {
  let ready = prepared.get(banks);
  if (!ready) {
    const optionOf = new Map<Bank, ComboboxOption>();
    for (const bank of banks) {
      // The short name is what people say and what the box shows once chosen; the full name tells similar
      // short names apart (MBBank, MBV).
      const option: ComboboxOption = { value: bank.bin, label: bank.shortName };
      if (bank.name && bank.name !== bank.shortName) option.description = bank.name;
      optionOf.set(bank, option);
    }
    ready = { index: bankIndex(banks), byBin: new Map(banks.map((bank) => [bank.bin, bank])), optionOf };
    prepared.set(banks, ready);
  }
  return ready;
}

/**
 * The list of banks behind a bank combobox: the host's (`banks`), else the shipped one, loaded as its own chunk
 * when the host connects; the search and the options for what is typed. Used by `<lt-bank-picker>` and by the
 * payee group, so both search, order and show banks in exactly the same way.
 */
export class BankList implements ReactiveController {
  /** The host's list as given; `undefined` for the shipped one. */
  private given: unknown = undefined;
  private module?: BanksModule;
  /** The shipped list could not be loaded (offline); tried again when the citizen types. */
  private failed = false;
  private last?: { banks: readonly Bank[]; query: string; start: boolean; options: ComboboxOption[] };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.load();
  }

  /** Loads the shipped module: its list, and the most used BINs that order the options of a host's list too. */
  load(): void {
    if (this.module) return;
    void loadShipped().then(
      (module) => {
        this.module = module;
        this.failed = false;
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** The host's list, or `undefined`/`null` to use the shipped one. */
  setGiven(list: unknown): void {
    this.given = list;
  }

  /** The list searched: the host's (cleaned), else the shipped one, empty until it has loaded. */
  get banks(): readonly Bank[] {
    if (this.given !== undefined && this.given !== null) return cleanBanks(this.given);
    return this.module?.BANKS ?? [];
  }

  /** Whether the list searched is there: a host's at once, the shipped one once loaded. */
  get ready(): boolean {
    return (this.given !== undefined && this.given !== null) || !!this.module;
  }

  /** Whether loading the shipped list failed (and no host list stands in for it). */
  get loadFailed(): boolean {
    return this.failed && !this.ready;
  }

  /** The bank with this BIN in the list searched. */
  byBin(bin: unknown): Bank | undefined {
    const key = asText(bin).trim();
    return key ? prepare(this.banks).byBin.get(key) : undefined;
  }

  /**
   * The options for what is typed, best first; with nothing typed the most used banks first, then the rest
   * in list order (the shipped list is alphabetical). The same array while nothing changed, so the combobox
   * keeps its highlight and says nothing new.
   */
  options(query: string): ComboboxOption[] {
    const banks = this.banks;
    const text = asText(query).trim();
    const start = !!this.module;
    const last = this.last;
    if (last && last.banks === banks && last.query === text && last.start === start) return last.options;
    const ready = prepare(banks);
    const options = text
      ? ready.index.search(text, { limit: MAX_OPTIONS }).map((bank) => ready.optionOf.get(bank)!)
      : this.startOptions(banks, ready);
    this.last = { banks, query: text, start, options };
    return options;
  }

  /**
   * The bank that the typed text names exactly (its short name, code, BIN or SWIFT, diacritics and case aside),
   * when only one does: the citizen who typed "Vietcombank" in full and moved on meant it.
   */
  exactMatch(query: string): Bank | undefined {
    const key = fold(asText(query));
    if (!key) return undefined;
    const found = this.banks.filter((bank) => [bank.shortName, bank.code, bank.bin, bank.swift ?? ''].some((text) => fold(text) === key));
    return found.length === 1 ? found[0] : undefined;
  }

  private startOptions(banks: readonly Bank[], ready: Prepared): ComboboxOption[] {
    if (ready.start) return ready.start;
    const all = banks.map((bank) => ready.optionOf.get(bank)!);
    // Until the shipped module (with the most used BINs) is there, a host's list shows in its own order.
    if (!this.module) return all;
    const first = this.module.MOST_USED_BINS.map((bin) => ready.byBin.get(bin)).filter((bank): bank is Bank => !!bank);
    const firstSet = new Set(first);
    ready.start = [...first.map((bank) => ready.optionOf.get(bank)!), ...banks.filter((bank) => !firstSet.has(bank)).map((bank) => ready.optionOf.get(bank)!)];
    return ready.start;
  }
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The bank a family is paid into, found by typing: the short name (`vietcom`, `VCB`, `techcom`, `agri`, `mb`),
 * the full name with or without diacritics (`ngoai thuong`, `nông nghiệp`), the BIN or the SWIFT code. Best
 * matches first, each with its short name and, under it, its full name. With nothing typed (a tap, or Down)
 * the most used banks come first, then every other bank; nothing found says so, never an empty box.
 *
 * The value is the bank's NAPAS BIN; `bank`, `bankName` and `bankShortName` give the chosen bank for display
 * and for the dossier. The shipped list loads when the picker is first shown, as its own chunk; a portal can
 * replace or extend it through `banks` without a new release of this library. A BIN the host sets that is not
 * in the list is kept and the picker is invalid (`bank.unknown`), never thrown away.
 *
 * A bank name typed in full (or its code, BIN or SWIFT) and left without choosing from the list is chosen on
 * leaving the box, when it names exactly one bank.
 *
 * Without a `label` it asks "Ngân hàng" ("Bank"), and without a `hint` it says what can be typed.
 *
 * @summary Searchable bank list (ARIA combobox), form-associated; the value is the BIN.
 *
 * @fires input - When the citizen chooses a bank or drops the choice (bubbles, composed).
 * @fires change - At the same moments: a choice from a list is committed at once (bubbles, composed).
 *
 * @csspart base - The wrapper holding label, hint, message and box.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - The text box.
 * @csspart chevron - The arrow at the end of the box.
 * @csspart popup - The box under the text box holding the list or the "no match" line.
 * @csspart listbox - The list of banks.
 * @csspart option - Each bank (the highlighted one also has `option-active`, the chosen one `option-selected`).
 * @csspart option-label - A bank's short name.
 * @csspart option-description - A bank's full name.
 * @csspart empty - The "no bank found" line.
 *
 * @cssprop --lt-bank-picker-max-inline-size - Widest the picker grows (default 100%).
 * @cssprop --lt-combobox-popup-max-block-size - Height of the list before it scrolls (see `<lt-combobox>`).
 * @cssprop --lt-color-error - Colour of the message and its bar.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-bank-picker')
export class LtBankPicker extends LtFormField<string> {
  static override styles = [
    ...LtFormField.styles,
    css`
      lt-combobox {
        display: block;
        max-inline-size: var(--lt-bank-picker-max-inline-size, 100%);
      }
    `,
  ];

  /** The chosen bank's NAPAS BIN (`970436`), or `''`. A BIN set by the host that is not in the list is kept. */
  @property() value = '';

  /**
   * The banks offered, replacing the shipped list (spread `await loadBanks()` in to extend it). Give a new
   * array to change it: the search index is rebuilt per array. `null` goes back to the shipped list.
   */
  @property({ attribute: false })
  get banks(): readonly Bank[] {
    return this.bankList?.banks ?? [];
  }
  set banks(list: readonly Bank[] | null | undefined) {
    this.bankList?.setGiven(list);
  }

  /** The chosen bank, or `undefined` (nothing chosen, an unknown BIN, or the list still loading). */
  get bank(): Bank | undefined {
    return this.bankList.byBin(this.value);
  }

  /** The chosen bank's full name ("Ngân hàng TMCP Ngoại Thương Việt Nam"), or `''`. */
  get bankName(): string {
    return this.bank?.name ?? '';
  }

  /** The chosen bank's short name ("Vietcombank"), or `''`. */
  get bankShortName(): string {
    return this.bank?.shortName ?? '';
  }

  /** What the citizen has typed since the last choice: the search. */
  @state() private query = '';

  private readonly bankList = new BankList(this);

  constructor() {
    super();
    // Leaving the picker with a bank's exact name typed but not chosen: choose it (see the class comment).
    this.addEventListener('focusout', (event: FocusEvent) => {
      const next = event.relatedTarget;
      const inside = next instanceof Node && (next === this || !!this.shadowRoot?.contains(next));
      if (!inside) this.chooseTyped();
    });
  }

  protected override isEmpty(value: string): boolean {
    return asText(value).trim() === '';
  }

  protected override validate(value: string): RuleIssue | null {
    // Before the list is there nothing can be said about a BIN; the form is told again once it has loaded.
    if (!this.bankList.ready) return null;
    return this.bankList.byBin(value) ? null : { code: 'bank.unknown' };
  }

  protected override format(value: string): string {
    return asText(value).trim();
  }

  /** Form reset: besides the value, whatever was typed without choosing goes too. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.query = '';
    const box = this.combobox;
    if (box && !this.format(this.value)) box.clear();
  }

  protected override get focusTarget(): HTMLElement | null {
    return this.combobox;
  }

  private get combobox(): LtCombobox | null {
    return this.shadowRoot?.querySelector('lt-combobox') ?? null;
  }

  private onQuery(event: ComboboxInputEvent): void {
    event.stopPropagation();
    this.query = event.detail.query;
    // Offline when the picker was shown: try the list again now the citizen is using it.
    if (this.bankList.loadFailed) this.bankList.load();
  }

  private onSelect(event: ComboboxSelectEvent): void {
    event.stopPropagation();
    // After a choice, opening the list again shows every bank (the chosen one highlighted), not the old search.
    if (event.detail.option) this.query = '';
    this.commitBin(event.detail.value);
  }

  /** On leaving: a typed name that names exactly one bank is chosen (only when nothing is chosen yet). */
  private chooseTyped(): void {
    if (this.format(this.value) || !this.query.trim() || this.readonly || this.isDisabled) return;
    const bank = this.bankList.exactMatch(this.query);
    if (!bank) return;
    this.query = '';
    this.commitBin(bank.bin);
  }

  private commitBin(bin: string): void {
    this.setValueByCitizen(bin);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The native `input` of the box inside is composed and would reach the page: the picker fires its own. */
  private stopNativeInput(event: Event): void {
    event.stopPropagation();
  }

  /**
   * The combobox draws the label, hint and message itself (a label must be in the same shadow root as its box),
   * so the picker renders only the combobox, with the field's words and message.
   */
  protected override render(): TemplateResult {
    const t = this.localizer.t;
    const list = this.bankList;
    const bin = this.format(this.value);
    const emptyText = list.ready ? t('field.bank.noMatch') : list.loadFailed ? t('field.bank.loadFailed') : t('field.bank.loading');
    return html`<lt-combobox
      exportparts=${COMBOBOX_PARTS}
      lang=${this.localizer.lang}
      label=${this.label || t('field.bank.label')}
      hint=${this.hint || t('field.bank.hint')}
      optional-text=${this.optionalText}
      error=${this.visibleMessage}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readonly}
      .options=${list.options(this.query)}
      .value=${bin}
      selected-label=${this.bank?.shortName ?? ''}
      empty-text=${emptyText}
      @input=${this.stopNativeInput}
      @lt-combobox-input=${this.onQuery}
      @lt-combobox-select=${this.onSelect}
    ></lt-combobox>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-bank-picker': LtBankPicker;
  }
}
