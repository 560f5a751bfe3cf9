import { expect } from '@open-wc/testing';
import { createHttpTransport, parseRetryAfter } from '../../../src/core/transport/http-transport.js';
import { TransportError } from '../../../src/core/transport/transport.js';
import type { SubmittableDossier, Transport } from '../../../src/core/transport/transport.js';
import { TEST_ENDPOINT, clearFaults, injectFaults, storedDossier, submissionCount } from '../../support/server-control.js';
import { ulid } from '../../support/ulid.js';
import { birthDossier } from '../../support/dossiers.js';

/** A complete dossier with a fresh reference (the receiver validates what it stores). */
function dossier(extra: Record<string, unknown> = {}): SubmittableDossier {
  return birthDossier(extra);
}

/** Fast retries so the tests do not wait for the real back-off. */
function transport(overrides: Parameters<typeof createHttpTransport>[0]['retry'] = {}): Transport {
  return createHttpTransport({ endpoint: `${TEST_ENDPOINT}/`, retry: { baseDelayMs: 5, maxDelayMs: 50, ...overrides } });
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected the submission to fail');
}

describe('createHttpTransport (against the demo receiver)', () => {
  afterEach(() => clearFaults());

  it('stores a dossier once and returns the receipt', async () => {
    const d = dossier();
    const receipt = await transport().submit(d);
    expect(receipt.reference).to.equal(d.reference);
    expect(receipt.duplicate).to.equal(false);
    expect(Date.parse(receipt.receivedAt)).to.not.be.NaN;
    const stored = await storedDossier(d.reference);
    expect(stored?.dossier).to.deep.equal(d);
    expect(stored?.receivedAt).to.equal(receipt.receivedAt);
    expect(await submissionCount(d.reference)).to.equal(1);
  });

  it('answers a resubmission of the same dossier as a duplicate with the original time', async () => {
    const d = dossier();
    const first = await transport().submit(d);
    // Same content, keys in another order: still the same dossier.
    const reordered = Object.fromEntries(Object.entries(d).reverse()) as SubmittableDossier;
    const again = await createHttpTransport({ endpoint: TEST_ENDPOINT }).submit(reordered);
    expect(again).to.deep.equal({ ...first, duplicate: true });
  });

  it('retries 503 until it gets through', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [503, 503] });
    const receipt = await transport().submit(d);
    expect(receipt.duplicate).to.equal(false);
    expect(await submissionCount(d.reference)).to.equal(3);
    expect((await storedDossier(d.reference))?.dossier).to.deep.equal(d);
  });

  it('gives up after the last attempt, still retryable', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [429, 500, 502, 503] });
    const error = await failure(transport({ attempts: 4 }).submit(d));
    expect(error.kind).to.equal('server');
    expect(error.status).to.equal(503);
    expect(error.retryable).to.equal(true);
    expect(await submissionCount(d.reference)).to.equal(4);
  });

  it('retries 408, 425 and 504 too', async () => {
    const d = dossier();
    // Chromium itself silently resends a request answered 408 on a reused connection, so only the outcome
    // is checked here, not the number of requests.
    await injectFaults({ reference: d.reference, responses: [408, 425, 504] });
    expect((await transport({ attempts: 6 }).submit(d)).duplicate).to.equal(false);
  });

  it('retries a dropped connection (network error)', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, drop: 2 });
    const receipt = await transport().submit(d);
    expect(receipt.duplicate).to.equal(false);
    expect(await submissionCount(d.reference)).to.be.at.least(3);
    expect(await storedDossier(d.reference)).to.not.equal(undefined);
  });

  it('reports a lasting network failure as retryable kind network', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, drop: 6 });
    const error = await failure(transport({ attempts: 2 }).submit(d));
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('does not retry a 400 and passes the issues on', async () => {
    const d = dossier({ reference: `not-a-ulid-${ulid()}` });
    const error = await failure(transport().submit(d));
    expect(error.kind).to.equal('rejected');
    expect(error.status).to.equal(400);
    expect(error.retryable).to.equal(false);
    expect(error.issues).to.have.length.above(0);
    expect(await submissionCount(d.reference)).to.equal(1);
  });

  it('treats 422 like 400 and other 4xx as rejected', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [{ status: 422, body: { issues: ['subject.fullName: required'] } }, 403] });
    const first = await failure(transport().submit(d));
    expect([first.kind, first.status, first.issues]).to.deep.equal(['rejected', 422, ['subject.fullName: required']]);
    const second = await failure(transport().submit(d));
    expect([second.kind, second.status]).to.deep.equal(['rejected', 403]);
    expect(await submissionCount(d.reference)).to.equal(2);
  });

  it('reports the same reference with different content as a conflict, without retrying', async () => {
    const d = dossier();
    await transport().submit(d);
    const error = await failure(transport().submit({ ...d, procedures: ['birthRegistration'] }));
    expect(error.kind).to.equal('conflict');
    expect(error.status).to.equal(409);
    expect(await submissionCount(d.reference)).to.equal(2);
    expect((await storedDossier(d.reference))?.dossier).to.deep.equal(d);
  });

  it('reports a body over the limit as too-large, without retrying', async () => {
    const d = dossier({ padding: 'x'.repeat(5 * 1024 * 1024 + 1) });
    const error = await failure(transport().submit(d));
    expect(error.kind).to.equal('too-large');
    expect(error.status).to.equal(413);
    expect(await submissionCount(d.reference)).to.equal(1);
    expect(await storedDossier(d.reference)).to.equal(undefined);
  });

  it('sends a double submission once', async () => {
    const t = transport();
    const d = dossier();
    const first = t.submit(d);
    const second = t.submit(d);
    expect(second).to.equal(first);
    await first;
    expect(await submissionCount(d.reference)).to.equal(1);
    // Once settled, a new call sends again, and the server's idempotency makes that safe.
    expect((await t.submit(d)).duplicate).to.equal(true);
    expect(await submissionCount(d.reference)).to.equal(2);
  });

  it('can be submitted again after a failure', async () => {
    const t = transport({ attempts: 1 });
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [503] });
    expect((await failure(t.submit(d))).kind).to.equal('server');
    expect((await t.submit(d)).duplicate).to.equal(false);
  });

  it('stops at once when aborted during a request', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [{ delayMs: 3000, status: 503 }] });
    const controller = new AbortController();
    const started = performance.now();
    const pending = transport().submit(d, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('stops at once when aborted while waiting to retry', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [{ status: 503, headers: { 'Retry-After': '3' } }] });
    const controller = new AbortController();
    const started = performance.now();
    const pending = transport({ maxDelayMs: 10_000 }).submit(d, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    expect((await failure(pending)).kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(2000);
    expect(await submissionCount(d.reference)).to.equal(1);
  });

  it('does not retry early when the server asks for a longer wait than allowed', async () => {
    const d = dossier();
    await injectFaults({ reference: d.reference, responses: [{ status: 429, headers: { 'Retry-After': '120' } }] });
    const error = await failure(transport().submit(d));
    expect([error.kind, error.status, error.retryable, error.retryAfterMs]).to.deep.equal(['server', 429, true, 120_000]);
    expect(await submissionCount(d.reference)).to.equal(1);
  });

  it('rejects bad input instead of throwing', async () => {
    const t = transport();
    const bad = [undefined, null, {}, { reference: 42 }, { reference: '' }, { reference: 'mã hồ sơ' }];
    for (const input of bad) {
      const error = await failure(t.submit(input as unknown as SubmittableDossier));
      expect(error.kind).to.equal('rejected');
    }
    const circular: Record<string, unknown> = { reference: ulid() };
    circular['self'] = circular;
    expect((await failure(t.submit(circular as SubmittableDossier))).kind).to.equal('rejected');
    const noEndpoint = createHttpTransport(undefined as unknown as { endpoint: string });
    expect((await failure(noEndpoint.submit(dossier()))).kind).to.equal('rejected');
  });

  it('uses the fetch it is given, with the contract headers', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const fakeFetch: typeof fetch = async (url, init) => {
      seen.push({ url: String(url), init });
      return new Response(JSON.stringify({ reference: 'x', receivedAt: '2025-07-01T00:00:00.000Z' }), { status: 201 });
    };
    const d = dossier();
    const receipt = await createHttpTransport({ endpoint: 'https://portal.example/api/lt//', fetch: fakeFetch }).submit(d);
    expect(receipt).to.deep.equal({ reference: d.reference, receivedAt: '2025-07-01T00:00:00.000Z', duplicate: false });
    expect(seen).to.have.length(1);
    expect(seen[0]?.url).to.equal('https://portal.example/api/lt/dossiers');
    const headers = new Headers(seen[0]?.init?.headers);
    expect(headers.get('Content-Type')).to.equal('application/json');
    expect(headers.get('Idempotency-Key')).to.equal(d.reference);
    expect(JSON.parse(String(seen[0]?.init?.body))).to.deep.equal(d);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2025-07-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter('Tue, 01 Jul 2025 00:00:10 GMT', now)).to.equal(10_000);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
