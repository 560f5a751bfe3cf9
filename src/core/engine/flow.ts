/**
 * Moving through a filing's steps. Next validates the current step only; Back never validates and never
 * loses an answer; hidden steps are skipped; a "Change" link on the review step goes to the step that holds
 * the answer and, on Next, back to review — unless the change revealed a step that still needs answers.
 */
import type { FieldIssue, FilingState } from './filing-state.js';
import type { StepDefinition } from './model.js';

/** The id of the review ("check your answers") step, after the bundle's own steps. */
export const REVIEW_STEP = 'review';

export class StepFlow {
  private currentId: string;
  /** Set when the citizen came from the review step to change an answer. */
  returningToReview = false;

  constructor(private readonly session: FilingState, start?: string) {
    this.currentId = start && this.isKnown(start) ? start : this.session.steps[0]?.id ?? REVIEW_STEP;
  }

  private isKnown(id: string): boolean {
    return id === REVIEW_STEP || this.session.steps.some((s) => s.id === id);
  }

  /**
   * The id of the step shown. If answers changed so that the remembered step is no longer shown, the next
   * shown step after it (in definition order) takes its place.
   */
  get current(): string {
    if (this.isKnown(this.currentId)) return this.currentId;
    const all = this.session.bundle.steps;
    const from = all.findIndex((s) => s.id === this.currentId);
    const next = all.slice(from + 1).find((s) => this.session.stepShown(s));
    return next?.id ?? REVIEW_STEP;
  }

  /** The definition of the current step, or undefined on the review step. */
  get currentStep(): StepDefinition | undefined {
    return this.session.steps.find((s) => s.id === this.current);
  }

  /** 1-based position and total, counting the review step. */
  get position(): { index: number; total: number } {
    const ids = [...this.session.steps.map((s) => s.id), REVIEW_STEP];
    return { index: ids.indexOf(this.current) + 1, total: ids.length };
  }

  get isFirst(): boolean {
    return this.position.index === 1;
  }

  /** Validates the current step; moves on only if it has no issues, which it returns otherwise. */
  next(): FieldIssue[] {
    const step = this.currentStep;
    if (!step) return [];
    const issues = this.session.validateStep(step);
    if (issues.length > 0) return issues;
    const steps = this.session.steps;
    const after = steps.slice(steps.findIndex((s) => s.id === step.id) + 1);
    if (this.returningToReview) {
      // Back to review, unless the change revealed a step that still needs answers.
      const pending = after.find((s) => this.session.validateStep(s).length > 0);
      this.currentId = pending?.id ?? REVIEW_STEP;
      if (!pending) this.returningToReview = false;
    } else {
      this.currentId = after[0]?.id ?? REVIEW_STEP;
    }
    return [];
  }

  /** Goes to the previous shown step without validating. */
  back(): void {
    const ids = [...this.session.steps.map((s) => s.id), REVIEW_STEP];
    const index = ids.indexOf(this.current);
    if (index > 0) this.currentId = ids[index - 1]!;
  }

  /** Goes to a shown step (or review) directly, e.g. from the browser's history. Returns whether it moved. */
  goTo(id: string): boolean {
    if (!this.isKnown(id)) return false;
    this.currentId = id;
    if (id === REVIEW_STEP) this.returningToReview = false;
    return true;
  }

  /** From the review step: goes to the step that asks for `path`, to come back to review after it. */
  change(path: string): boolean {
    const step = this.session.steps.find((s) => this.session.fieldsOf(s).includes(path as never));
    if (!step) return false;
    this.currentId = step.id;
    this.returningToReview = true;
    return true;
  }

  /** The first shown step with issues, for a last check before submitting. */
  firstInvalidStep(): StepDefinition | undefined {
    return this.session.steps.find((s) => this.session.validateStep(s).length > 0);
  }
}
