/**
 * The default transport: the small HTTP contract of `docs/http-contract.md` against the host's `endpoint`.
 *
 * Safety against duplicates comes from the server, not from luck: every try of a dossier carries the same
 * `Idempotency-Key` (its reference), and the server stores a reference once. That is what makes it safe to
 * retry a request whose answer was lost, and to let a person press "submit" again after a failure.
 *
 * Files go up with the tus resumable-upload protocol against `{endpoint}/uploads/` (see `tus-upload.ts`).
 *
 * Facts a dossier was submitted without (its `deferred` entries) are read back from
 * `{endpoint}/dossiers/{reference}/deferred` and sent later to `{endpoint}/dossiers/{reference}/supplements`,
 * with the same retries; a supplement's `Idempotency-Key` is a hash of the reference and its facts.
 */
import { DEFAULT_RETRY, abortedError, parseRetryAfter, withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';
import { sha256Hex } from '../files/checksum.js';
import { TransportError } from './transport.js';
import type {
  AwaitedFact,
  DeferredOptions,
  DeferredStatus,
  SubmitReceipt,
  SubmittableDossier,
  SubmitOptions,
  SupplementOptions,
  SupplementReceipt,
  Transport,
  UploadOptions,
  UploadRequest,
  UploadedFile,
} from './transport.js';
import { DEFAULT_UPLOAD_RETRY, tusUpload } from './tus-upload.js';

/** Re-exported where it used to live. */
export { parseRetryAfter };

/** Options of {@link createHttpTransport}. */
export interface HttpTransportOptions {
  /** Base URL of the host's receiver, e.g. `/api/lienthong`; requests go to `{endpoint}/dossiers` and `{endpoint}/uploads/`. */
  endpoint: string;
  /** Overrides of {@link DEFAULT_RETRY}, for submissions. */
  retry?: Partial<RetryPolicy>;
  /** Overrides of {@link DEFAULT_UPLOAD_RETRY}, for uploads. */
  uploadRetry?: Partial<RetryPolicy>;
  /**
   * Gives up on one try after this long and counts it as a network failure (default 60 s). For uploads, which
   * may rightly take minutes, it is the longest time without a byte sent or an answer.
   */
  timeoutMs?: number;
  /** The fetch to use for submissions (default: the global one, looked up at each call); uploads use tus-js-client's XMLHttpRequest. */
  fetch?: typeof fetch;
}

/** Statuses that mean "try again later": the request may not have been processed, or the server is busy. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

/** What may go into a header: the reference is sent as `Idempotency-Key`, so it must be a visible-ASCII token. */
const HEADER_SAFE = /^[\x21-\x7e]{1,200}$/;

/**
 * Creates the HTTP transport for `endpoint`. Never throws: problems surface as rejected promises.
 * A `submit` of a reference that is already in flight returns the pending promise (its own `signal` is then
 * ignored: the first call's signal governs the shared request); so does a `supplement` with the same
 * idempotency key.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const endpoint = typeof options?.endpoint === 'string' ? options.endpoint.replace(/\/+$/, '') : undefined;
  const policy = withOverrides(DEFAULT_RETRY, options?.retry);
  const uploadPolicy = withOverrides(DEFAULT_UPLOAD_RETRY, options?.uploadRetry);
  const timeoutMs = options?.timeoutMs ?? 60_000;
  // In flight, per reference: a double click, or two parts of a page submitting at once, share one request.
  const inFlight = new Map<string, Promise<SubmitReceipt>>();
  // In flight, per reference and idempotency key: the same supplement sent twice at once shares one request.
  const supplementsInFlight = new Map<string, Promise<SupplementReceipt>>();

  /** Runs `attempt` with the submission retry rules; callers only ever see a TransportError. */
  async function retried<T>(attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await withRetry(attempt, {
        ...policy,
        ...(signal ? { signal } : {}),
        isRetryable: (error) => error instanceof TransportError && error.retryable,
        retryAfterMs: (error) => (error instanceof TransportError ? error.retryAfterMs : undefined),
      });
    } catch (error) {
      // Whatever a host's fetch replacement threw.
      if (error instanceof TransportError) throw error;
      throw new TransportError('network', 'The request failed.', { cause: error });
    }
  }

  async function send(reference: string, dossier: SubmittableDossier, signal?: AbortSignal): Promise<SubmitReceipt> {
    if (endpoint === undefined) throw new TransportError('rejected', 'No endpoint is configured.');
    let body: string;
    try {
      body = JSON.stringify(dossier);
    } catch (cause) {
      throw new TransportError('rejected', 'The dossier cannot be written as JSON.', { cause });
    }
    const url = `${endpoint}/dossiers`;
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': reference };
    return retried(async () => toReceipt(await exchange(url, { method: 'POST', headers, body }, signal), reference), signal);
  }

  async function sendSupplement(
    reference: string,
    body: string,
    key: string,
    signal?: AbortSignal,
  ): Promise<SupplementReceipt> {
    const url = `${endpoint}/dossiers/${encodeURIComponent(reference)}/supplements`;
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key };
    return retried(async () => toSupplementReceipt(await exchange(url, { method: 'POST', headers, body }, signal), reference), signal);
  }

  /** One try: the answer and its whole body, or a `network` / `aborted` TransportError. */
  async function exchange(
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    signal?: AbortSignal,
  ): Promise<Answer> {
    const fetchImpl = options?.fetch ?? globalThis.fetch;
    // One controller per try: it carries the caller's abort and this try's time-out.
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          ...init,
          signal: controller.signal,
          cache: 'no-store',
        });
      } catch (cause) {
        if (signal?.aborted) throw abortedError(signal);
        const message = timedOut ? 'The server did not answer in time.' : 'The server could not be reached.';
        throw new TransportError('network', message, { cause });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        if (signal?.aborted) throw abortedError(signal);
        // The answer was lost half way; whatever happened, retrying the same key is safe.
        throw new TransportError('network', 'The answer from the server was cut off.', { cause });
      }
      return { response, text };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    submit(dossier: SubmittableDossier, submitOptions?: SubmitOptions): Promise<SubmitReceipt> {
      const reference = (dossier as { reference?: unknown } | null | undefined)?.reference;
      if (typeof reference !== 'string' || !HEADER_SAFE.test(reference)) {
        return Promise.reject(new TransportError('rejected', 'The dossier has no usable reference.'));
      }
      const pending = inFlight.get(reference);
      if (pending) return pending;
      const promise = send(reference, dossier, submitOptions?.signal);
      inFlight.set(reference, promise);
      // Once settled, a new call sends again: that is how a failed submission is retried.
      const forget = () => {
        if (inFlight.get(reference) === promise) inFlight.delete(reference);
      };
      promise.then(forget, forget);
      return promise;
    },

    upload(request: UploadRequest, uploadOptions?: UploadOptions): Promise<UploadedFile> {
      if (endpoint === undefined) return Promise.reject(new TransportError('rejected', 'No endpoint is configured.'));
      return tusUpload(request, { endpoint: `${endpoint}/uploads/`, retry: uploadPolicy, stallMs: timeoutMs }, uploadOptions);
    },

    async deferred(reference: string, deferredOptions?: DeferredOptions): Promise<DeferredStatus> {
      if (endpoint === undefined) throw new TransportError('rejected', 'No endpoint is configured.');
      if (typeof reference !== 'string' || !HEADER_SAFE.test(reference)) {
        throw new TransportError('rejected', 'The reference is not usable.');
      }
      const signal = deferredOptions?.signal;
      const url = `${endpoint}/dossiers/${encodeURIComponent(reference)}/deferred`;
      const init = { method: 'GET', headers: { Accept: 'application/json' } };
      return retried(async () => toDeferredStatus(await exchange(url, init, signal), reference), signal);
    },

    async supplement(
      reference: string,
      facts: Record<string, unknown>,
      supplementOptions?: SupplementOptions,
    ): Promise<SupplementReceipt> {
      if (endpoint === undefined) throw new TransportError('rejected', 'No endpoint is configured.');
      if (typeof reference !== 'string' || !HEADER_SAFE.test(reference)) {
        throw new TransportError('rejected', 'The reference is not usable.');
      }
      if (facts === null || typeof facts !== 'object' || Array.isArray(facts) || Object.keys(facts).length === 0) {
        throw new TransportError('rejected', 'There are no facts to send.');
      }
      let body: string;
      let canonical: string;
      try {
        body = JSON.stringify({ facts });
        canonical = canonicalJson(facts);
      } catch (cause) {
        throw new TransportError('rejected', 'The facts cannot be written as JSON.', { cause });
      }
      const given = supplementOptions?.idempotencyKey;
      if (given !== undefined && (typeof given !== 'string' || !HEADER_SAFE.test(given))) {
        throw new TransportError('rejected', 'The idempotency key is not usable.');
      }
      const key = given ?? (await sha256Hex(new Blob([`${reference}\n${canonical}`])));
      const slot = `${reference}\n${key}`;
      const pending = supplementsInFlight.get(slot);
      if (pending) return pending;
      const promise = sendSupplement(reference, body, key, supplementOptions?.signal);
      supplementsInFlight.set(slot, promise);
      const forget = () => {
        if (supplementsInFlight.get(slot) === promise) supplementsInFlight.delete(slot);
      };
      promise.then(forget, forget);
      return promise;
    },
  };
}

/** An answer and its body, read whole. */
interface Answer {
  response: Response;
  text: string;
}

/**
 * JSON with object keys sorted at every level and `undefined` members left out, so the same facts give the
 * same text (and the same idempotency key) whatever order they were put together in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** `base` with the valid numbers of `overrides`. */
function withOverrides(base: RetryPolicy, overrides: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy: RetryPolicy = { ...base };
  for (const key of ['attempts', 'baseDelayMs', 'maxDelayMs'] as const) {
    const value = overrides?.[key];
    if (typeof value === 'number' && value >= 0) policy[key] = value;
  }
  return policy;
}

/** Turns an answer into a receipt, or throws the matching {@link TransportError}. */
function toReceipt({ response, text }: Answer, reference: string): SubmitReceipt {
  const status = response.status;
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const receivedAt = typeof body?.['receivedAt'] === 'string' ? body['receivedAt'] : new Date().toISOString();
    // The reference is the key this transport sent; the server's echo is not needed to know it.
    return { reference, receivedAt, duplicate: status === 200 };
  }
  if (status === 409) return fail('conflict', 'Another dossier already has this reference.', { status });
  if (status === 413) return fail('too-large', 'The dossier is too large for the server.', { status });
  return failWith(response, body, 'The server rejected the dossier');
}

/** Turns the answer to a supplement into its receipt, or throws the matching {@link TransportError}. */
function toSupplementReceipt({ response, text }: Answer, reference: string): SupplementReceipt {
  const status = response.status;
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const receivedAt = typeof body?.['receivedAt'] === 'string' ? body['receivedAt'] : new Date().toISOString();
    return { reference, receivedAt, complete: body?.['complete'] === true };
  }
  if (status === 404) return fail('not-found', 'The server holds no dossier with this reference.', { status });
  if (status === 409 && body?.['error'] === 'completed') {
    return fail('completed', 'The dossier awaits nothing more: everything deferred has been supplied.', { status });
  }
  if (status === 409) {
    return fail('conflict', 'Another supplement with this idempotency key was already received.', { status, issues: issuesOf(body) });
  }
  if (status === 413) return fail('too-large', 'The supplement is too large for the server.', { status });
  return failWith(response, body, 'The server rejected the supplement');
}

/** Turns the answer to a status request into the deferred status, or throws the matching {@link TransportError}. */
function toDeferredStatus({ response, text }: Answer, reference: string): DeferredStatus {
  const status = response.status;
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const awaiting = body?.['awaiting'];
    if (!Array.isArray(awaiting)) {
      return fail('server', 'The server sent an answer without the awaited facts.', { status, retryable: false });
    }
    return {
      reference,
      bundle: typeof body?.['bundle'] === 'string' ? body['bundle'] : '',
      awaiting: awaiting.flatMap((item: unknown): AwaitedFact[] => {
        const entry = item as { fact?: unknown; procedures?: unknown; reason?: unknown } | null;
        if (typeof entry?.fact !== 'string') return [];
        const procedures = Array.isArray(entry.procedures)
          ? entry.procedures.filter((procedure): procedure is string => typeof procedure === 'string')
          : [];
        return [{ fact: entry.fact, procedures, ...(typeof entry.reason === 'string' ? { reason: entry.reason } : {}) }];
      }),
    };
  }
  if (status === 404) return fail('not-found', 'The server holds no dossier with this reference.', { status });
  return failWith(response, body, 'The server refused the request');
}

/** The failures every request shares: transient statuses, other 4xx as `rejected`, anything else. */
function failWith(response: Response, body: Record<string, unknown> | undefined, refused: string): never {
  const status = response.status;
  if (TRANSIENT.has(status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    return fail('server', `The server is unavailable (${status}).`, {
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (status >= 400 && status < 500) return fail('rejected', `${refused} (${status}).`, { status, issues: issuesOf(body) });
  // 501, 505, an unexpected redirect or informational status: not something a retry fixes.
  return fail('server', `Unexpected answer from the server (${status}).`, { status, retryable: false });
}

/** The `issues` of an error body, keeping only strings. */
function issuesOf(body: Record<string, unknown> | undefined): string[] {
  return Array.isArray(body?.['issues'])
    ? (body['issues'] as unknown[]).filter((issue): issue is string => typeof issue === 'string')
    : [];
}

function fail(...args: ConstructorParameters<typeof TransportError>): never {
  throw new TransportError(...args);
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
