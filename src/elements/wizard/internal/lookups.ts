/**
 * Host hooks that look a fact up for the citizen (e.g. the deceased's social-insurance number from their
 * personal ID). The wizard hands each deferrable field a function bound to its hook; what the hook finds is
 * only shown, and the citizen decides whether to use it.
 */
import type { AnswerValue } from '../../../core/engine/index.js';

/** What a lookup hook is given. */
export interface LookupRequest {
  /** The path of the fact to find, e.g. `deceased.socialInsuranceNumber`. */
  path: string;
  /** Every answer so far, by path (the hook picks what it searches by, e.g. `deceased.personalId`). */
  answers: Readonly<Record<string, AnswerValue | undefined>>;
  /** Aborted when the citizen leaves the field or asks again. */
  signal: AbortSignal;
}

/**
 * Finds a fact: resolves to the value (a string), or to null / undefined when there is none. A rejection, a
 * throw, a value of another type or no answer within 20 s is shown as "could not look it up now".
 */
export type LookupHook = (request: LookupRequest) => unknown;

/** What a field is given: the hook bound to its path and the current answers. */
export type FieldLookup = (signal: AbortSignal) => Promise<unknown>;

/**
 * One bound function per path, kept while the host's hooks stay the same object, so a field is not handed a
 * new function (and its lookup state reset) at every render.
 */
export class LookupCache {
  private hooks: unknown;
  private bound = new Map<string, FieldLookup | undefined>();

  constructor(
    private readonly currentHooks: () => unknown,
    private readonly answers: () => LookupRequest['answers'],
  ) {}

  /** The lookup of the field at `path`, or undefined when the host gives none (or gives something unusable). */
  for(path: string): FieldLookup | undefined {
    const hooks = this.currentHooks();
    if (hooks !== this.hooks) {
      this.hooks = hooks;
      this.bound = new Map();
    }
    if (!this.bound.has(path)) this.bound.set(path, this.bind(hooks, path));
    return this.bound.get(path);
  }

  private bind(hooks: unknown, path: string): FieldLookup | undefined {
    // The hooks come from the host page: anything but a function under the path means no lookup.
    const hook = hooks && typeof hooks === 'object' && Object.hasOwn(hooks, path) ? (hooks as Record<string, unknown>)[path] : undefined;
    if (typeof hook !== 'function') return undefined;
    return async (signal) => (hook as LookupHook)({ path, answers: { ...this.answers() }, signal });
  }
}
