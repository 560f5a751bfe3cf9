import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { FilingState, fieldAt } from '../../core/engine/index.js';
import type { AnswerValue, BundleDefinition, FieldIssue, FieldPath } from '../../core/engine/index.js';
import { checkFieldValue, fieldChecks } from '../../core/engine/field-checks.js';
import { todayIso } from '../../core/rules/index.js';
import { isTransportError } from '../../core/transport/transport.js';
import type { AwaitedFact, SupplementReceipt, Transport } from '../../core/transport/transport.js';
import { defaultLocalizer } from '../../i18n/i18n.js';
import type { Localizer } from '../../i18n/i18n.js';
import { localizerContext, transportContext } from '../shared/context.js';
import type { ErrorSummaryItem, LtErrorSummary } from '../error-summary/error-summary.js';
import { fieldElementId, fieldWords, renderField } from '../wizard/internal/render-field.js';
import { loadFieldElements } from '../wizard/internal/lazy.js';
import { wizardStyles } from '../wizard/wizard.styles.js';
import '../error-summary/error-summary.js';

/** Detail of `lt-supplemented`. */
export interface SupplementedDetail {
  reference: string;
  /** The facts sent, by path. */
  facts: Record<string, string>;
  receipt: SupplementReceipt;
}

export type SupplementedEvent = CustomEvent<SupplementedDetail>;

/** Why the flow cannot go on, each with its own message (`wizard.supplement.<problem>`). */
type Problem = 'notFound' | 'completed' | 'otherBundle' | 'unknownFacts' | 'network' | 'server' | 'rejected';

type Phase = 'loading' | 'asking' | 'sending' | 'done' | 'problem';

/**
 * The short flow that gives a dossier already sent the facts it was sent without (its `deferred` entries):
 * it asks the back end what the dossier `reference` still awaits, asks the citizen only for that, and sends
 * it through the transport's `supplement` call. Rendered by `<lt-wizard supplement="REFERENCE">`, which
 * provides the strings and the transport; the definition says how each fact is asked for and checked.
 *
 * Facts may be given some now and some later: at least one is needed to send.
 *
 * @summary Supplies deferred facts to a dossier already sent.
 * @fires lt-supplemented - The back end holds the supplement.
 */
@customElement('lt-supplement')
export class LtSupplement extends LitElement {
  static override styles = wizardStyles;

  /** The bundle the dossier was filed with. */
  @property({ attribute: false }) definition: BundleDefinition | undefined = undefined;

  /** The dossier's reference. */
  @property() reference = '';

  @consume({ context: localizerContext, subscribe: true })
  @state()
  private providedLocalizer?: Localizer;

  @consume({ context: transportContext, subscribe: true })
  @state()
  private transport?: Transport;

  @state() private phase: Phase = 'loading';
  @state() private problem: Problem | undefined;
  /** The back end's own words when it refused the facts (already written for people). */
  @state() private refusal: string[] = [];
  /** Whether trying again means asking for the status again (else: sending again). */
  @state() private failedWhileLoading = true;
  @state() private awaiting: AwaitedFact[] = [];
  @state() private values: Record<string, AnswerValue> = {};
  @state() private issues: FieldIssue[] = [];
  @state() private receipt: SupplementReceipt | undefined;

  @query('lt-error-summary') private summary?: LtErrorSummary;
  @query('h1') private heading?: HTMLElement;

  private loadTicket = 0;
  private abort: AbortController | undefined;
  private pendingFocus: 'heading' | 'summary' | { field: string } | undefined;

  private get localizer(): Localizer {
    return this.providedLocalizer ?? defaultLocalizer('vi');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A transport given late (the host sets `endpoint` after the reference) is tried as long as the status was
    // not read yet.
    const statusUnread = this.phase === 'loading' || (this.phase === 'problem' && this.failedWhileLoading);
    if (changed.has('reference') || changed.has('definition') || (changed.has('transport') && statusUnread)) {
      void this.loadStatus();
    }
  }

  protected override updated(): void {
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (focus === 'heading') this.heading?.focus();
    else if (focus === 'summary') void this.summary?.updateComplete.then(() => this.summary?.focus());
    else if (focus) this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldElementId(focus.field))}`)?.focus();
  }

  /** A filing state with no answers: only what renders and checks a fact of the definition is used. */
  private get session(): FilingState | undefined {
    return this.definition && new FilingState(this.definition, this.values, todayIso(), () => fieldChecks);
  }

  /** The awaited facts this definition knows how to ask for. */
  private get askable(): AwaitedFact[] {
    const { definition } = this;
    return definition ? this.awaiting.filter((fact) => fieldAt(definition, fact.fact)) : [];
  }

  private async loadStatus(): Promise<void> {
    const { definition, transport, reference } = this;
    const ticket = ++this.loadTicket;
    this.abort?.abort();
    this.phase = 'loading';
    this.failedWhileLoading = true;
    if (!definition || !reference) return;
    // No way to reach the back end (no endpoint, no transport): said as a connection that cannot be made.
    if (!transport) return this.stop('network');
    const abort = (this.abort = new AbortController());
    try {
      const status = await transport.deferred(reference, { signal: abort.signal });
      if (ticket !== this.loadTicket) return;
      if (status.bundle !== definition.id) return this.stop('otherBundle');
      if (status.awaiting.length === 0) return this.stop('completed');
      this.awaiting = status.awaiting;
      if (this.askable.length === 0) return this.stop('unknownFacts');
      await loadFieldElements(this.askable.map((fact) => fieldAt(definition, fact.fact)!.kind));
      if (ticket !== this.loadTicket) return;
      this.phase = 'asking';
      this.pendingFocus = 'heading';
    } catch (error) {
      if (ticket === this.loadTicket) this.failed(error);
    }
  }

  private stop(problem: Problem, refusal: string[] = []): void {
    this.problem = problem;
    this.refusal = refusal;
    this.phase = 'problem';
    this.pendingFocus = 'heading';
  }

  private failed(error: unknown): void {
    if (!isTransportError(error)) return this.stop('network');
    if (error.kind === 'aborted') return;
    const problems: Partial<Record<string, Problem>> = { 'not-found': 'notFound', completed: 'completed', server: 'server', rejected: 'rejected' };
    this.stop(problems[error.kind] ?? 'network', error.kind === 'rejected' ? (error.issues ?? []) : []);
  }

  private onInput(event: Event): void {
    const target = event.target as (HTMLElement & { name?: string; value?: unknown }) | null;
    const path = target?.name;
    if (!path || !this.awaiting.some((fact) => fact.fact === path)) return;
    this.values = { ...this.values, [path]: target.value as AnswerValue };
    if (this.issues.some((i) => i.path === path)) this.issues = this.issues.filter((i) => i.path !== path);
  }

  /** Checks what was typed; the facts left empty stay awaited. */
  private check(): FieldIssue[] {
    const { definition } = this;
    if (!definition) return [];
    const given = this.askable.filter((fact) => isGiven(this.values[fact.fact]));
    if (given.length === 0) return [{ path: this.askable[0]!.fact as FieldPath, code: 'supplement.empty' }];
    return given.flatMap((fact) => {
      const issue = checkFieldValue(fieldAt(definition, fact.fact)!, definition, this.values[fact.fact]!, todayIso());
      return issue ? [{ ...issue, path: fact.fact as FieldPath }] : [];
    });
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    // Not while sending: a double press sends once.
    if (this.phase !== 'asking') return;
    const issues = this.check();
    this.issues = issues;
    if (issues.length > 0) {
      this.pendingFocus = issues.length === 1 ? { field: issues[0]!.path } : 'summary';
      return;
    }
    const facts = Object.fromEntries(this.askable.filter((f) => isGiven(this.values[f.fact])).map((f) => [f.fact, String(this.values[f.fact])]));
    this.phase = 'sending';
    this.failedWhileLoading = false;
    try {
      const receipt = await this.transport!.supplement(this.reference, facts);
      this.receipt = receipt;
      this.awaiting = this.awaiting.filter((fact) => !(fact.fact in facts));
      this.phase = 'done';
      this.pendingFocus = 'heading';
      this.dispatchEvent(
        new CustomEvent<SupplementedDetail>('lt-supplemented', { detail: { reference: this.reference, facts, receipt }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.failed(error);
    }
  }

  private retry(): void {
    if (this.failedWhileLoading) void this.loadStatus();
    else {
      this.phase = 'asking';
      this.pendingFocus = 'heading';
    }
  }

  private message(issue: FieldIssue): string {
    const { t, has } = this.localizer;
    if (issue.code === 'supplement.empty') return t('wizard.supplement.empty');
    return has(`error.${issue.code}`) ? t(`error.${issue.code}`, issue.params) : t('error.invalid');
  }

  private label(path: string): string {
    return fieldWords(this.localizer, this.definition!.id, path).label;
  }

  override render() {
    const t = this.localizer.t;
    const reference = this.reference;
    switch (this.phase) {
      case 'loading':
        return html`<p role="status">${t('wizard.supplement.loading')}</p>`;
      case 'problem': {
        // Waiting facts, a bad reference or a finished dossier cannot be retried; a connection can.
        const canRetry = ['network', 'server'].includes(this.problem!);
        return html`
          <h1 tabindex="-1" part="heading">${t('wizard.supplement.title')}</h1>
          <div class=${canRetry || this.problem === 'rejected' ? 'failure' : 'panel'} role="alert">
            <p>${t(`wizard.supplement.${this.problem}`, { reference })}</p>
            ${this.refusal.length > 0 ? html`<ul>${this.refusal.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
            ${!this.failedWhileLoading ? html`<p>${t('wizard.supplement.kept')}</p>` : nothing}
          </div>
          ${canRetry || this.problem === 'rejected'
            ? html`<div class="actions">
                <button type="button" class="primary" part="next" @click=${this.retry}>${t('wizard.supplement.retry')}</button>
              </div>`
            : nothing}
        `;
      }
      case 'done': {
        const left = this.awaiting.map((fact) => this.label(fact.fact)).join(', ');
        return html`
          <div class="panel" part="confirmation">
            <h1 tabindex="-1" part="heading">${t('wizard.supplement.doneTitle')}</h1>
            <p>${this.receipt?.complete || !left ? t('wizard.supplement.complete', { reference }) : t('wizard.supplement.partial', { reference, facts: left })}</p>
          </div>
        `;
      }
      default:
        return this.renderAsking();
    }
  }

  private renderAsking() {
    const t = this.localizer.t;
    const session = this.session!;
    const errors = new Map<string, string>(this.issues.map((issue) => [issue.path, this.message(issue)]));
    const summary: ErrorSummaryItem[] = this.issues.map((issue) => ({
      target: fieldElementId(issue.path),
      message: `${this.label(issue.path)}: ${this.message(issue)}`,
    }));
    const sending = this.phase === 'sending';
    const single = this.askable.length === 1;
    return html`
      <lt-error-summary heading=${t('wizard.errorSummary')} .items=${summary}
        @lt-error-link=${(e: CustomEvent<{ target: string }>) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(e.detail.target)}`)?.focus()}
      ></lt-error-summary>
      <form novalidate @submit=${this.send} @input=${this.onInput}>
        <h1 tabindex="-1" part="heading">${t('wizard.supplement.title')}</h1>
        <p class="intro">${t('wizard.supplement.intro', { reference: this.reference })}</p>
        ${this.askable.map((fact) =>
          renderField(this.localizer, session, {
            path: fact.fact,
            value: this.values[fact.fact],
            error: errors.get(fact.fact) ?? '',
            prefilled: false,
            onInput: () => undefined,
            plain: true,
            // One fact: it is what the flow is for. Several: any of them may wait again.
            required: single,
          }),
        )}
        <div class="actions" part="actions">
          <button type="submit" class="primary" part="next" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? t('wizard.supplement.sending') : t('wizard.supplement.send')}
          </button>
        </div>
        <p class="visually-hidden" role="status">${sending ? t('wizard.supplement.sending') : ''}</p>
      </form>
    `;
  }
}

/** Whether a fact was typed (the fields give text; anything else counts as not given). */
function isGiven(value: AnswerValue | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-supplement': LtSupplement;
  }
  interface HTMLElementEventMap {
    'lt-supplemented': SupplementedEvent;
  }
}
