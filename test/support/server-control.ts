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

async function ok(response: Promise<Response>): Promise<Response> {
  const answer = await response;
  if (!answer.ok) throw new Error(`${answer.url}: ${answer.status} ${await answer.text()}`);
  return answer;
}

/**
 * Queues faults for the next matching requests, e.g.
 * `injectFaults({ reference, responses: [503, 503] })` or `injectFaults({ drop: 1 })`.
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

/** What the receiver stored for a dossier. */
export interface StoredRecord {
  receivedAt: string;
  dossier: Record<string, unknown>;
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
