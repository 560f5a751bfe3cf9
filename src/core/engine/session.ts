/**
 * A filing with the standard checks of every field kind: what tests, receivers and scripts use. See
 * filing-state.ts for everything it does.
 */
import { todayIso } from '../rules/index.js';
import type { Answers, BundleDefinition } from './model.js';
import { fieldChecks } from './field-checks.js';
import { FilingState } from './filing-state.js';

export { FilingState, fieldAt, splitPath } from './filing-state.js';
export type { FieldChecks, FieldIssue } from './filing-state.js';

export class FilingSession extends FilingState {
  constructor(bundle: BundleDefinition, answers: Answers = {}, today: string = todayIso()) {
    super(bundle, answers, today, () => fieldChecks);
  }
}
