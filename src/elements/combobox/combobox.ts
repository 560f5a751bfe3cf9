import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { asText } from '../../core/rules/as-text.js';
import { passThrough } from '../shared/form-field.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { comboboxStyles } from './combobox.styles.js';

/** One entry of the list. */
export interface ComboboxOption {
  /** What the owner stores (a unit's code, a bank's BIN…). Unique within the list. */
  value: string;
  /** The main line, as plain text; also what the box shows once this option is chosen. */
  label: string;
  /** An optional second line, as plain text (the province of a commune, a bank's full name…). */
  description?: string;
}

/** Detail of `lt-combobox-input`: the text in the box after the citizen's keystroke. */
export interface ComboboxInputDetail {
  query: string;
}

/**
 * Detail of `lt-combobox-select`: the chosen option's value and the option itself, or `''` and `null` when the
 * citizen dropped the choice (edited or cleared the text after choosing).
 */
export interface ComboboxSelectDetail {
  value: string;
  option: ComboboxOption | null;
}

export type ComboboxInputEvent = CustomEvent<ComboboxInputDetail>;
export type ComboboxSelectEvent = CustomEvent<ComboboxSelectDetail>;

/**
 * How long the live region waits after the last keystroke (or the last new list) before saying the count.
 * Long enough not to talk over typing, short enough to come while the citizen wonders what was found.
 */
const ANNOUNCE_DELAY_MS = 500;

/** Long enough for the accessibility tree to see the emptied region, short enough to feel immediate. */
const REFILL_DELAY_MS = 50;

/** Warning sign before the message, as on every field (the same drawing as in form-field.ts). */
const errorIcon = html`<svg class="error-icon" part="error-icon" viewBox="0 0 24 24" aria-hidden="true"
  focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.3 5h2.6l-.4 7h-1.8l-.4-7Zm1.3 8.6a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2Z"/></svg>`;

const chevron = (open: boolean) => html`<svg class="chevron ${open ? 'open' : ''}" part="chevron" viewBox="0 0 24 24"
  aria-hidden="true" focusable="false"><path d="M5 8.5h14L12 16.5Z"/></svg>`;

const check = html`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path
  d="M9.5 16.2 4.8 11.5l-1.6 1.6 6.3 6.3L21 7.9l-1.6-1.6-9.9 9.9Z"/></svg>`;

/** The usable options, whatever the owner handed us: non-objects are dropped, every part becomes text. */
function cleanOptions(options: unknown): ComboboxOption[] {
  if (!Array.isArray(options)) return [];
  return options
    .filter((option): option is Record<string, unknown> => option !== null && typeof option === 'object')
    .map((option) => {
      const description = asText(option['description']);
      return { value: asText(option['value']), label: asText(option['label']), ...(description ? { description } : {}) };
    });
}

/**
 * A text box with a list of suggestions under it, for picking one entry from a long list by typing part of
 * it: a province, a commune, a bank. It follows the WAI-ARIA 1.2 "combobox with listbox popup" pattern (list
 * autocomplete, no automatic selection), as the APG example does: DOM focus never leaves the box; the arrow
 * keys move a highlighted option, which `aria-activedescendant` points at, and Enter or a tap chooses it.
 *
 * The element does not search. Each keystroke fires `lt-combobox-input`; the owner answers by setting
 * `options` (best first), synchronously or later. With nothing typed the owner may still give options (e.g.
 * the most used banks): they show when the citizen taps the box or presses Down / Alt+Down.
 *
 * It is not form-associated: the field that uses it is (address field, bank picker), and it shows that field's
 * message through `error`, or just marks the box with `invalid` when the message is shown elsewhere.
 *
 * @summary Searchable list (ARIA combobox); the owner searches and submits.
 *
 * @fires lt-combobox-input - On every change of the text by the citizen; `detail.query` is the text. Bubbles,
 *   not composed: it stays in the owner's shadow root.
 * @fires lt-combobox-select - When the citizen chooses an option (`detail.value`, `detail.option`), or drops
 *   the choice by editing or clearing the text (`value` `''`, `option` null). Bubbles, not composed. Never
 *   for values set by the owner.
 *
 * @csspart base - The wrapper holding label, hint, message and box.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - The text box.
 * @csspart chevron - The arrow at the end of the box.
 * @csspart popup - The box under the text box holding the list or the "no match" line.
 * @csspart listbox - The list of options.
 * @csspart option - Each option (the highlighted one also has `option-active`, the chosen one `option-selected`).
 * @csspart option-label - The main line of each option.
 * @csspart option-description - The second line of each option.
 * @csspart empty - The "no match" line.
 *
 * @cssprop --lt-combobox-popup-position - `absolute` (default: over what follows) or `static` (in the flow).
 * @cssprop --lt-combobox-popup-max-block-size - Height of the list before it scrolls (default min(20rem, 50dvh)).
 * @cssprop --lt-combobox-popup-z-index - Stacking of the popup (default 10).
 * @cssprop --lt-combobox-popup-offset - Gap between box and popup (default 2px).
 * @cssprop --lt-combobox-popup-background - Background of the popup.
 * @cssprop --lt-combobox-popup-color - Text colour of the popup.
 * @cssprop --lt-combobox-popup-border-color - Border of the popup.
 * @cssprop --lt-combobox-popup-shadow - Shadow of the popup.
 * @cssprop --lt-combobox-option-separator-color - Line between options.
 * @cssprop --lt-combobox-option-hover-background - Option under the mouse.
 * @cssprop --lt-combobox-option-active-background - Highlighted option's background.
 * @cssprop --lt-combobox-option-active-color - Highlighted option's text.
 * @cssprop --lt-combobox-option-active-bar-color - Bar at the start of the highlighted option.
 * @cssprop --lt-combobox-option-description-color - Second line of an option.
 * @cssprop --lt-combobox-empty-color - The "no match" line.
 * @cssprop --lt-combobox-chevron-color - The arrow at the end of the box.
 * @cssprop --lt-color-error - Colour of the message and its bar.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-combobox')
export class LtCombobox extends LitElement {
  static override styles = comboboxStyles;

  /** `focus()` and clicks on the host land on the box, as for a native input. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** `lang` is a global attribute, not a Lit property: watch it so the words follow it at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The question, as plain text. Without `required` it is followed by "(không bắt buộc)". */
  @property() label = '';

  /** Help under the label, as plain text. */
  @property() hint = '';

  /** What follows the label when not `required`, instead of "(không bắt buộc)". */
  @property({ attribute: 'optional-text' }) optionalText = '';

  /** A message from the owner, shown under the hint; the box is then marked invalid. */
  @property() error = '';

  /** Marks the box invalid without a message of its own (the owner shows the message, e.g. for a group). */
  @property({ type: Boolean, reflect: true }) invalid = false;

  /** Whether an answer is needed; only changes the label (no "(không bắt buộc)"): the owner validates. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not usable: no typing, no popup, no events. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows the chosen label without letting it change: no popup, no events. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Shown in the empty box, as plain text. Not a replacement for `label` or `hint`. */
  @property() placeholder = '';

  /** The box's autofill token; `off` by default, so the browser's own list does not cover this one. */
  @property() autocomplete = 'off';

  /** The suggestions for what is typed now, best first, set by the owner in answer to `lt-combobox-input`. */
  @property({ attribute: false }) options: ComboboxOption[] = [];

  /** Shown (and said) when something is typed and `options` is empty; by default "Không tìm thấy kết quả phù hợp." */
  @property({ attribute: 'empty-text' }) emptyText = '';

  /**
   * The label of the chosen option. Set by the combobox when the citizen chooses; an owner setting `value` for
   * an option that is not in `options` (a restored draft) sets this too, so the box can show it.
   */
  @property({ attribute: 'selected-label' }) selectedLabel = '';

  /**
   * The chosen option's value, or `''`. Setting it shows the option's label in the box: the label from
   * `options` when the option is there (now or once it arrives), else `selectedLabel`, else the value itself.
   */
  @property()
  get value(): string {
    return this.currentValue;
  }
  set value(value: string) {
    const next = asText(value);
    if (next === this.currentValue) return;
    this.currentValue = next;
    // A value from the owner replaces whatever was typed. The owner echoing the citizen's own change back
    // (e.g. `''` after an edit) is the same value, and returned above, so the typed text stays.
    if (!this.byCitizen) {
      this.typed = null;
      this.valueFromOwner = true;
    }
  }

  /** Whether the popup is showing (a list, or the "no match" line). */
  get open(): boolean {
    return this.popupShown;
  }

  private currentValue = '';

  /** Set when the owner assigns `value`, until the next update looks at `selectedLabel` (see willUpdate). */
  private valueFromOwner = false;

  /** The citizen's own text while editing; null while the box shows the chosen option's label. */
  @state() private typed: string | null = null;

  /** Whether the citizen asked for the popup (typing, Down, a tap); it shows only when it has something to say. */
  @state() private expanded = false;

  /** Index of the highlighted option, or -1: the arrow keys move it, Enter chooses it. */
  @state() private active = -1;

  /** The live region's words. */
  @state() private announcement = '';

  @query('#input') private input?: HTMLInputElement;
  @query('#listbox') private listbox?: HTMLElement;

  private readonly strings = new LocalizeController(this);

  /** True while the combobox itself assigns `value`, so the setter keeps the typed text. */
  private byCitizen = false;

  /** The usable options, cleaned when `options` changes. */
  private list: ComboboxOption[] = [];

  /** Whether a count is owed to the live region (after typing, or opening without a highlight). */
  private announcePending = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private refillTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Empties the box and drops the choice, without events: for the owner's form reset. (Setting `value` to
   * `''` when it already is `''` keeps what the citizen typed, so an owner echoing values back never erases
   * the citizen's words.)
   */
  clear(): void {
    this.byCitizen = true;
    try {
      this.value = '';
    } finally {
      this.byCitizen = false;
    }
    this.selectedLabel = '';
    this.typed = null;
    this.close();
  }

  /** Moves focus to the box. */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else super.focus(options);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelAnnouncement();
    this.expanded = false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // What is shown

  /** Whether the citizen can act on the box at all. */
  private get usable(): boolean {
    return !this.disabled && !this.readonly;
  }

  /** The text in the box: the citizen's while editing, else the chosen option's label. */
  private get text(): string {
    if (this.typed !== null) return this.typed;
    if (!this.value) return '';
    return this.list.find((option) => option.value === this.value)?.label || this.selectedLabel || this.value;
  }

  /** Whether the "no match" line is due: the citizen typed something and the owner found nothing. */
  private get noMatch(): boolean {
    return this.list.length === 0 && this.typed !== null && this.typed.trim() !== '';
  }

  /** The popup is shown only with something in it: never an empty box. */
  private get popupShown(): boolean {
    return this.expanded && this.usable && (this.list.length > 0 || this.noMatch);
  }

  /** The list itself is shown (what `aria-expanded` reports): the "no match" line alone is not a list. */
  private get listShown(): boolean {
    return this.popupShown && this.list.length > 0;
  }

  private get selectedIndex(): number {
    return this.value ? this.list.findIndex((option) => option.value === this.value) : -1;
  }

  private get t() {
    return this.strings.localizer.t;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('options')) {
      // Keep the highlight on the same option if it is still offered (the owner may hand over a new array
      // with the same entries); a different list starts without a highlight, as after typing.
      const activeValue = this.list[this.active]?.value;
      this.list = cleanOptions(this.options);
      this.active = activeValue === undefined ? -1 : this.list.findIndex((option) => option.value === activeValue);
      // The owner may answer a keystroke later (an async search): the count waits for the answer, and a late
      // answer is said again rather than leaving "no match" as the last word.
      if (this.announcePending || (this.expanded && this.typed !== null)) this.scheduleAnnouncement();
    }
    if (changed.has('value') && this.valueFromOwner && !changed.has('selectedLabel')) {
      // A new value from the owner without a label of its own: the label of the previous choice is not its
      // label. (Value and label given together, in either order, arrive in the same update and are kept.)
      this.selectedLabel = '';
    }
    this.valueFromOwner = false;
    if (this.typed === null && this.value) {
      // Keep `selectedLabel` the label shown, so the owner can read it whichever way the value came.
      const known = this.list.find((option) => option.value === this.value);
      if (known) this.selectedLabel = known.label;
    }
    if ((changed.has('disabled') || changed.has('readonly')) && !this.usable) this.close();
    if (!this.listShown) this.active = -1;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) this.scrollActiveIntoView();
  }

  /**
   * Scrolls the list (and only the list: `scrollIntoView` could scroll the page under a phone's keyboard) so
   * the highlighted option is fully visible.
   */
  private scrollActiveIntoView(): void {
    const list = this.listbox;
    const option = this.renderRoot.querySelector<HTMLElement>(`#option-${this.active}`);
    if (!list || !option) return;
    const top = option.offsetTop;
    const bottom = top + option.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The citizen's actions

  private onInput(event: Event): void {
    if (!this.usable) return;
    this.typed = (event.target as HTMLInputElement).value;
    // Editing the text drops the choice: the box must never show one thing while the owner keeps another.
    if (this.value) this.setChoice(null);
    this.active = -1;
    this.expanded = true;
    this.announcePending = true;
    this.scheduleAnnouncement();
    this.fireInput(this.typed);
  }

  /** A tap or click in the box shows the list (on a phone there is no Down key). */
  private onClick(): void {
    if (!this.usable || this.expanded) return;
    this.openPopup(true);
  }

  private onBlur(): void {
    // Options take no focus and a press on them keeps it in the box (onPopupMouseDown), so a blur is the
    // citizen leaving: Tab, or a tap elsewhere. Nothing is chosen.
    this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // While an input method composes a word (Vietnamese on many phones), its keys are its own.
    if (event.isComposing || !this.usable) return;
    const count = this.list.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          // APG: Alt+Down opens without highlighting anything.
          this.openPopup(true);
        } else if (!this.listShown) {
          this.openPopup(false);
          this.active = count ? Math.max(this.selectedIndex, 0) : -1;
        } else {
          this.active = (this.active + 1) % count;
        }
        break;
      case 'ArrowUp':
        if (event.altKey) {
          if (this.popupShown) {
            event.preventDefault();
            this.close();
          }
          break;
        }
        event.preventDefault();
        if (!this.listShown) {
          this.openPopup(false);
          const selected = this.selectedIndex;
          this.active = selected >= 0 ? selected : count - 1;
        } else {
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        break;
      case 'Enter':
        // Only a highlighted option is chosen; otherwise Enter is left to the owner (e.g. to submit its form).
        if (this.listShown && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        // First Escape closes, a second one clears (APG). With nothing to do, it is left to a dialog around.
        if (this.popupShown) {
          event.preventDefault();
          this.close();
        } else if (this.text) {
          event.preventDefault();
          this.clearByCitizen();
        }
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the box as usual; the highlight goes back to the box, as in the APG example.
        this.active = -1;
        break;
      default:
    }
  }

  /** A press on the popup must not take focus from the box, or the popup would close before the click. */
  private onPopupMouseDown(event: MouseEvent): void {
    event.preventDefault();
  }

  private onOptionClick(index: number): void {
    if (!this.usable) return;
    this.choose(index);
    this.input?.focus();
  }

  // ---------------------------------------------------------------------------------------------------------
  // State changes

  private openPopup(announce: boolean): void {
    this.expanded = true;
    this.active = -1;
    // When nothing is highlighted, the screen reader only hears "expanded": tell it what there is.
    if (announce) {
      this.announcePending = true;
      this.scheduleAnnouncement();
    }
  }

  private close(): void {
    this.expanded = false;
    this.active = -1;
    // A count about a list that is gone would only confuse.
    this.cancelAnnouncement();
  }

  private choose(index: number): void {
    const option = this.list[index];
    if (!option) return;
    this.typed = null;
    this.close();
    this.setChoice(option);
    // The caret at the end of the chosen name, ready for the citizen to go on.
    void this.updateComplete.then(() => {
      const input = this.input;
      if (input && this.shadowRoot?.activeElement === input) input.setSelectionRange(input.value.length, input.value.length);
    });
  }

  /** The second Escape: the citizen empties the box (and so drops any choice). */
  private clearByCitizen(): void {
    this.typed = '';
    this.active = -1;
    if (this.value) this.setChoice(null);
    this.fireInput('');
  }

  /** Sets the choice as the citizen's doing, and tells the owner. */
  private setChoice(option: ComboboxOption | null): void {
    this.byCitizen = true;
    try {
      this.value = option?.value ?? '';
      this.selectedLabel = option?.label ?? '';
    } finally {
      this.byCitizen = false;
    }
    const detail: ComboboxSelectDetail = { value: this.value, option: option ? { ...option } : null };
    this.dispatchEvent(new CustomEvent<ComboboxSelectDetail>('lt-combobox-select', { detail, bubbles: true }));
  }

  /** Tells the owner the text changed, so it can search and set `options`. */
  private fireInput(query: string): void {
    this.dispatchEvent(new CustomEvent<ComboboxInputDetail>('lt-combobox-input', { detail: { query }, bubbles: true }));
  }

  // ---------------------------------------------------------------------------------------------------------
  // The live region

  /** Says the count (or "no match") once typing and the owner's answers have paused. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announce(), ANNOUNCE_DELAY_MS);
  }

  private announce(): void {
    this.announcePending = false;
    if (!this.popupShown) return;
    const words = this.list.length
      ? this.t('field.combobox.results', { count: this.list.length })
      : this.emptyText || this.t('field.combobox.noResults');
    // Emptied first and filled a moment later, so the same words twice ("3 results" again) are read again.
    this.announcement = '';
    clearTimeout(this.refillTimer);
    this.refillTimer = setTimeout(() => (this.announcement = words), REFILL_DELAY_MS);
  }

  private cancelAnnouncement(): void {
    this.announcePending = false;
    clearTimeout(this.announceTimer);
    clearTimeout(this.refillTimer);
    this.announceTimer = undefined;
    this.refillTimer = undefined;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  /** The ids that describe the box: hint and message, when shown. */
  private describedBy(message: string): string | undefined {
    const ids = [this.hint ? 'hint' : '', message ? 'error' : ''].filter(Boolean).join(' ');
    return ids || undefined;
  }

  private renderOption(option: ComboboxOption, index: number): TemplateResult {
    const active = index === this.active;
    const selected = !!this.value && option.value === this.value;
    const parts = ['option', active ? 'option-active' : '', selected ? 'option-selected' : ''].filter(Boolean).join(' ');
    // aria-selected marks the highlighted option, as in the APG example: screen readers read the option
    // `aria-activedescendant` points at, and some only when it is marked selected.
    return html`<li
      id="option-${index}"
      role="option"
      part=${parts}
      class=${classMap({ option: true, active, selected })}
      aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.onOptionClick(index)}
    >
      <span class="option-text">
        <span class="option-label" part="option-label">${option.label}</span>${option.description
          ? html`<span class="visually-hidden">, </span><span class="option-description" part="option-description"
                >${option.description}</span
              >`
          : nothing}
      </span>
      ${selected ? check : nothing}
    </li>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const message = asText(this.error);
    const popupShown = this.popupShown;
    const listShown = this.listShown;
    const label = html`${this.label}${this.required
      ? nothing
      : html` <span class="optional">${this.optionalText || t('field.optional')}</span>`}`;
    // govuk: a visually hidden "Lỗi:" so the message is not read as part of the question.
    const error = message
      ? html`<p id="error" part="error" class="error">
          ${errorIcon}<span><span class="visually-hidden">${t('field.errorPrefix')} </span>${message}</span>
        </p>`
      : nothing;
    return html`<div part="base" class=${classMap({ field: true, invalid: !!message })}>
      <label id="label" part="label" class="label" for="input">${label}</label>
      ${this.hint ? html`<div id="hint" part="hint" class="hint">${this.hint}</div>` : nothing}${error}
      <div class="control">
        <input
          id="input"
          part="input"
          class="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${listShown ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(listShown && this.active >= 0 ? `option-${this.active}` : undefined)}
          aria-describedby=${ifDefined(this.describedBy(message))}
          aria-invalid=${message || this.invalid ? 'true' : 'false'}
          autocomplete=${passThrough(this.autocomplete || undefined)}
          spellcheck="false"
          autocapitalize="none"
          placeholder=${ifDefined(this.placeholder || undefined)}
          .value=${live(this.text)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @blur=${this.onBlur}
        />
        ${chevron(listShown)}
        <div part="popup" class="popup" ?hidden=${!popupShown} @mousedown=${this.onPopupMouseDown}>
          <ul id="listbox" part="listbox" class="listbox" role="listbox" aria-labelledby="label" ?hidden=${!listShown}>
            ${listShown ? this.list.map((option, index) => this.renderOption(option, index)) : nothing}
          </ul>
          ${popupShown && !listShown
            ? html`<p part="empty" class="empty">${this.emptyText || t('field.combobox.noResults')}</p>`
            : nothing}
        </div>
      </div>
      <div id="status" role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-combobox': LtCombobox;
  }
  interface HTMLElementEventMap {
    'lt-combobox-input': ComboboxInputEvent;
    'lt-combobox-select': ComboboxSelectEvent;
  }
}
