/**
 * What the wizard needs from a back end, and the one error type every transport reports with. The wizard
 * only ever talks to a {@link Transport}; the HTTP one in `http-transport.ts` is the default, and a portal
 * with its own back end passes its own implementation.
 */

/** The back end's acknowledgement that it holds the dossier. */
export interface SubmitReceipt {
  /** The dossier's reference (its idempotency key). */
  reference: string;
  /** When the back end first stored the dossier (ISO 8601). A duplicate carries the original time. */
  receivedAt: string;
  /** True when the back end already held this exact dossier, e.g. after a retry whose first answer was lost. */
  duplicate: boolean;
}

/** A dossier as far as transport cares: any JSON object with its reference. */
export type SubmittableDossier = { reference: string } & Record<string, unknown>;

/** Options of one submission. */
export interface SubmitOptions {
  /** Cancels the submission, including any wait between retries. */
  signal?: AbortSignal;
}

/** One file to upload, already checked and (for photos) shrunk on the device. */
export interface UploadRequest {
  /** The bytes to send. */
  file: Blob;
  /** The citizen's file name, for people reading the dossier. */
  name: string;
  /** The real type, found from the file's first bytes (not its name). */
  type: string;
  /** SHA-256 of `file`, lowercase hex: the back end can verify what it received. */
  sha256: string;
  /** The document slot the file belongs to (`birthCertificate`, …). */
  slot: string;
}

/** How far an upload has got. */
export interface UploadProgress {
  /** Bytes the back end has acknowledged or that are on their way. */
  sent: number;
  total: number;
}

/** Options of one upload. */
export interface UploadOptions {
  /** Stops the upload (the citizen removed the file); the promise rejects with kind `aborted`. */
  signal?: AbortSignal;
  /** Called as bytes go out; not more often than the transport finds useful. */
  onProgress?: (progress: UploadProgress) => void;
}

/** A file the back end holds, as the dossier's `documents` lists it. */
export interface UploadedFile {
  /** The back end's id for the file. */
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** One fact a dossier was submitted without, which the back end still waits for. */
export interface AwaitedFact {
  /** The fact's path in the dossier, e.g. `deceased.socialInsuranceNumber`. */
  fact: string;
  /** The procedures that wait for it. */
  procedures: string[];
  /** Why the citizen chose to give it later, in their words, when they said. */
  reason?: string;
}

/** What the back end still waits for on a dossier submitted with `deferred` entries. */
export interface DeferredStatus {
  /** The dossier's reference. */
  reference: string;
  /** The dossier's bundle (`birth`, `death`, …). */
  bundle: string;
  /** The deferred facts not supplied yet, in the dossier's order; empty once the dossier is complete. */
  awaiting: AwaitedFact[];
}

/** The back end's acknowledgement that it holds a supplement, stored with the original dossier. */
export interface SupplementReceipt {
  /** The reference of the dossier the supplement belongs to. */
  reference: string;
  /** When the back end first stored this supplement (ISO 8601). The same supplement again carries the original time. */
  receivedAt: string;
  /** True when nothing is awaited any more: every deferred fact has been supplied. */
  complete: boolean;
}

/** Options of {@link Transport.deferred}. */
export interface DeferredOptions {
  /** Cancels the request, including any wait between retries. */
  signal?: AbortSignal;
}

/** Options of {@link Transport.supplement}. */
export interface SupplementOptions {
  /** Cancels the request, including any wait between retries. */
  signal?: AbortSignal;
  /**
   * The supplement's idempotency key (visible ASCII, at most 200 characters). By default the HTTP transport
   * derives it from the reference and the facts, so sending the same facts again is the same supplement.
   */
  idempotencyKey?: string;
}

/** What the wizard needs from a back end. A portal with its own back end passes its own implementation. */
export interface Transport {
  /**
   * Sends the dossier; resolves once the back end holds it. Must be safe to call again with the same dossier
   * (the reference is the idempotency key) and must reject with a {@link TransportError}, never throw.
   */
  submit(dossier: SubmittableDossier, options?: SubmitOptions): Promise<SubmitReceipt>;
  /**
   * Uploads one file; resolves once the back end holds all of it. Survives a dropped connection by resuming
   * where it stopped, retries transient failures itself, and rejects with a {@link TransportError} (kind
   * `too-large` or `unsupported-type` for a file the back end will never take).
   */
  upload(request: UploadRequest, options?: UploadOptions): Promise<UploadedFile>;
  /**
   * What the back end still waits for on the dossier `reference` (its `deferred` facts not supplied yet; empty
   * when complete). Rejects with a {@link TransportError}: kind `not-found` for a reference the back end does
   * not hold.
   */
  deferred(reference: string, options?: DeferredOptions): Promise<DeferredStatus>;
  /**
   * Sends facts the dossier `reference` was submitted without, by path (e.g.
   * `{ 'deceased.socialInsuranceNumber': '0123456789' }`); resolves once the back end holds them with the
   * dossier. Idempotent: the same supplement sent twice is stored once and answered with the first receipt.
   * Rejects with a {@link TransportError}: kind `not-found` (unknown reference), `completed` (nothing is
   * awaited any more), `rejected` with `issues` (a fact that was not deferred, or a malformed value).
   */
  supplement(reference: string, facts: Record<string, unknown>, options?: SupplementOptions): Promise<SupplementReceipt>;
}

/**
 * Why a transport call failed:
 * `network` (no answer), `server` (the back end failed or is busy), `rejected` (the dossier or request is
 * invalid), `conflict` (another dossier already has this reference), `too-large`, `unsupported-type` (a file
 * of a kind the back end refuses), `aborted` (the caller cancelled), `not-found` (a supplement or status for a
 * reference the back end does not hold), `completed` (a supplement for a dossier that awaits nothing more).
 */
export type TransportErrorKind =
  | 'network'
  | 'server'
  | 'rejected'
  | 'conflict'
  | 'too-large'
  | 'unsupported-type'
  | 'aborted'
  | 'not-found'
  | 'completed';

/** Details of a {@link TransportError}. */
export interface TransportErrorDetails {
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** Whether sending the same dossier again later may succeed. Defaults by kind (`network`, `server`). */
  retryable?: boolean;
  /** What the back end found wrong with the dossier (`rejected` only). */
  issues?: string[];
  /** How long the back end asked the client to wait before trying again (from `Retry-After`). */
  retryAfterMs?: number;
  /** The underlying error. */
  cause?: unknown;
}

/** The one error a transport rejects with; `kind` tells the wizard what to say and whether to offer a retry. */
export class TransportError extends Error {
  /** Why the call failed. */
  readonly kind: TransportErrorKind;
  /** The HTTP status, when there was an answer. */
  readonly status?: number;
  /** Whether sending the same dossier again later may succeed. */
  readonly retryable: boolean;
  /** What the back end found wrong with the dossier, as it worded it. */
  readonly issues?: string[];
  /** How long the back end asked to wait before the next try, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(kind: TransportErrorKind, message: string, details: TransportErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TransportError';
    this.kind = kind;
    this.retryable = details.retryable ?? (kind === 'network' || kind === 'server');
    if (details.status !== undefined) this.status = details.status;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/** Whether `error` is a {@link TransportError}, optionally of one kind. */
export function isTransportError(error: unknown, kind?: TransportErrorKind): error is TransportError {
  return error instanceof TransportError && (kind === undefined || error.kind === kind);
}
