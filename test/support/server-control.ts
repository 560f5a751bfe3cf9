/**
 * Browser-side helpers for tests that talk to the test runner's server: inject faults in front of the demo
 * receiver, read what reached it, and read what it stored. See `fault-middleware.ts` for the semantics.
 *
 * Faults and the request log are scoped to the calling test page, so test files running in parallel do not
 * see each other's. Call {@link clearFaults} in `afterEach` so an unused fault cannot leak into the next test.
 */
import type { FaultRule, RequestLogEntry } from './fault-middleware.js';

export type { FaultRule, FaultStep, RequestLogEntry } from './fault-middleware.js';

/** Where the test runner mounts the demo receiver (see `web-test-runner.config.mjs`). */
export const TEST_ENDPOINT = '/api/lienthong';

/** A fault rule path matching every tus request (creation POST, HEAD, PATCH, DELETE). */
export const UPLOADS_PATH = `${TEST_ENDPOINT}/uploads/*`;

async function ok(response: Promise<Response>): Promise<Response> {
  const answer = await response;
  if (!answer.ok) throw new Error(`${answer.url}: ${answer.status} ${await answer.text()}`);
  return answer;
}

/**
 * Queues faults for the next matching requests, e.g.
 * `injectFaults({ reference, responses: [503, 503] })` or `injectFaults({ drop: 1 })`; for uploads,
 * `injectFaults({ path: UPLOADS_PATH, method: 'PATCH', responses: [{ cutAfterBytes: 1_000_000 }] })` (see
 * {@link cutUploadAfter}).
 * Defaults: path `/api/lienthong/dossiers`, method POST, this page only.
 */
export async function injectFaults(...rules: FaultRule[]): Promise<void> {
  await ok(fetch('/__faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rules) }));
}

/** Removes this page's pending faults and its request log. */
export async function clearFaults(): Promise<void> {
  await ok(fetch('/__faults', { method: 'DELETE' }));
}

/** Requests from this page that reached the server under `/api/`, oldest first; optionally for one dossier. */
export async function requestLog(filter: { reference?: string; method?: string } = {}): Promise<RequestLogEntry[]> {
  const entries = (await (await ok(fetch('/__faults/log', { cache: 'no-store' }))).json()) as RequestLogEntry[];
  return entries.filter(
    (entry) =>
      (filter.reference === undefined || entry.idempotencyKey === filter.reference || entry.path.endsWith(`/${filter.reference}`)) &&
      (filter.method === undefined || entry.method === filter.method.toUpperCase()),
  );
}

/**
 * Cuts the connection of this page's next upload PATCH once `bytes` of its body reached the server: the
 * server keeps what it received and the client must resume from there.
 */
export function cutUploadAfter(bytes: number): Promise<void> {
  return injectFaults({ path: UPLOADS_PATH, method: 'PATCH', responses: [{ cutAfterBytes: bytes }] });
}

/** Stalls this page's next upload PATCH after `bytes`: the connection stays open and nothing more is read. */
export function stallUploadAfter(bytes: number): Promise<void> {
  return injectFaults({ path: UPLOADS_PATH, method: 'PATCH', responses: [{ stallAfterBytes: bytes }] });
}

/** This page's tus requests that reached the server, oldest first. */
export async function uploadRequests(method?: string): Promise<RequestLogEntry[]> {
  return (await requestLog(method === undefined ? {} : { method })).filter((entry) => entry.path.startsWith(`${TEST_ENDPOINT}/uploads/`));
}

/** Upload body bytes from this page that reached the server (all tus requests, cut and retried ones included). */
export async function uploadBytesReceived(): Promise<number> {
  return (await uploadRequests()).reduce((sum, entry) => sum + entry.bodyBytes, 0);
}

/** What the receiver knows about an upload (its `GET /uploads` listing). */
export interface StoredUpload {
  id: string;
  name: string;
  type: string;
  slot: string;
  sha256: string;
  size: number | null;
  offset: number;
  createdAt: string;
  /** All bytes received and their SHA-256 checked. */
  finished: boolean;
}

/** Every upload the receiver holds (all pages'), newest first. */
export async function storedUploads(): Promise<StoredUpload[]> {
  return (await (await ok(fetch(`${TEST_ENDPOINT}/uploads`, { cache: 'no-store' }))).json()) as StoredUpload[];
}

/** The upload with this id, or, given a SHA-256, the newest one declaring it; undefined when there is none. */
export async function storedUpload(idOrSha256: string): Promise<StoredUpload | undefined> {
  return (await storedUploads()).find((upload) => upload.id === idOrSha256 || upload.sha256 === idOrSha256);
}

/** The bytes the receiver stored for a finished upload (tus GET). */
export async function storedUploadBytes(id: string): Promise<Blob> {
  if (!(await storedUpload(id))?.finished) throw new Error(`Upload ${id} is not finished on the server`);
  return (await ok(fetch(`${TEST_ENDPOINT}/uploads/${encodeURIComponent(id)}`, { cache: 'no-store' }))).blob();
}

/** How many POSTs of this dossier reached the server (faulted ones included). */
export async function submissionCount(reference: string): Promise<number> {
  return (await requestLog({ reference, method: 'POST' })).length;
}

/** A line of the receiver's listing. */
export interface StoredSummary {
  reference: string;
  receivedAt: string;
  bundle: string | null;
  procedures: string[];
}

/** Facts the receiver stored with a dossier after it, for its `deferred` entries. */
export interface StoredSupplement {
  receivedAt: string;
  idempotencyKey: string;
  facts: Record<string, unknown>;
}

/** What the receiver stored for a dossier. */
export interface StoredRecord {
  receivedAt: string;
  dossier: Record<string, unknown>;
  /** Facts supplied later, oldest first. */
  supplements?: StoredSupplement[];
}

/** Everything the receiver holds (all pages' dossiers), newest first. */
export async function storedDossiers(): Promise<StoredSummary[]> {
  return (await (await ok(fetch(`${TEST_ENDPOINT}/dossiers`, { cache: 'no-store' }))).json()) as StoredSummary[];
}

/** The stored record of `reference`, or undefined when the receiver has none. */
export async function storedDossier(reference: string): Promise<StoredRecord | undefined> {
  // Checked through the listing first: a 404 on a page's request is reported by the test runner as a warning.
  if (!(await storedDossiers()).some((summary) => summary.reference === reference)) return undefined;
  const response = await ok(fetch(`${TEST_ENDPOINT}/dossiers/${encodeURIComponent(reference)}`, { cache: 'no-store' }));
  return (await response.json()) as StoredRecord;
}
