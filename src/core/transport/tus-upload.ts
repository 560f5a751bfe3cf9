/**
 * File uploads over the tus resumable-upload protocol (https://tus.io), through tus-js-client: the file is
 * created on the server (POST), then sent (PATCH). When the connection drops, the next try asks the server how
 * many bytes it holds (HEAD) and sends only the rest, so a phone losing its signal at 90 % loses seconds, not
 * the upload. The upload's URL is remembered in localStorage under the file's content, so the same file picked
 * again after a reload resumes too.
 *
 * tus-js-client is imported when the first upload starts, never before: the wizard's first step does not
 * download it.
 */
import type { DetailedError, HttpResponse, PreviousUpload, UploadOptions as TusOptions } from 'tus-js-client';
import { abortedError, backoffDelay, parseRetryAfter } from './retry.js';
import type { RetryPolicy } from './retry.js';
import { TransportError } from './transport.js';
import type { UploadOptions, UploadProgress, UploadRequest, UploadedFile } from './transport.js';

type TusModule = typeof import('tus-js-client');

/**
 * 6 tries, waits of at most 0.5, 1, 2, 4, 8 s. More patient than a submission: tus-js-client starts counting
 * again whenever a try moved bytes, so these are tries in a row that got nowhere.
 */
export const DEFAULT_UPLOAD_RETRY: RetryPolicy = Object.freeze({ attempts: 6, baseDelayMs: 500, maxDelayMs: 8000 });

/** How an upload reaches its server. */
export interface TusUploadConfig {
  /** Where uploads are created, e.g. `/api/lienthong/uploads/`. */
  endpoint: string;
  retry: RetryPolicy;
  /** No byte sent and no answer for this long: the connection is taken for dead, dropped and resumed. */
  stallMs: number;
}

/** At most one progress report per this many milliseconds (a bar does not need more; a live region less). */
const PROGRESS_INTERVAL_MS = 100;

const SHA256 = /^[0-9a-f]{64}$/;

let loading: Promise<TusModule> | undefined;

/** tus-js-client, imported once; a failed import (offline at that moment) is tried again by the next upload. */
function loadTus(): Promise<TusModule> {
  loading ??= import('tus-js-client').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Statuses worth another try: none (network), time-out, offset conflict and lock (the next try re-reads the
 * offset with HEAD, so they heal), throttling, and server failures other than 501 and 505. Never 400, 413,
 * 415 or another refusal: sending the same file again would meet the same answer.
 */
export function isTransientUploadStatus(status: number): boolean {
  return (
    status === 0 || status === 408 || status === 409 || status === 423 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
  );
}

/** Why `request` cannot be sent, or undefined. */
function problemOf(request: UploadRequest | null | undefined): string | undefined {
  if (!request || typeof Blob === 'undefined' || !(request.file instanceof Blob)) return 'The upload has no file.';
  if (typeof request.name !== 'string' || request.name === '') return 'The upload has no file name.';
  if (typeof request.type !== 'string' || request.type === '') return 'The upload has no file type.';
  if (typeof request.sha256 !== 'string' || !SHA256.test(request.sha256)) return 'The upload has no SHA-256 (64 lowercase hex digits).';
  if (typeof request.slot !== 'string' || request.slot === '') return 'The upload has no document slot.';
  return undefined;
}

/** Reports progress at most every {@link PROGRESS_INTERVAL_MS}, and never backwards. */
function progressReporter(total: number, listener: ((progress: UploadProgress) => void) | undefined) {
  let latest = 0;
  let shown = -1;
  let shownAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const emit = () => {
    timer = undefined;
    if (latest === shown) return;
    shown = latest;
    shownAt = Date.now();
    try {
      listener?.({ sent: latest, total });
    } catch {
      // A host's listener that throws must not break the upload.
    }
  };
  return {
    report(sent: number) {
      // After a cut the server may hold less than had left the device; the resumed upload starts from what it
      // holds. The bar waits for it instead of jumping back, which would look like starting over.
      latest = Math.min(total, Math.max(latest, sent));
      if (!listener) return;
      const wait = PROGRESS_INTERVAL_MS - (Date.now() - shownAt);
      if (latest === total || wait <= 0) {
        clearTimeout(timer);
        emit();
      } else {
        timer ??= setTimeout(emit, wait);
      }
    },
    stop: () => clearTimeout(timer),
  };
}

/** The `issues` of a JSON error body, or its text as the one issue. */
function issuesOf(response: HttpResponse): string[] {
  const text = (response.getBody() ?? '').trim();
  try {
    const issues: unknown = (JSON.parse(text) as { issues?: unknown } | null)?.issues;
    if (Array.isArray(issues)) return issues.filter((issue): issue is string => typeof issue === 'string');
  } catch {
    // Not JSON: tus servers answer their own errors in plain text.
  }
  return text ? [text.slice(0, 500)] : [];
}

/** The {@link TransportError} for what tus-js-client reported once it stopped retrying. */
function toTransportError(error: unknown): TransportError {
  const detailed = error as Partial<DetailedError> | null | undefined;
  if (!detailed?.originalRequest) {
    // Not an HTTP failure: the file itself could not be read (deleted or changed since it was picked).
    return new TransportError('rejected', 'The file could not be read.', { cause: error, retryable: false });
  }
  const response = detailed.originalResponse ?? null;
  const status = response?.getStatus() ?? 0;
  if (!response || status === 0) return new TransportError('network', 'The server could not be reached.', { cause: error });
  if (status === 413) return new TransportError('too-large', 'The file is larger than the server accepts.', { status, cause: error });
  if (status === 415) return new TransportError('unsupported-type', 'The server does not accept this kind of file.', { status, cause: error });
  if (status === 409 || status === 423) {
    // Still out of step with the server (or locked by a request it has not let go of) after every retry.
    return new TransportError('server', `The server did not let the upload resume (${status}).`, { status, cause: error });
  }
  if (isTransientUploadStatus(status)) {
    const retryAfterMs = parseRetryAfter(response.getHeader('Retry-After') ?? null);
    return new TransportError('server', `The server is unavailable (${status}).`, {
      status,
      cause: error,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (status >= 400 && status < 500) {
    return new TransportError('rejected', `The server refused the file (${status}).`, { status, issues: issuesOf(response), cause: error });
  }
  return new TransportError('server', `Unexpected answer from the server (${status}).`, { status, retryable: false, cause: error });
}

/** The server's id of the upload: the last path segment of its URL. */
function idOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const segment = new URL(url, globalThis.location?.href ?? 'http://localhost/').pathname.split('/').filter(Boolean).pop();
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Uploads one file with tus; resolves once the server holds all of it, rejects with a {@link TransportError}.
 * Aborting through `options.signal` stops at once and asks the server to delete what it received.
 */
export async function tusUpload(request: UploadRequest, config: TusUploadConfig, options: UploadOptions = {}): Promise<UploadedFile> {
  const signal = options?.signal;
  if (signal?.aborted) throw abortedError(signal);
  const problem = problemOf(request);
  if (problem) throw new TransportError('rejected', problem, { retryable: false });
  let tus: TusModule;
  try {
    tus = await loadTus();
  } catch (cause) {
    throw new TransportError('network', 'The upload code could not be loaded.', { cause });
  }
  if (signal?.aborted) throw abortedError(signal);
  return new Promise<UploadedFile>((resolve, reject) => run(tus, request, config, options, resolve, reject));
}

function run(
  tus: TusModule,
  request: UploadRequest,
  config: TusUploadConfig,
  options: UploadOptions,
  resolve: (file: UploadedFile) => void,
  reject: (error: TransportError) => void,
): void {
  const { file, name, type, sha256, slot } = request;
  const { signal } = options;
  const progress = progressReporter(file.size, options.onProgress);
  const policy = config.retry;
  let settled = false;
  let stalls = 0;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let restart: ReturnType<typeof setTimeout> | undefined;

  const settle = (error?: TransportError) => {
    if (settled) return;
    settled = true;
    clearTimeout(watchdog);
    clearTimeout(restart);
    signal?.removeEventListener('abort', onAbort);
    if (error) {
      progress.stop();
      return reject(error);
    }
    const id = idOf(upload.url);
    if (id === undefined) return reject(new TransportError('server', 'The server gave the upload no address.', { retryable: false }));
    progress.report(file.size);
    resolve({ id, name, type, size: file.size, sha256 });
  };

  /** Something moved: the connection is alive for another `stallMs` (plus a retry wait about to start). */
  const alive = (extraMs = 0) => {
    clearTimeout(watchdog);
    if (!settled) watchdog = setTimeout(onStall, config.stallMs + extraMs);
  };

  // A phone between cells often keeps a dead connection open and the browser waits for it for minutes. Drop
  // it and resume as after a cut; tries in a row that stall count like failed ones.
  const onStall = () => {
    void upload.abort(false).then(() => {
      if (settled) return;
      if (++stalls >= policy.attempts) return settle(new TransportError('network', 'The upload stalled.'));
      restart = setTimeout(() => {
        alive();
        upload.start();
      }, backoffDelay(stalls, policy));
    });
  };

  const onAbort = () => {
    // The citizen removed the file: stop sending and have the server delete what it holds. The promise
    // settles now; the deletion goes on in the background (and is retried like any request).
    upload.abort(true).catch(() => undefined);
    settle(abortedError(signal));
  };

  const tusOptions: TusOptions = {
    endpoint: config.endpoint,
    metadata: { filename: name, filetype: type, sha256, slot },
    // By content (and slot and server), not by name and date as tus-js-client would: the same bytes picked
    // again after a reload resume, whatever the file is called now.
    fingerprint: () => Promise.resolve(['lienthong', config.endpoint, slot, sha256, type, file.size].join('|')),
    storeFingerprintForResuming: true,
    // Once done, the same file added again is a new upload (the slot rejects true duplicates itself).
    removeFingerprintOnSuccess: true,
    // A separate creation request: if the connection drops during the first PATCH, the URL is already known
    // and the upload resumes instead of starting over.
    uploadDataDuringCreation: false,
    retryDelays: Array.from({ length: Math.max(0, Math.floor(policy.attempts) - 1) }, (_, i) => backoffDelay(i + 1, policy)),
    onShouldRetry: (error: DetailedError, attempt: number, current: TusOptions) => {
      const response = error.originalResponse;
      if (!isTransientUploadStatus(response?.getStatus() ?? 0)) return false;
      const asked = parseRetryAfter(response?.getHeader('Retry-After') ?? null);
      // A server asking for a longer wait than we would give ends the retries; the error stays retryable.
      if (asked !== undefined && asked > policy.maxDelayMs) return false;
      // tus-js-client reads this try's wait from the array right after this call: fresh jitter each time (so
      // phones coming back after an outage do not retry in step), or the server's own ask.
      const wait = asked ?? backoffDelay(attempt + 1, policy);
      if (current.retryDelays) current.retryDelays[attempt] = wait;
      alive(wait);
      return true;
    },
    onBeforeRequest: () => alive(),
    onAfterResponse: () => alive(),
    onProgress: (sent: number) => {
      alive();
      progress.report(sent);
    },
    onSuccess: () => settle(),
    onError: (error: Error) => settle(toTransportError(error)),
  };
  const upload = new tus.Upload(file, tusOptions);
  signal?.addEventListener('abort', onAbort, { once: true });

  upload
    .findPreviousUploads()
    .then((previous: PreviousUpload[]) => {
      const [latest, ...older] = [...previous].sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime));
      for (const stale of older) void tus.defaultOptions.urlStorage.removeUpload(stale.urlStorageKey).catch(() => undefined);
      if (latest) upload.resumeFromPreviousUpload(latest);
    })
    // Storage unreadable (private mode, quota): a fresh upload is still right.
    .catch(() => undefined)
    .then(() => {
      if (settled) return;
      alive();
      progress.report(0);
      upload.start();
    });
}
