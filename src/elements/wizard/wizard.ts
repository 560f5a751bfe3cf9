import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  FilingState,
  PROCEDURES_PATH,
  REVIEW_STEP,
  StepFlow,
  fieldAt,
} from '../../core/engine/index.js';
import type { AnswerValue, BundleDefinition, Dossier, FieldChecks, FieldIssue, RejectedPrefill } from '../../core/engine/index.js';
import { todayIso } from '../../core/rules/index.js';
import type { SubmitReceipt, Transport, TransportErrorKind } from '../../core/transport/transport.js';
import { createI18n, defaultLocalizer, firstStepWordsShipped, loadBundleStrings, loadLaterStrings, localizerFor, toLang } from '../../i18n/i18n.js';
import type { Localizer, ResourceOverrides } from '../../i18n/i18n.js';
import { findBundle, isBundleName, loadBundle } from '../../bundles/index.js';
import { localizerContext, transportContext } from '../shared/context.js';
import type { ErrorSummaryItem, LtErrorSummary } from '../error-summary/error-summary.js';
import { HistorySync } from './internal/history-sync.js';
import { fieldElementId, fieldWords, renderField } from './internal/render-field.js';
import { lazyHttpTransport, loadFieldChecks, loadFieldElements, loadPrefillReader, loadReview, loadSubmission, loadSupplement, prefetchAll } from './internal/lazy.js';
import type { FieldElementKey } from './internal/lazy.js';
import type { LookupHook } from './internal/lookups.js';
import { LookupCache } from './internal/lookups.js';
import { wizardStyles } from './wizard.styles.js';
import '../stepper/stepper.js';
import '../error-summary/error-summary.js';
// Every bundle starts by choosing procedures; other field elements load with the step that shows them.
import '../choice-field/choice-field.js';

/** Detail of `lt-step-change`. */
export interface StepChangeDetail {
  step: string;
  index: number;
  total: number;
}

/** Detail of `lt-submit` (cancelable: cancel it to stop the wizard from sending). */
export interface SubmitDetail {
  dossier: Dossier;
}

/** Detail of `lt-submitted`. */
export interface SubmittedDetail {
  reference: string;
  procedures: string[];
  /** Facts the citizen chose to give later, with the procedures that wait for them (empty when none). */
  deferred: Dossier['deferred'];
  receipt: SubmitReceipt;
  dossier: Dossier;
}

/** Detail of `lt-submit-failed`. Everything the citizen entered is kept; submitting again is safe. */
export interface SubmitFailedDetail {
  reference: string;
  kind: TransportErrorKind | 'invalid' | 'no-endpoint';
  error: unknown;
}

/** Detail of `lt-prefill-rejected`: host data that was not used, so the host can log it. */
export interface PrefillRejectedDetail {
  rejected: RejectedPrefill[];
}

export type StepChangeEvent = CustomEvent<StepChangeDetail>;
export type WizardSubmitEvent = CustomEvent<SubmitDetail>;
export type SubmittedEvent = CustomEvent<SubmittedDetail>;
export type SubmitFailedEvent = CustomEvent<SubmitFailedDetail>;
export type PrefillRejectedEvent = CustomEvent<PrefillRejectedDetail>;

type Status = 'filling' | 'submitting' | 'submitted' | 'failed';

/** The element each field kind is rendered with (see internal/render-field.ts). */
const TAGS: Record<FieldElementKey, string> = {
  text: 'lt-text-field',
  name: 'lt-text-field',
  choice: 'lt-choice-field',
  date: 'lt-date-field',
  personalId: 'lt-personal-id-field',
  phone: 'lt-phone-field',
  email: 'lt-email-field',
  address: 'lt-address-field',
  upload: 'lt-upload-slot',
  payee: 'lt-payee-field',
  deferrable: 'lt-deferrable-field',
};

/**
 * The whole filing of one bundle, step by step: which procedures, then one topic per step, a review of every
 * answer, and one dossier sent through the transport. Everything it shows comes from the bundle's definition.
 *
 * Answers live in the wizard (a {@link FilingState}); the fields are rendered from it and report the
 * citizen's input back with their `input` events. Strings come from the wizard's own i18next instance,
 * provided to the fields through context, so a language switch re-renders everything and keeps every answer.
 *
 * @summary Step-by-step filing of an interconnected procedure bundle.
 * @fires lt-step-change - A different step is shown.
 * @fires lt-submit - Before sending; cancelable.
 * @fires lt-submitted - The dossier was received.
 * @fires lt-submit-failed - Sending failed; nothing was lost and it can be retried.
 * @fires lt-prefill-rejected - Some of `prefill` could not be used.
 * @csspart base - The wizard's frame.
 * @csspart heading - The step's heading.
 * @csspart actions - The row of buttons.
 * @csspart next - The Continue / Send button.
 * @csspart back - The Back button.
 * @cssprop --lt-button-color - Background of the main button.
 * @cssprop --lt-button-text-color - Text of the main button.
 * @cssprop --lt-link-color - Colour of links and link-like buttons.
 * @cssprop --lt-font-family - Font of every part.
 * @cssprop --lt-max-inline-size - Widest the wizard grows.
 */
@customElement('lt-wizard')
export class LtWizard extends LitElement {
  static override styles = wizardStyles;

  /** Which bundle to file: `birth`. An unknown name shows a message instead of the wizard. */
  @property({ reflect: true }) bundle = '';

  /** Language of the wizard, `vi` (default) or `en`; may change at any time without losing answers. */
  @property({ reflect: true }) override lang = '';

  /** Base URL of the receiver for the built-in HTTP transport (see docs/http-contract.md). */
  @property() endpoint = '';

  /** Do not tie steps to the browser's Back button (for hosts that manage history themselves). */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /** What the portal already knows, by path (`{ declarant: { fullName: '…' } }`); shown for the citizen to confirm. */
  @property({ attribute: false }) prefill: unknown = undefined;

  /** Replaces the built-in HTTP transport. */
  @property({ attribute: false }) transport: Transport | undefined = undefined;

  /** Strings to add or override, per language, in the shape of the shipped resources. */
  @property({ attribute: false }) resources: ResourceOverrides | undefined = undefined;

  /**
   * Host hooks that look a deferrable fact up, by its path: `{ 'deceased.socialInsuranceNumber': ({ answers,
   * signal }) => … }`. A hook resolves to the value found, or null when nothing is found; what it finds is
   * shown for the citizen to use or not, never filled in silently. See {@link LookupHook}.
   */
  @property({ attribute: false }) lookups: Record<string, LookupHook> | undefined = undefined;

  /**
   * The reference of a dossier sent with facts to give later: the wizard then asks only for those facts and
   * sends them as a supplement to that dossier (see docs/http-contract.md).
   */
  @property({ reflect: true }) supplement = '';

  /**
   * Where the citizen can give deferred facts later, shown as a link after sending: a URL in which
   * `{reference}` is replaced by the dossier's reference (e.g. `/khai-tu?bo-sung={reference}`).
   */
  @property({ attribute: 'supplement-href' }) supplementHref = '';

  @provide({ context: localizerContext })
  @state()
  private localizer: Localizer = defaultLocalizer('vi');

  /** What uploads and the send go through: `transport`, else the HTTP transport of `endpoint`; shared with the slots. */
  @provide({ context: transportContext })
  private activeTransport: Transport | undefined;

  @state() private session: FilingState | undefined;
  @state() private issues: FieldIssue[] = [];
  @state() private status: Status = 'filling';
  @state() private failure: SubmitFailedDetail['kind'] | undefined;
  @state() private receipt: SubmitReceipt | undefined;
  @state() private prefilled = new Set<string>();
  @state() private prefillRejected: RejectedPrefill[] = [];
  /** A bundle loaded on demand could not be fetched (offline). */
  @state() private bundleFailed = false;

  @query('lt-error-summary') private summary?: LtErrorSummary;
  @query('h1') private heading?: HTMLElement;

  private flow: StepFlow | undefined;
  /** What is being loaded for the current render (strings, elements); `updateComplete` waits for it. */
  private loading: Promise<unknown> | undefined;
  private stringsTicket = 0;
  /** The checks of answers, loaded after the first step is shown; `checksReady` resolves when they are here. */
  private checks: FieldChecks | undefined;
  private readonly checksReady = loadFieldChecks().then((checks) => void (this.checks = checks));
  /** What the review step needs, once loaded. */
  private reviewKit: Awaited<ReturnType<typeof loadReview>> | undefined;
  /** Resolves when the messages of the current strings are loaded (see i18n.ts, later strings). */
  private stringsReady: Promise<void> = Promise.resolve();
  private definition: BundleDefinition | undefined;
  /** Made at the first send and kept while the answers stay the same, so every retry is the same dossier. */
  private sent: { reference: string; createdAt: string; answers: string } | undefined;
  /** What the sent dossier left for later, shown with the confirmation. */
  private deferredFacts: Dossier['deferred'] = [];
  private pendingFocus: 'heading' | 'summary' | { field: string } | undefined;
  private readonly lookupCache = new LookupCache(() => this.lookups, () => this.answers);
  private readonly history = new HistorySync(this, {
    key: () => `${this.id || 'lt-wizard'}:${this.bundle}`,
    // A supplement has a single step: nothing to tie to Back.
    enabled: () => !this.noHistory && !this.supplement,
    onStep: (step) => this.showStep(step, false),
  });

  /** All answers so far, by path (including those of steps hidden by later choices). */
  get answers(): Readonly<Record<string, AnswerValue | undefined>> {
    return this.session?.answers ?? {};
  }

  /** The id of the step shown: a step of the bundle, `review`, or `submitted`. */
  get currentStep(): string {
    if (this.status === 'submitted') return 'submitted';
    return this.flow?.current ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new bundle starts a new filing, which applies the prefill itself.
    if (changed.has('bundle')) this.startFiling();
    else if (changed.has('prefill')) this.applyPrefill();
    if (changed.has('supplement') && this.supplement) this.track(loadSupplement());
    if (changed.has('lang') || changed.has('resources') || changed.has('bundle')) this.switchStrings();
    if (changed.has('transport') || changed.has('endpoint')) {
      this.activeTransport = this.transport ?? (this.endpoint ? lazyHttpTransport(this.endpoint) : undefined);
    }
    this.loadWhatTheStepNeeds();
  }

  protected override firstUpdated(): void {
    if (this.flow) this.history.replace(this.flow.current);
    prefetchAll();
  }

  /** Resolves once the wizard has rendered with everything the shown step needs loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading) {
      const pending = this.loading;
      await pending;
      if (this.loading === pending) this.loading = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Tracks a load; the wizard re-renders when it settles. */
  private track(load: Promise<unknown>): void {
    const all = Promise.all([this.loading, load.catch(() => undefined)]);
    this.loading = all;
    void all.then(() => this.requestUpdate());
  }

  /**
   * New strings for a new language or new overrides. The current ones stay on screen until the bundle's
   * wording in the new language is loaded, so a switch never flashes half-translated text.
   */
  private switchStrings(): void {
    const lang = toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
    const instance = createI18n(lang, this.safeResources());
    const ticket = (this.stringsTicket += 1);
    const use = () => {
      // A new object each time, so the fields (context consumers) render again with the new strings.
      if (ticket === this.stringsTicket) this.localizer = localizerFor(instance, lang);
    };
    const later = loadLaterStrings(instance);
    const bundleStrings = loadBundleStrings(instance, this.bundle, lang);
    const all = Promise.all([later, bundleStrings]);
    this.stringsReady = all.then(() => undefined);
    // What the first step waits for: nothing for the birth bundle in Vietnamese (its words ship with the main
    // module), the bundle's words for another bundle in Vietnamese, and everything in English (the wizard's
    // English words come with the later strings). The rest (messages, later steps) arrives while the citizen
    // reads the first step, and the strings are taken again then.
    const firstStep = firstStepWordsShipped(this.bundle, lang) ? undefined : lang === 'vi' && bundleStrings ? bundleStrings : all;
    if (firstStep) this.track(firstStep.then(use));
    else use();
    this.track(all.then(use));
  }

  /** Loads the elements of the step about to be shown (already loaded ones resolve at once). */
  private loadWhatTheStepNeeds(): void {
    const { session, flow } = this;
    if (!session || !flow) return;
    if (this.status === 'submitted' || flow.current === REVIEW_STEP) {
      if (!this.reviewKit) this.track(loadReview().then((kit) => void (this.reviewKit = kit)));
      return;
    }
    const step = flow.currentStep;
    if (!step) return;
    const kinds = session.fieldsOf(step).flatMap((path): FieldElementKey[] => {
      const field = fieldAt(session.bundle, path);
      return field ? [field.deferrable ? 'deferrable' : field.kind] : [];
    });
    if (kinds.some((kind) => !customElements.get(TAGS[kind]))) this.track(loadFieldElements(kinds));
  }

  protected override updated(): void {
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (!focus) return;
    if (focus === 'heading') this.heading?.focus();
    // The summary renders its list in its own update, after ours: focus it once that is done.
    else if (focus === 'summary') void this.summary?.updateComplete.then(() => this.summary?.focus());
    else void this.focusField(focus.field);
  }

  /** Host overrides are data from outside: anything but an object of objects is ignored. */
  private safeResources(): ResourceOverrides {
    const resources = this.resources as unknown;
    if (!resources || typeof resources !== 'object') return {};
    const out: ResourceOverrides = {};
    for (const lang of ['vi', 'en'] as const) {
      const value = (resources as Record<string, unknown>)[lang];
      if (value && typeof value === 'object' && !Array.isArray(value)) out[lang] = value as Record<string, unknown>;
    }
    return out;
  }

  private startFiling(): void {
    this.definition = findBundle(this.bundle);
    this.bundleFailed = false;
    const name = this.bundle;
    if (!this.definition && isBundleName(name)) {
      // A bundle outside the main module: the wizard says it is loading until its definition is here.
      this.track(
        loadBundle(name).then(
          (definition) => {
            if (this.bundle !== name || !definition) return;
            this.definition = definition;
            this.startSession();
            this.history.replace(this.flow!.current);
          },
          () => void (this.bundleFailed = this.bundle === name),
        ),
      );
    }
    this.startSession();
  }

  /** Tries again to load a bundle that could not be fetched. */
  private retryBundle(): void {
    this.startFiling();
    this.switchStrings();
  }

  private startSession(): void {
    // The checks arrive after the first step is shown (see next()); nothing is validated before.
    this.session = this.definition ? new FilingState(this.definition, {}, todayIso(), () => this.checks!) : undefined;
    this.flow = this.session ? new StepFlow(this.session) : undefined;
    this.issues = [];
    this.status = 'filling';
    this.sent = undefined;
    this.prefilled = new Set();
    if (this.session) this.applyPrefill();
  }

  /** Applies `prefill`; its reader is loaded only by pages that give one. */
  private applyPrefill(): void {
    if (!this.session || this.prefill === undefined) return;
    const session = this.session;
    const prefill = this.prefill;
    this.track(
      loadPrefillReader().then(({ readPrefill }) => {
        if (this.session === session && this.prefill === prefill) this.usePrefill(readPrefill(session.bundle, prefill, session.answers));
      }),
    );
  }

  private usePrefill({ answers, rejected }: { answers: Record<string, AnswerValue>; rejected: RejectedPrefill[] }): void {
    if (!this.session) return;
    for (const [path, value] of Object.entries(answers)) this.session.set(path, value);
    this.prefilled = new Set([...this.prefilled, ...Object.keys(answers)]);
    this.prefillRejected = rejected;
    this.requestUpdate();
    if (rejected.length > 0) {
      this.dispatchEvent(new CustomEvent<PrefillRejectedDetail>('lt-prefill-rejected', { detail: { rejected }, bubbles: true, composed: true }));
    }
  }

  /**
   * Moves to the next step if the current one is complete; otherwise shows its problems. Waits, at most once,
   * for the error messages if the citizen is quicker than the connection that brings them.
   */
  async next(): Promise<boolean> {
    const pending = Promise.all([this.stringsReady, this.checksReady]);
    this.track(pending);
    await pending;
    if (!this.flow || !this.session || this.status === 'submitting') return false;
    // Files still on their way are not answers yet: the step waits for them rather than losing them.
    const uploading: FieldIssue[] = [...this.renderRoot.querySelectorAll('lt-upload-slot')]
      .filter((slot) => slot.pendingCount > 0)
      .map((slot) => ({ path: slot.name as FieldIssue['path'], code: 'upload.pending', params: { count: slot.pendingCount } }));
    if (uploading.length > 0) {
      this.issues = uploading;
      this.pendingFocus = uploading.length === 1 ? { field: uploading[0]!.path } : 'summary';
      return false;
    }
    const issues = this.flow.next();
    if (issues.length > 0) {
      this.issues = issues;
      this.pendingFocus = issues.length === 1 ? { field: issues[0]!.path } : 'summary';
      return false;
    }
    this.afterMove(true);
    return true;
  }

  /** Goes back one step, keeping every answer and checking nothing. */
  back(): void {
    if (!this.flow || this.status === 'submitting') return;
    this.flow.back();
    this.afterMove(true);
  }

  private showStep(step: string, push: boolean): void {
    if (!this.flow || this.status === 'submitted' || this.status === 'submitting') return;
    if (this.flow.goTo(step)) this.afterMove(push);
  }

  private afterMove(push: boolean): void {
    this.issues = [];
    if (this.status === 'failed') this.status = 'filling';
    this.pendingFocus = 'heading';
    const step = this.flow!.current;
    if (push) this.history.push(step);
    this.requestUpdate();
    const { index, total } = this.flow!.position;
    this.dispatchEvent(new CustomEvent<StepChangeDetail>('lt-step-change', { detail: { step, index, total }, bubbles: true, composed: true }));
  }

  private async focusField(path: string): Promise<void> {
    const element = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldElementId(path))}`);
    if (!element) return;
    await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }

  private onInput(event: Event): void {
    const target = event.target as (HTMLElement & { name?: string; value?: unknown }) | null;
    const path = target?.name;
    if (!this.session || !path || !target || !(path === PROCEDURES_PATH || path.includes('.'))) return;
    this.session.set(path, target.value as AnswerValue);
    // The citizen is fixing it: the field's own checks take over from the step's message.
    if (this.issues.some((i) => i.path === path)) this.issues = this.issues.filter((i) => i.path !== path);
    this.requestUpdate();
  }

  /** Input from a field that has left the page (a slot whose upload finished after Back). */
  private readonly onDetachedInput = (event: Event): void => {
    if (!(event.target as Element).isConnected) this.onInput(event);
  };

  private onSubmitForm(event: Event): void {
    event.preventDefault();
    void this.next();
  }

  private onErrorLink(event: CustomEvent<{ target: string }>): void {
    const path = this.issues.find((i) => fieldElementId(i.path) === event.detail.target)?.path;
    if (path) void this.focusField(path);
  }

  private onChangeAnswer(event: CustomEvent<{ path: string }>): void {
    if (this.flow?.change(event.detail.path)) {
      this.afterMove(true);
      this.pendingFocus = { field: event.detail.path };
    }
  }

  private questionOf(path: string): string {
    return path === PROCEDURES_PATH ? this.localizer.t('wizard.procedures.label') : fieldWords(this.localizer, this.session!.bundle.id, path).label;
  }

  private message(issue: { code: string; params?: Record<string, string | number> }): string {
    const key = `error.${issue.code}`;
    return this.localizer.has(key) ? this.localizer.t(key, issue.params) : this.localizer.t('error.invalid');
  }

  /**
   * Sends the dossier. Checks every step first (a step may have become incomplete through a later change);
   * a second call while sending does nothing, so a double click never sends twice. `updateComplete` waits
   * for the whole send.
   */
  submit(): Promise<boolean> {
    const { session, flow } = this;
    if (!session || !flow || this.status === 'submitting' || this.status === 'submitted') return Promise.resolve(false);
    const before = this.status;
    // Set before anything is awaited: this is what makes a second click a no-op.
    this.status = 'submitting';
    const sending = this.checksReady.then(() => {
      const invalid = flow.firstInvalidStep();
      if (!invalid) return this.send(session, before);
      this.status = before;
      flow.goTo(invalid.id);
      this.afterMove(true);
      this.issues = session.validateStep(invalid);
      this.pendingFocus = 'summary';
      return false;
    });
    this.track(sending);
    return sending;
  }

  private async send(session: FilingState, before: Status): Promise<boolean> {
    let submission: Awaited<ReturnType<typeof loadSubmission>>;
    try {
      submission = await loadSubmission();
    } catch (error) {
      // The code that sends could not be fetched: as good as no connection.
      return this.fail('network', error);
    }
    const answers = JSON.stringify(session.answers);
    if (!this.sent || this.sent.answers !== answers) {
      // Changed answers make a new dossier; unchanged ones reuse the reference so the receiver stores it once.
      this.sent = { reference: submission.createReference(), createdAt: new Date().toISOString(), answers };
    }
    const dossier = submission.assembleDossier(session, { ...this.sent, language: this.localizer.lang });
    const checked = submission.validateDossier(session.bundle, dossier);
    if (!checked.ok) return this.fail('invalid', new Error(checked.issues.join('\n')));
    const proceed = this.dispatchEvent(
      new CustomEvent<SubmitDetail>('lt-submit', { detail: { dossier }, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) {
      this.status = before;
      return false;
    }
    const transport = this.activeTransport;
    if (!transport) return this.fail('no-endpoint', new Error('No endpoint or transport configured'));
    try {
      const receipt = await transport.submit(dossier as unknown as Dossier & Record<string, unknown>);
      this.receipt = receipt;
      this.deferredFacts = dossier.deferred;
      this.status = 'submitted';
      this.pendingFocus = 'heading';
      this.history.push('submitted');
      this.dispatchEvent(
        new CustomEvent<SubmittedDetail>('lt-submitted', {
          detail: { reference: dossier.reference, procedures: dossier.procedures, deferred: dossier.deferred, receipt, dossier },
          bubbles: true,
          composed: true,
        }),
      );
      return true;
    } catch (error) {
      return this.fail(submission.isTransportError(error) ? error.kind : 'network', error);
    }
  }

  private fail(kind: SubmitFailedDetail['kind'], error: unknown): false {
    this.status = 'failed';
    this.failure = kind;
    this.pendingFocus = 'heading';
    this.dispatchEvent(
      new CustomEvent<SubmitFailedDetail>('lt-submit-failed', {
        detail: { reference: this.sent?.reference ?? '', kind, error },
        bubbles: true,
        composed: true,
      }),
    );
    return false;
  }

  override render() {
    const t = this.localizer.t;
    if (!this.bundle) return html`<div class="problem" role="alert" part="base">${t('wizard.noBundle')}</div>`;
    if (this.bundleFailed) {
      return html`<div class="problem" role="alert" part="base">
        <p>${t('wizard.loadFailed')}</p>
        <button type="button" class="secondary" @click=${this.retryBundle}>${t('wizard.tryAgain')}</button>
      </div>`;
    }
    if (!this.session || !this.flow) {
      if (isBundleName(this.bundle)) return this.renderLoading();
      return html`<div class="problem" role="alert" part="base">${t('wizard.unknownBundle', { name: this.bundle })}</div>`;
    }
    // Until the bundle's words are here (in this language, or in Vietnamese in their place), its keys would
    // show: say it is loading instead.
    const titleKey = `${this.session.bundle.id}.title`;
    if (t(titleKey) === titleKey) return this.renderLoading();
    if (this.supplement) {
      return html`<div class="wizard" part="base">
        <lt-supplement .definition=${this.session.bundle} reference=${this.supplement}></lt-supplement>
      </div>`;
    }
    return html`
      <div class="wizard" part="base" @input=${this.onInput} @lt-error-link=${this.onErrorLink} @lt-change-answer=${this.onChangeAnswer}>
        ${this.status === 'submitted' ? this.renderSubmitted() : this.flow.current === REVIEW_STEP ? this.renderReview() : this.renderStep()}
      </div>
    `;
  }

  private renderLoading() {
    return html`<div class="wizard" part="base"><p role="status">${this.localizer.t('wizard.loading')}</p></div>`;
  }

  private renderNotices() {
    const t = this.localizer.t;
    return html`
      ${this.prefillRejected.length > 0 ? html`<p class="notice warning" role="status">${t('wizard.prefill.rejected')}</p>` : nothing}
      ${this.prefilled.size > 0 && this.flow?.isFirst ? html`<p class="notice">${t('wizard.prefill.notice')}</p>` : nothing}
    `;
  }

  private renderStepper() {
    const { index, total } = this.flow!.position;
    return html`<lt-stepper index=${index} total=${total}></lt-stepper>`;
  }

  private renderBack() {
    return this.flow!.isFirst
      ? nothing
      : html`<button type="button" class="back" part="back" @click=${this.back}>${this.localizer.t('wizard.back')}</button>`;
  }

  private renderStep() {
    const { session, flow, localizer } = this;
    const step = flow!.currentStep!;
    const bundleId = session!.bundle.id;
    const errors = new Map(this.issues.map((i) => [i.path, this.message(i)]));
    // In the summary, away from its field, a message is prefixed with the question it is about.
    const summary: ErrorSummaryItem[] = this.issues.map((i) => ({
      target: fieldElementId(i.path),
      message: `${this.questionOf(i.path)}: ${this.message(i)}`,
    }));
    const introKey = `${bundleId}.step.${step.id}.intro`;
    return html`
      ${this.renderBack()} ${this.renderStepper()} ${this.renderNotices()}
      <lt-error-summary heading=${localizer.t('wizard.errorSummary')} .items=${summary}></lt-error-summary>
      <form novalidate @submit=${this.onSubmitForm}>
        <h1 tabindex="-1" part="heading">${localizer.t(`${bundleId}.step.${step.id}.title`)}</h1>
        ${localizer.has(introKey) ? html`<p class="intro">${localizer.t(introKey)}</p>` : nothing}
        ${session!.fieldsOf(step).map((path) =>
          renderField(localizer, session!, {
            path,
            value: session!.get(path),
            error: errors.get(path) ?? '',
            prefilled: this.prefilled.has(path),
            onInput: this.onDetachedInput,
            lookup: this.lookupCache.for(path),
          }),
        )}
        <div class="actions" part="actions">
          <button type="submit" class="primary" part="next">
            ${flow!.returningToReview ? localizer.t('wizard.saveAndReview') : localizer.t('wizard.next')}
          </button>
        </div>
      </form>
    `;
  }

  private renderReview() {
    const { localizer } = this;
    const submitting = this.status === 'submitting';
    return html`
      ${this.renderBack()} ${this.renderStepper()}
      ${this.status === 'failed' ? this.renderFailure() : nothing}
      <h1 tabindex="-1" part="heading">${localizer.t('wizard.review.title')}</h1>
      <p class="intro">${localizer.t('wizard.review.intro')}</p>
      <lt-review .sections=${this.reviewKit?.reviewSections(this.localizer, this.session!) ?? []} change-label=${localizer.t('wizard.review.change')}></lt-review>
      <p class="declaration">${localizer.t('wizard.review.declaration')}</p>
      <div class="actions" part="actions">
        <button type="button" class="primary" part="next" aria-disabled=${submitting ? 'true' : 'false'} @click=${this.submit}>
          ${submitting ? localizer.t('wizard.submitting') : this.status === 'failed' ? localizer.t('wizard.retry') : localizer.t('wizard.submit')}
        </button>
      </div>
      <p class="visually-hidden" role="status">${submitting ? localizer.t('wizard.submitting') : ''}</p>
    `;
  }

  private renderFailure() {
    const { localizer } = this;
    const kind = this.failure === 'invalid' ? 'rejected' : this.failure === 'no-endpoint' ? 'rejected' : this.failure ?? 'network';
    return html`
      <div class="failure" role="alert">
        <h2>${localizer.t('wizard.failed.title')}</h2>
        <p>${localizer.t(`wizard.failed.${kind}`)}</p>
        <p>${localizer.t('wizard.failed.kept')}</p>
      </div>
    `;
  }

  private renderSubmitted() {
    const { localizer } = this;
    return html`
      <div class="panel" part="confirmation">
        <h1 tabindex="-1" part="heading">${localizer.t('wizard.submitted.title')}</h1>
        <p>${localizer.t('wizard.submitted.reference')}<br /><strong class="reference">${this.sent?.reference}</strong></p>
      </div>
      <p>${localizer.t('wizard.submitted.next')}</p>
      ${this.reviewKit?.laterSection(localizer, this.session!.bundle, this.deferredFacts, this.supplementHref, this.sent?.reference ?? '') ?? nothing}
      <lt-review readonly .sections=${this.reviewKit?.reviewSections(this.localizer, this.session!) ?? []}></lt-review>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => window.print()}>${localizer.t('wizard.submitted.print')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-wizard': LtWizard;
  }
  interface HTMLElementEventMap {
    'lt-step-change': StepChangeEvent;
    'lt-submit': WizardSubmitEvent;
    'lt-submitted': SubmittedEvent;
    'lt-submit-failed': SubmitFailedEvent;
    'lt-prefill-rejected': PrefillRejectedEvent;
  }
}
