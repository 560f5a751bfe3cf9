/** Evaluates the conditions written in bundle definitions. Pure: answers and chosen procedures in, boolean out. */
import type { AnswerValue, Answers, Condition } from './model.js';

/** Whether an answer counts as given: a non-blank string, a non-empty list, an address with any part. */
export function isFilled(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  // "Later" is an answer too: the citizen has answered the question by deferring it.
  if ((value as { deferred?: unknown }).deferred === true) return true;
  // An object answer (an address) counts once any of its parts is written.
  return Object.values(value).some((part) => typeof part === 'string' && part.trim() !== '');
}

/** Reads one answer; the session passes a reader that sees only the answers of shown fields. */
export type AnswerReader = (path: string) => AnswerValue | undefined;

/** Evaluates `condition`; a missing condition holds. `answers` may be a plain object or a reader. */
export function holds(condition: Condition | undefined, answers: Answers | AnswerReader, procedures: readonly string[]): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers, procedures));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers, procedures));
  if ('not' in condition) return !holds(condition.not, answers, procedures);
  if ('procedure' in condition) return procedures.includes(condition.procedure);
  const value = typeof answers === 'function' ? answers(condition.field) : answers[condition.field];
  if ('filled' in condition) return isFilled(value) === condition.filled;
  // A multiple choice matches when any of its values does.
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
  if ('equals' in condition) return values.includes(condition.equals);
  return values.some((v) => condition.in.includes(v));
}
