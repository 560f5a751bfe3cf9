/**
 * The default transport: the small HTTP contract of `docs/http-contract.md` against the host's `endpoint`.
 *
 * Safety against duplicates comes from the server, not from luck: every try of a dossier carries the same
 * `Idempotency-Key` (its reference), and the server stores a reference once. That is what makes it safe to
 * retry a request whose answer was lost, and to let a person press "submit" again after a failure.
 *
 * Files go up with the tus resumable-upload protocol against `{endpoint}/uploads/` (see `tus-upload.ts`).
 */
import { DEFAULT_RETRY, abortedError, parseRetryAfter, withRetry } from './retry.js';
import type { RetryPolicy } from './retry.js';
import { TransportError } from './transport.js';
import type { SubmitReceipt, SubmittableDossier, SubmitOptions, Transport, UploadOptions, UploadRequest, UploadedFile } from './transport.js';
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
 * ignored: the first call's signal governs the shared request).
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const endpoint = typeof options?.endpoint === 'string' ? options.endpoint.replace(/\/+$/, '') : undefined;
  const policy = withOverrides(DEFAULT_RETRY, options?.retry);
  const uploadPolicy = withOverrides(DEFAULT_UPLOAD_RETRY, options?.uploadRetry);
  const timeoutMs = options?.timeoutMs ?? 60_000;
  // In flight, per reference: a double click, or two parts of a page submitting at once, share one request.
  const inFlight = new Map<string, Promise<SubmitReceipt>>();

  async function send(reference: string, dossier: SubmittableDossier, signal?: AbortSignal): Promise<SubmitReceipt> {
    if (endpoint === undefined) throw new TransportError('rejected', 'No endpoint is configured.');
    let body: string;
    try {
      body = JSON.stringify(dossier);
    } catch (cause) {
      throw new TransportError('rejected', 'The dossier cannot be written as JSON.', { cause });
    }
    const url = `${endpoint}/dossiers`;
    try {
      return await withRetry(() => post(url, reference, body, signal), {
        ...policy,
        ...(signal ? { signal } : {}),
        isRetryable: (error) => error instanceof TransportError && error.retryable,
        retryAfterMs: (error) => (error instanceof TransportError ? error.retryAfterMs : undefined),
      });
    } catch (error) {
      // Callers only ever see a TransportError, whatever a host's fetch replacement threw.
      if (error instanceof TransportError) throw error;
      throw new TransportError('network', 'The request failed.', { cause: error });
    }
  }

  async function post(url: string, reference: string, body: string, signal?: AbortSignal): Promise<SubmitReceipt> {
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
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': reference },
          body,
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
      return toReceipt(response, text, reference);
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
  };
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
function toReceipt(response: Response, text: string, reference: string): SubmitReceipt {
  const status = response.status;
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const receivedAt = typeof body?.['receivedAt'] === 'string' ? body['receivedAt'] : new Date().toISOString();
    // The reference is the key this transport sent; the server's echo is not needed to know it.
    return { reference, receivedAt, duplicate: status === 200 };
  }
  if (TRANSIENT.has(status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    return fail('server', `The server is unavailable (${status}).`, {
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (status === 409) return fail('conflict', 'Another dossier already has this reference.', { status });
  if (status === 413) return fail('too-large', 'The dossier is too large for the server.', { status });
  if (status >= 400 && status < 500) {
    const issues = Array.isArray(body?.['issues'])
      ? (body['issues'] as unknown[]).filter((issue): issue is string => typeof issue === 'string')
      : [];
    return fail('rejected', `The server rejected the dossier (${status}).`, { status, issues });
  }
  // 501, 505, an unexpected redirect or informational status: not something a retry fixes.
  return fail('server', `Unexpected answer from the server (${status}).`, { status, retryable: false });
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
