/**
 * Retries with full-jitter exponential back-off. Jitter matters here: when a portal comes back after an
 * outage in office hours, thousands of phones retrying on the same fixed schedule would knock it over again;
 * spreading each wait uniformly over [0, cap] keeps the retries from arriving together.
 */
import { TransportError } from './transport.js';

/** How often and how patiently to retry. */
export interface RetryPolicy {
  /** Tries in all, the first included (1 = never retry). */
  attempts: number;
  /** Cap of the first wait; each later cap doubles. */
  baseDelayMs: number;
  /** No wait is longer than this, and a server asking for a longer one ends the retries. */
  maxDelayMs: number;
}

/** 4 tries, waits of at most 0.5 s, 1 s, 2 s (capped at 8 s). */
export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 });

/** Options of {@link withRetry}. */
export interface RetryOptions extends RetryPolicy {
  /** Stops at once, during a try or a wait, rejecting with a `TransportError` of kind `aborted`. */
  signal?: AbortSignal;
  /** Whether a failure is transient (worth another try). */
  isRetryable(error: unknown): boolean;
  /** The wait the server asked for (e.g. `Retry-After`), which replaces the back-off for that wait. */
  retryAfterMs?(error: unknown): number | undefined;
  /** Waits `ms`; replaced in tests. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1); replaced in tests. */
  random?(): number;
}

/** The error for a cancelled operation, keeping the signal's reason as its cause. */
export function abortedError(signal?: AbortSignal): TransportError {
  return new TransportError('aborted', 'The request was cancelled.', { cause: signal?.reason });
}

/** Waits `ms`, or less when `signal` aborts (then resolves; the caller checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Settles like `promise`, but rejects as `aborted` the moment `signal` aborts, whether or not the work
 * behind `promise` listens to the signal (a host's sleep or transport may not).
 */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    // Always attached, so a late failure of abandoned work is handled; settling twice is a no-op.
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        // An operation that failed because it was cancelled is reported as cancelled, not as its symptom.
        reject(signal.aborted ? abortedError(signal) : error);
      },
    );
  });
}

/** The wait before try `attempt + 1`: uniform in [0, min(max, base · 2^(attempt−1))]. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * Math.max(0, cap));
}

/**
 * Runs `operation` (given the 1-based attempt number) until it succeeds, fails with an error that is not
 * retryable, or `attempts` are used up; then rejects with that last error. A server-requested wait
 * (`retryAfterMs`) longer than `maxDelayMs` ends the retries rather than being cut short: retrying early would
 * only meet the same refusal, and the error stays retryable so the person can try again later.
 */
export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { signal, isRetryable, retryAfterMs, random = Math.random } = options;
  const wait = options.sleep ?? sleep;
  const attempts = Math.max(1, Math.floor(options.attempts) || 1);
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortedError(signal);
    try {
      // `Promise.resolve().then` turns a synchronous throw of the operation into a rejection.
      return await unlessAborted(Promise.resolve(attempt).then(operation), signal);
    } catch (error) {
      if (signal?.aborted) throw abortedError(signal);
      if (attempt >= attempts || !isRetryable(error)) throw error;
      const asked = retryAfterMs?.(error);
      if (asked !== undefined && asked > options.maxDelayMs) throw error;
      const delay = asked !== undefined ? Math.max(0, asked) : backoffDelay(attempt, options, random);
      await unlessAborted(wait(delay, signal), signal);
    }
  }
}

/** `Retry-After` as milliseconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
