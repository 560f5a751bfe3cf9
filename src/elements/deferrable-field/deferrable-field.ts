import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isDeferred } from '../../core/engine/model.js';
import type { DeferredAnswer } from '../../core/engine/model.js';
import { checkLength } from '../../core/rules/index.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { asText } from '../../core/rules/as-text.js';
import { LtFormField } from '../shared/form-field.js';
import { choiceFieldStyles } from '../choice-field/choice-field.styles.js';
import { renderRevealOption, revealStyles } from '../shared/reveal.js';
import { deferrableFieldStyles } from './deferrable-field.styles.js';

export type { DeferredAnswer } from '../../core/engine/model.js';

/** The answer: the fact typed (or looked up) now, or `{ deferred: true, reason }` for "provide it later". */
export type DeferrableValue = string | DeferredAnswer;

/** How the citizen answers: type it now, or provide it later. */
export type DeferrableMode = 'now' | 'later';

/**
 * A host hook that finds the fact for the citizen. Resolves to the value (a string), or to null, undefined or
 * '' when there is none. Anything else, a rejection, a throw, or no answer within `lookupTimeout` is shown as
 * "could not look it up now". `signal` is aborted when the element leaves the page or a new lookup starts.
 */
export type DeferrableLookup = (signal: AbortSignal) => Promise<unknown>;

/** Where a lookup stands, as the live region says it. */
type LookupState = 'idle' | 'searching' | 'found' | 'nothing' | 'failed';

/** Information sign shown before a message: what to do next, not a fault. */
const noticeIcon = html`<svg class="notice-icon" part="notice-icon" viewBox="0 0 24 24" aria-hidden="true"
  focusable="false"><path fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 4.4a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2ZM10.7 11h2.6v7h-2.6v-7Z"/></svg>`;

/** The longest reason kept for "later", as the engine checks it. */
export const DEFERRED_REASON_MAX_LENGTH = 200;

/** How long a lookup may take before it is given up, unless `lookupTimeout` says otherwise. */
const LOOKUP_TIMEOUT_MS = 20_000;

/** Separators a citizen types between digit groups (spaces, dots, dashes of every width). */
const SEPARATORS = /[\s.\-‐‑‒–—]/gu;

/** The mode a value says, or null when it says none ('' and other empty values keep the current mode). */
function modeOf(value: unknown): DeferrableMode | null {
  if (isDeferred(value)) return 'later';
  if (value === '' || value === null || value === undefined) return null;
  return 'now';
}

/** The answer "later" with this reason. */
const deferred = (reason: string): DeferredAnswer => ({ deferred: true, reason });

/**
 * Runs the host's lookup and says how it ended. Never throws: a hook that throws synchronously, rejects,
 * answers with something other than a string, or takes longer than `timeout` ends as `failed`. The signal is
 * aborted at the timeout too, so a hook that listens can stop its request.
 */
async function runLookup(
  hook: DeferrableLookup,
  controller: AbortController,
  timeout: number,
): Promise<{ state: 'found'; value: string } | { state: 'nothing' | 'failed' }> {
  const { signal } = controller;
  // A hook that ignores its signal still must not keep the citizen waiting: race it against the abort.
  const stopped = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  const timer = setTimeout(() => controller.abort(new DOMException('The lookup took too long.', 'TimeoutError')), timeout);
  let call: Promise<unknown>;
  try {
    // Called at once (the press of the button), a synchronous throw becoming a rejection like any other.
    call = Promise.resolve(hook(signal));
  } catch (error) {
    call = Promise.reject(error);
  }
  try {
    const result: unknown = await Promise.race([call, stopped]);
    if (result === null || result === undefined || result === '') return { state: 'nothing' };
    return typeof result === 'string' ? { state: 'found', value: result } : { state: 'failed' };
  } catch {
    return { state: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A fact the citizen may not have at hand, such as the deceased's social-insurance number. It is asked in
 * three ways, so that no family is blocked by it: **type it now**; have it **looked up** through a host hook
 * (`lookup`), shown for the citizen to check and used only when they press "Use this"; or **provide it
 * later**, with a short optional reason. The bundle's definition says which facts may wait; the filing is sent
 * without them and the dossier lists them as deferred.
 *
 * Two radios, "Enter it now" and "Provide it later", each revealing its part under it (govuk's conditional
 * reveal). The value says the mode: a `DeferredAnswer` is "later", a non-empty string is "now", and '' keeps
 * the current mode (at first, neither radio is checked). What is typed under "now" is kept while "later" is
 * chosen, and the reason while "now" is, should the citizen change their mind.
 *
 * Every message is a calm notice, never a red error: an information sign, the neutral `--lt-color-notice`,
 * and "Lưu ý:" ("Note:") for screen readers. That includes the host's `error`. The box a message is about is
 * still marked `aria-invalid`, so assistive technology says so.
 *
 * In a plain form, "now" submits the text under `name`; "later" submits `name.deferred` = `true` and
 * `name.reason`.
 *
 * @summary A fact given now, looked up, or provided later with a reason, form-associated.
 *
 * @fires input - When the citizen changes the answer: a mode chosen, a character typed, a looked-up value used
 *   (bubbles, composed). Never for programmatic changes.
 * @fires change - When the citizen commits a change: a mode chosen, a box left, a looked-up value used
 *   (bubbles, composed).
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint under the legend.
 * @csspart error - The message (always a notice here).
 * @csspart notice - The message, too.
 * @csspart notice-icon - The information sign before the message.
 * @csspart options - The two radios and what each reveals.
 * @csspart choice - Each radio.
 * @csspart option-label - Each radio's label.
 * @csspart details - The part revealed under the chosen radio.
 * @csspart input - The text box under "now", and the reason box under "later" (also `reason`).
 * @csspart reason - The reason box under "later".
 * @csspart later-note - The note under "later" saying the filing is still sent now.
 * @csspart lookup - The lookup's button, status and "Use this" button.
 * @csspart lookup-button - The button that asks the host to look the fact up.
 * @csspart lookup-status - The live region saying how the lookup went.
 * @csspart found - The value the lookup found.
 * @csspart use-button - The button that uses the value found.
 *
 * @cssprop --lt-color-notice - Colour of the message, its bar and sign, and of a box it is about (default #1d70b8).
 * @cssprop --lt-deferrable-field-details-bar-color - The bar along the revealed part.
 * @cssprop --lt-deferrable-field-gap - Space between the parts of the revealed part.
 * @cssprop --lt-deferrable-field-button-background - Background of the lookup's buttons.
 * @cssprop --lt-deferrable-field-button-hover-background - Background of the lookup's buttons under the pointer.
 * @cssprop --lt-deferrable-field-button-color - Text colour of the lookup's buttons.
 * @cssprop --lt-deferrable-field-button-border-color - Border colour of the lookup's buttons.
 * @cssprop --lt-deferrable-field-button-border-radius - Corner radius of the lookup's buttons.
 * @cssprop --lt-choice-field-control-size - Size of the radios (at least 24px).
 * @cssprop --lt-field-border-color - Border colour of the boxes.
 * @cssprop --lt-focus-ring-color - Colour of the focus ring.
 */
@customElement('lt-deferrable-field')
export class LtDeferrableField extends LtFormField<DeferrableValue> {
  static override styles = [...LtFormField.styles, choiceFieldStyles, revealStyles, deferrableFieldStyles];

  /**
   * The answer: the text typed now (normalised: NFKC, trimmed, and for `numeric` without spaces, dots and
   * dashes), `{ deferred: true, reason }` for "later", or '' when nothing is given yet.
   */
  @property() value: DeferrableValue = '';

  /** The name of the box under "now", e.g. "Mã số bảo hiểm xã hội"; by default a generic "Thông tin cần nhập". */
  @property({ attribute: 'input-label' }) inputLabel = '';

  /** The label of the "now" radio instead of "Nhập ngay". */
  @property({ attribute: 'now-label' }) nowLabel = '';

  /** The label of the "later" radio instead of "Bổ sung sau". */
  @property({ attribute: 'later-label' }) laterLabel = '';

  /** The label of the lookup button instead of "Tra cứu giúp tôi". */
  @property({ attribute: 'lookup-label' }) lookupLabel = '';

  /** The note under "later" instead of the default (the filing is still sent now; add the fact later). */
  @property({ attribute: 'later-note' }) laterNote = '';

  /** The on-screen keyboard for the box under "now"; `numeric` also drops spaces, dots and dashes typed. */
  @property() inputmode: 'text' | 'numeric' = 'text';

  /** Most characters allowed under "now" (checked, never cut off while typing). */
  @property({ type: Number }) maxlength = 200;

  /** A regular expression (source, as in the `pattern` attribute) the whole text typed now must match. */
  @property() pattern = '';

  /** The message code (below `error.`) reported when the text does not match `pattern`. */
  @property({ attribute: 'pattern-code' }) patternCode = 'invalid';

  /**
   * The host's hook that finds the fact; when set, "now" offers a "look it up for me" button. What it finds is
   * shown, and used only when the citizen presses "Use this". See {@link DeferrableLookup}.
   */
  @property({ attribute: false }) lookup?: DeferrableLookup;

  /** How long a lookup may take, in milliseconds, before it is given up as "could not look it up now". */
  @property({ type: Number, attribute: 'lookup-timeout' }) lookupTimeout = LOOKUP_TIMEOUT_MS;

  /** The chosen mode; null until the citizen (or a value) chooses one. */
  @state() private mode: DeferrableMode | null = null;

  /** The reason as typed (the value holds it trimmed once the box is left). */
  @state() private reasonRaw = '';

  @state() private lookupState: LookupState = 'idle';

  /** What the lookup found, normalised as typed text would be. */
  @state() private found = '';

  /** The lookup in flight, aborted when another starts or the element leaves the page. */
  private pending?: AbortController;

  /** The compiled `pattern`, kept while the source stays the same; null for none or a broken one. */
  private compiled?: { source: string; regex: RegExp | null };

  protected override get grouped(): boolean {
    return true;
  }

  /**
   * A fact the citizen may rightly leave for later: never a red error. An information sign, the neutral
   * `--lt-color-notice`, and a hidden "Lưu ý:" ("Note:") rather than "Lỗi:" for screen readers.
   */
  protected override renderMessage(message: string): TemplateResult {
    return html`<p id="error" part="error notice" class="notice-message">
      ${noticeIcon}<span><span class="visually-hidden">${this.localizer.t('field.noticePrefix')} </span>${message}</span>
    </p>`;
  }

  protected override get messageTone(): string {
    return 'notice';
  }

  private get nowText(): string {
    return this.nowLabel || this.localizer.t('field.deferrable.now');
  }

  private get laterText(): string {
    return this.laterLabel || this.localizer.t('field.deferrable.later');
  }

  /** `pattern` as a regular expression anchored at both ends, or null (no pattern, or one that cannot compile). */
  private get patternRegex(): RegExp | null {
    const source = asText(this.pattern);
    if (this.compiled?.source !== source) {
      let regex: RegExp | null = null;
      try {
        regex = source ? new RegExp(`^(?:${source})$`, 'u') : null;
      } catch {
        // A pattern from the page that is not a valid expression checks nothing rather than throwing.
      }
      this.compiled = { source, regex };
    }
    return this.compiled.regex;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Value, validity, form

  /** Nothing answered, for a required fact, is said as both ways to answer. */
  protected override get issue(): RuleIssue | null {
    const issue = super.issue;
    return issue?.code === 'required' ? { code: 'deferrable.required' } : issue;
  }

  protected override validate(value: DeferrableValue): RuleIssue | null {
    if (isDeferred(value)) return checkLength(asText(value.reason), { max: DEFERRED_REASON_MAX_LENGTH });
    if (typeof value !== 'string') return { code: 'invalid' };
    const tooLong = checkLength(value, { max: this.maxlength > 0 ? this.maxlength : undefined });
    if (tooLong) return tooLong;
    const pattern = this.patternRegex;
    return pattern && !pattern.test(value) ? { code: this.patternCode || 'invalid' } : null;
  }

  protected override parse(raw: string): string {
    const text = asText(raw).normalize('NFKC').trim();
    return this.inputmode === 'numeric' ? text.replace(SEPARATORS, '') : text;
  }

  protected override format(value: DeferrableValue): string {
    return isDeferred(value) ? '' : asText(value);
  }

  /** A value from the host says the mode; '' keeps it, and empties the box. */
  protected override valueSet(byCitizen: boolean): void {
    if (byCitizen) return;
    const value = this.value;
    const mode = modeOf(value);
    if (mode) this.mode = mode;
    if (isDeferred(value)) this.reasonRaw = asText(value.reason);
    else this.raw = this.format(value);
  }

  protected override toFormValue(value: DeferrableValue): string | FormData | null {
    if (!isDeferred(value)) return this.format(value);
    if (!this.name) return null;
    const data = new FormData();
    data.append(`${this.name}.deferred`, 'true');
    data.append(`${this.name}.reason`, asText(value.reason));
    return data;
  }

  protected override toFormState(value: DeferrableValue): string {
    return isDeferred(value) ? JSON.stringify(deferred(asText(value.reason))) : this.format(value);
  }

  /** A "later" state comes back as JSON; anything else, JSON or not, is kept as the text typed. */
  protected override restoreState(state: string): void {
    let restored: DeferrableValue = state;
    if (state.startsWith('{')) {
      try {
        const parsed: unknown = JSON.parse(state);
        if (isDeferred(parsed)) restored = deferred(asText(parsed.reason));
      } catch {
        // Not JSON: text the citizen typed that happens to start with a brace.
      }
    }
    this.value = restored;
  }

  /** Form reset: back to the default value, its mode (none for ''), and no lookup shown. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.mode = modeOf(this.value);
    if (!isDeferred(this.value)) this.reasonRaw = '';
    this.stopLookup();
  }

  /** The checked radio, else the first, as Tab does in a radio group. */
  protected override get focusTarget(): HTMLElement | null {
    const root = this.shadowRoot;
    if (!root) return null;
    return root.querySelector<HTMLElement>('.choice-input:checked') ?? root.querySelector<HTMLElement>('.choice-input');
  }

  /** The browser's bubble points at the box to fix when there is one, else at the radios. */
  protected override get validityAnchor(): HTMLElement | undefined {
    const box = this.mode === 'now' ? '#input' : this.mode === 'later' ? '#reason' : '';
    const faulty = box && !this.error && this.issue ? this.shadowRoot?.querySelector<HTMLElement>(box) : null;
    return faulty ?? this.focusTarget ?? undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLookup();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another hook (or none) makes what the old one found meaningless.
    if (changed.has('lookup') && this.hasUpdated) this.stopLookup();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The citizen's actions

  /** Sets the answer as the citizen's change, and says so (`input`, and `change` when committed). */
  private answer(next: DeferrableValue, committed: boolean): void {
    this.setValueByCitizen(next);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (committed) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private choose(mode: DeferrableMode, event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    if (this.mode === mode) return;
    this.mode = mode;
    // Back to what was typed (or the reason given) before switching.
    this.answer(mode === 'now' ? this.parse(this.raw) : deferred(this.reasonRaw.normalize('NFC').trim()), true);
  }

  private onNowInput(event: Event): void {
    this.raw = (event.target as HTMLInputElement).value;
    this.answer(this.parse(this.raw), false);
  }

  private onReasonInput(event: Event): void {
    this.reasonRaw = (event.target as HTMLInputElement).value;
    this.answer(deferred(this.reasonRaw.normalize('NFC')), false);
  }

  /** Leaving the reason box keeps it without the spaces around it. */
  protected override commit(): void {
    if (this.mode !== 'later' || !isDeferred(this.value)) return;
    const reason = this.reasonRaw.normalize('NFC').trim();
    this.reasonRaw = reason;
    if (reason !== this.value.reason) this.setValueByCitizen(deferred(reason));
  }

  /** The native `input` events inside are composed and would reach the page: the field fires its own. */
  private stopNativeInput(event: Event): void {
    event.stopPropagation();
  }

  /** Asks the host's hook, replacing a lookup still in flight; what it finds waits for "Use this". */
  private async startLookup(): Promise<void> {
    const hook = this.lookup;
    if (typeof hook !== 'function' || this.readonly || this.isDisabled) return;
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    this.found = '';
    this.lookupState = 'searching';
    const timeout = Number.isFinite(this.lookupTimeout) && this.lookupTimeout > 0 ? this.lookupTimeout : LOOKUP_TIMEOUT_MS;
    const outcome = await runLookup(hook, controller, timeout);
    // A newer lookup, a reset or leaving the page took over: this answer is no longer wanted.
    if (this.pending !== controller) return;
    this.pending = undefined;
    const found = outcome.state === 'found' ? this.parse(outcome.value) : '';
    this.found = found;
    this.lookupState = outcome.state === 'found' ? (found ? 'found' : 'nothing') : outcome.state;
  }

  /** Aborts a lookup in flight and forgets what the last one said. */
  private stopLookup(): void {
    this.pending?.abort();
    this.pending = undefined;
    this.lookupState = 'idle';
    this.found = '';
  }

  /** The citizen accepts what was found: it becomes the answer, in the box, where focus goes to check it. */
  private useFound(): void {
    if (this.readonly || this.isDisabled || this.lookupState !== 'found' || !this.found) return;
    const found = this.found;
    this.stopLookup();
    this.mode = 'now';
    this.raw = found;
    // Focus before the button disappears, so it never falls back to the page.
    this.shadowRoot?.querySelector<HTMLInputElement>('#input')?.focus();
    this.answer(found, true);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  protected override renderControl(message: string): TemplateResult {
    const mode = this.mode;
    // Nothing chosen yet: the message is about the choice itself.
    const choiceFaulty = !!message && !mode;
    return html`<div class="options" part="options" @input=${this.stopNativeInput}>
      ${this.renderMode('now', this.nowText, mode === 'now', choiceFaulty)}
      ${mode === 'now' ? this.renderNow(message) : nothing}
      ${this.renderMode('later', this.laterText, mode === 'later', choiceFaulty)}
      ${mode === 'later' ? this.renderLater(message) : nothing}
    </div>`;
  }

  private renderMode(mode: DeferrableMode, label: string, checked: boolean, invalid: boolean): TemplateResult {
    return renderRevealOption({
      group: 'mode',
      value: mode,
      label,
      checked,
      disabled: this.isDisabled,
      invalid,
      controls: checked ? `${mode}-details` : undefined,
      onChange: (event) => this.choose(mode, event),
    });
  }

  private renderNow(message: string): TemplateResult {
    const t = this.localizer.t;
    const numeric = this.inputmode === 'numeric';
    const narrow = this.maxlength > 0 && this.maxlength <= 20;
    return html`<div id="now-details" class="details" part="details">
      <div>
        <label class="part-label" for="input">${this.inputLabel || t('field.deferrable.inputLabel')}</label>
        <input
          id="input"
          class="input ${narrow ? 'narrow' : ''}"
          part="input"
          type="text"
          inputmode=${numeric ? 'numeric' : 'text'}
          spellcheck=${ifDefined(numeric ? 'false' : undefined)}
          .value=${live(this.raw)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-describedby=${ifDefined(message ? 'error' : undefined)}
          aria-invalid=${message ? 'true' : 'false'}
          @input=${this.onNowInput}
          @change=${this.onNativeChange}
          @keydown=${this.submitOnEnter}
        />
      </div>
      ${typeof this.lookup === 'function' ? this.renderLookup() : nothing}
    </div>`;
  }

  private renderLookup(): TemplateResult {
    const t = this.localizer.t;
    const inactive = this.isDisabled || this.readonly;
    return html`<div class="lookup" part="lookup">
      <button id="lookup" class="button" part="lookup-button" type="button" ?disabled=${inactive} @click=${this.startLookup}>
        ${this.lookupLabel || t('field.deferrable.lookup')}
      </button>
      <div id="lookup-status" class="lookup-status" part="lookup-status" role="status">${this.renderLookupStatus()}</div>
      ${this.lookupState === 'found'
        ? html`<button id="use" class="button" part="use-button" type="button" ?disabled=${inactive} @click=${this.useFound}>
            ${t('field.deferrable.use')}
          </button>`
        : nothing}
    </div>`;
  }

  /** What the live region says; empty while idle, so each new state is announced once. */
  private renderLookupStatus(): TemplateResult | typeof nothing {
    const t = this.localizer.t;
    switch (this.lookupState) {
      case 'searching':
        return html`<p>${t('field.deferrable.searching')}</p>`;
      case 'found':
        return html`<p>${t('field.deferrable.found')} <strong class="found" part="found">${this.found}</strong></p>
          <p>${t('field.deferrable.foundCheck', { use: t('field.deferrable.use') })}</p>`;
      case 'nothing':
        return html`<p>${t('field.deferrable.nothingFound', { later: this.laterText })}</p>`;
      case 'failed':
        return html`<p>${t('field.deferrable.failed', { later: this.laterText })}</p>`;
      default:
        return nothing;
    }
  }

  private renderLater(message: string): TemplateResult {
    const t = this.localizer.t;
    // The note is revealed after the radio and Tab goes straight to the box: the box is described by it too.
    const describedBy = ['later-note', 'reason-hint', message ? 'error' : ''].filter(Boolean).join(' ');
    return html`<div id="later-details" class="details" part="details">
      <p id="later-note" class="later-note" part="later-note">${this.laterNote || t('field.deferrable.laterNote')}</p>
      <div>
        <label class="part-label" for="reason">${t('field.deferrable.reason')}</label>
        <div id="reason-hint" class="hint part-hint">${t('field.deferrable.reasonHint')}</div>
        <input
          id="reason"
          class="input"
          part="input reason"
          type="text"
          .value=${live(this.reasonRaw)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-describedby=${describedBy}
          aria-invalid=${message ? 'true' : 'false'}
          @input=${this.onReasonInput}
          @change=${this.onNativeChange}
          @keydown=${this.submitOnEnter}
        />
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-deferrable-field': LtDeferrableField;
  }
}
