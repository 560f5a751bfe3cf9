/**
 * One citizen's filing of one bundle: the answers so far and everything that follows from them and the
 * definition — which procedures are chosen, which steps and fields are shown, and what is wrong. Pure and
 * synchronous. `FilingSession` (session.ts) is this with the standard checks; the wizard builds one itself so
 * the checks can arrive after its first step is shown.
 */
import type { RuleIssue } from '../rules/index.js';
import { holds, isFilled } from './conditions.js';
import type {
  AnswerValue,
  Answers,
  BundleDefinition,
  CrossFieldRule,
  FieldDefinition,
  FieldPath,
  StepDefinition,
} from './model.js';
import { isDeferred, PROCEDURES_PATH } from './model.js';

/** A problem with one answer, ready to be translated (`error.<code>`). */
export interface FieldIssue extends RuleIssue {
  readonly path: FieldPath;
}

/** Splits `group.field`. */
export function splitPath(path: string): [group: string, field: string] {
  const dot = path.indexOf('.');
  return dot < 0 ? ['', path] : [path.slice(0, dot), path.slice(dot + 1)];
}

/** The definition of the field at `path`, if the bundle has one. */
export function fieldAt(bundle: BundleDefinition, path: string): FieldDefinition | undefined {
  const [group, field] = splitPath(path);
  // Own keys only: a host's `constructor.name` or `__proto__.x` must not reach Object.prototype.
  const fields = Object.hasOwn(bundle.groups, group) ? bundle.groups[group]!.fields : undefined;
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/**
 * The checks a filing runs on answers: of one value against its field, and the rules across fields derived
 * from a definition. Passed in rather than imported, so a wizard can show its first step before loading them.
 */
export interface FieldChecks {
  checkValue(field: FieldDefinition, bundle: BundleDefinition, value: AnswerValue, today?: string): RuleIssue | null;
  derivedRules(bundle: BundleDefinition): CrossFieldRule[];
}

export class FilingState {
  private values: Record<string, AnswerValue | undefined> = {};
  private crossRules: readonly CrossFieldRule[] | undefined;

  constructor(
    readonly bundle: BundleDefinition,
    answers: Answers,
    /** The filing day, ISO; fixed for the session so "not in the future" cannot change under the citizen. */
    readonly today: string,
    /** The checks validation runs; read only when something is validated. */
    private readonly checks: () => FieldChecks,
  ) {
    this.values = { ...this.initialAnswers(), ...answers };
  }

  /** Rules across fields: those written in the definition and those derived from it. */
  private get rules(): readonly CrossFieldRule[] {
    return (this.crossRules ??= [...(this.bundle.rules ?? []), ...this.checks().derivedRules(this.bundle)]);
  }

  /** Preselected answers written in the definition (e.g. nationality Việt Nam). */
  private initialAnswers(): Record<string, AnswerValue> {
    const initial: Record<string, AnswerValue> = {};
    for (const [groupId, group] of Object.entries(this.bundle.groups)) {
      for (const [fieldId, field] of Object.entries(group.fields)) {
        if (field.kind === 'choice' && field.initial !== undefined) initial[`${groupId}.${fieldId}`] = field.initial;
      }
    }
    return initial;
  }

  /** All answers, including those of hidden fields (kept so that nothing is lost if they are shown again). */
  get answers(): Answers {
    return this.values;
  }

  get(path: string): AnswerValue | undefined {
    return this.values[path];
  }

  /** Records an answer; an empty answer removes it. */
  set(path: string, value: AnswerValue | undefined): void {
    const next = { ...this.values };
    if (value === undefined || !isFilled(value)) delete next[path];
    else next[path] = value;
    this.values = next;
    this.shown.clear();
  }

  /** Whether each field is shown, for the current answers (cleared on every change). */
  private readonly shown = new Map<string, boolean>();

  /**
   * Conditions read only the answers of shown fields: an answer kept from a branch the citizen left (say
   * "married" before choosing "father unknown") must not keep the steps of that branch alive.
   */
  private readonly readShown = (path: string): AnswerValue | undefined => (this.fieldShown(path) ? this.values[path] : undefined);

  /** The procedures filed: those always filed plus those the citizen chose, in definition order. */
  get procedures(): string[] {
    const chosen = this.values[PROCEDURES_PATH];
    const list = Array.isArray(chosen) ? (chosen as string[]) : [];
    return Object.entries(this.bundle.procedures)
      .filter(([id, p]) => p.always || list.includes(id))
      .map(([id]) => id);
  }

  /** Procedures the citizen may leave out. */
  get optionalProcedures(): string[] {
    return Object.entries(this.bundle.procedures).filter(([, p]) => !p.always).map(([id]) => id);
  }

  /** Whether a group's facts are asked for: its condition holds and a chosen procedure needs or owns it. */
  groupShown(groupId: string): boolean {
    const group = Object.hasOwn(this.bundle.groups, groupId) ? this.bundle.groups[groupId] : undefined;
    if (!group || !holds(group.when, this.readShown, this.procedures)) return false;
    const procedures = this.procedures;
    if (group.role.kind === 'section') return procedures.includes(group.role.procedure);
    // Each document slot says by its own condition when it is needed.
    if (group.role.kind === 'documents') return true;
    return procedures.some((id) => this.bundle.procedures[id]!.needs.includes(groupId));
  }

  /** Whether the field at `path` is asked for, ignoring which step it is on. */
  fieldShown(path: string): boolean {
    if (path === PROCEDURES_PATH) return true;
    const known = this.shown.get(path);
    if (known !== undefined) return known;
    // While being worked out a field counts as hidden, so a condition that refers back to it cannot loop.
    this.shown.set(path, false);
    const [groupId] = splitPath(path);
    const field = fieldAt(this.bundle, path);
    const result = !!field && this.groupShown(groupId) && holds(field.when, this.readShown, this.procedures);
    this.shown.set(path, result);
    return result;
  }

  /** Whether the field at `path` must be answered (when shown). */
  fieldRequired(path: string): boolean {
    const field = fieldAt(this.bundle, path);
    if (!field?.required) return false;
    return field.required === true || holds(field.required, this.readShown, this.procedures);
  }

  /** Whether a step is shown: its procedure is chosen, its condition holds and it has something to ask. */
  stepShown(step: StepDefinition): boolean {
    if (step.procedure && !this.procedures.includes(step.procedure)) return false;
    if (!holds(step.when, this.readShown, this.procedures)) return false;
    return step.choosesProcedures || step.fields.some((path) => this.fieldShown(path));
  }

  /** The steps shown for the current answers, in order. */
  get steps(): StepDefinition[] {
    return this.bundle.steps.filter((step) => this.stepShown(step));
  }

  /** The fields of `step` that are shown. */
  fieldsOf(step: StepDefinition): FieldPath[] {
    const paths = step.fields.filter((path) => this.fieldShown(path));
    return step.choosesProcedures ? [PROCEDURES_PATH as FieldPath, ...paths] : paths;
  }

  /** Checks one shown answer on its own: presence, then form. */
  private checkField(path: FieldPath): FieldIssue | null {
    if (path === PROCEDURES_PATH) {
      const chosen = this.values[path];
      // Naming an always-filed procedure is harmless (a portal may prefill the whole list); unknown ids are not.
      const unknown = Array.isArray(chosen) && chosen.some((id) => !Object.hasOwn(this.bundle.procedures, id));
      return unknown ? { path, code: 'choice' } : null;
    }
    const field = fieldAt(this.bundle, path);
    if (!field) return null;
    const value = this.values[path];
    if (!isFilled(value)) return this.fieldRequired(path) ? { path, code: missingCode(field) } : null;
    if (isDeferred(value)) {
      // Deferred: no value to check, only that deferring is allowed here and the reason is short.
      if (!field.deferrable) return { path, code: 'invalid' };
      return value.reason.length > 200 ? { path, code: 'text.tooLong', params: { max: 200 } } : null;
    }
    const issue = this.checks().checkValue(field, this.bundle, value, this.today);
    return issue ? { ...issue, path } : null;
  }

  /** Issues of rules across fields that report on one of `paths`, skipping fields that already have one. */
  private checkRules(paths: readonly FieldPath[], found: readonly FieldIssue[]): FieldIssue[] {
    const issues: FieldIssue[] = [];
    for (const rule of this.rules) {
      if (!paths.includes(rule.reportOn) || found.some((i) => i.path === rule.reportOn)) continue;
      if (!rule.reads.every((p) => this.fieldShown(p))) continue;
      const issue = rule.check(this.values, { today: this.today });
      if (issue) issues.push({ ...issue, path: rule.reportOn });
    }
    return issues;
  }

  /** Everything wrong with the shown answers of `step`, in the order the fields appear. */
  validateStep(step: StepDefinition): FieldIssue[] {
    const paths = this.fieldsOf(step);
    const issues = paths.map((p) => this.checkField(p)).filter((i): i is FieldIssue => i !== null);
    const ruleIssues = this.checkRules(paths, issues);
    return paths.flatMap((p) => [...issues, ...ruleIssues].filter((i) => i.path === p));
  }

  /** Everything wrong with every shown step. */
  validateAll(): FieldIssue[] {
    return this.steps.flatMap((step) => this.validateStep(step));
  }

  /** The shown, filled answers: what is reviewed and submitted. */
  get shownAnswers(): Array<{ path: FieldPath; value: AnswerValue }> {
    const seen = new Set<string>();
    const out: Array<{ path: FieldPath; value: AnswerValue }> = [];
    for (const step of this.steps) {
      for (const path of this.fieldsOf(step)) {
        const value = this.values[path];
        if (seen.has(path) || path === PROCEDURES_PATH || value === undefined || !isFilled(value)) continue;
        seen.add(path);
        out.push({ path, value });
      }
    }
    return out;
  }
}

/**
 * The code for a required answer left empty. A deferrable fact is asked for gently: it can be given now or
 * later, and the message says both.
 */
function missingCode(field: FieldDefinition): string {
  if (field.kind === 'upload') return 'upload.required';
  return field.deferrable ? 'deferrable.required' : 'required';
}
