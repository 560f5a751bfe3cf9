// Facts supplied after the dossier (its `deferred` entries): the HTTP transport against the demo receiver
// (docs/http-contract.md, "Supply deferred facts later").
import { expect } from '@open-wc/testing';
import { createHttpTransport } from '../../../src/core/transport/http-transport.js';
import { TransportError } from '../../../src/core/transport/transport.js';
import type { Transport } from '../../../src/core/transport/transport.js';
import { TEST_ENDPOINT, clearFaults, injectFaults, requestLog, storedDossier } from '../../support/server-control.js';
import { birthDossier } from '../../support/dossiers.js';
import { ulid } from '../../support/ulid.js';

const FACILITY = 'insurance.initialCareFacility';
const CARE_DEFERRED = [{ fact: FACILITY, procedures: ['healthInsurance'], reason: 'Chưa chọn được nơi khám' }];

/** Fast retries so the tests do not wait for the real back-off. */
function transport(): Transport {
  return createHttpTransport({ endpoint: `${TEST_ENDPOINT}/`, retry: { baseDelayMs: 5, maxDelayMs: 50 } });
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected the call to fail');
}

/** Submits a birth dossier with these `deferred` entries and returns its reference. */
async function submitted(deferred: unknown[] = CARE_DEFERRED): Promise<string> {
  const dossier = birthDossier({ deferred });
  await transport().submit(dossier);
  return dossier.reference;
}

/** This page's supplement POSTs for `reference` that reached the server. */
async function supplementRequests(reference: string) {
  const path = `${TEST_ENDPOINT}/dossiers/${reference}/supplements`;
  return (await requestLog({ method: 'POST' })).filter((entry) => entry.path === path);
}

describe('supplying deferred facts later (HTTP transport against the demo receiver)', () => {
  afterEach(() => clearFaults());

  it('reads what is awaited, stores the supplement with the dossier, and then awaits nothing', async () => {
    const t = transport();
    const reference = await submitted();

    const before = await t.deferred(reference);
    expect(before).to.deep.equal({
      reference,
      bundle: 'birth',
      awaiting: [{ fact: FACILITY, procedures: ['healthInsurance'], reason: 'Chưa chọn được nơi khám' }],
    });

    const facts = { [FACILITY]: 'Trạm y tế phường Bến Nghé' };
    const receipt = await t.supplement(reference, facts);
    expect(receipt.reference).to.equal(reference);
    expect(receipt.complete).to.equal(true);
    expect(Date.parse(receipt.receivedAt)).to.not.be.NaN;

    const stored = await storedDossier(reference);
    expect(stored?.dossier['deferred']).to.deep.equal(CARE_DEFERRED);
    expect(stored?.supplements).to.have.length(1);
    expect(stored?.supplements?.[0]).to.include({ receivedAt: receipt.receivedAt });
    expect(stored?.supplements?.[0]?.facts).to.deep.equal(facts);
    expect(stored?.supplements?.[0]?.idempotencyKey).to.match(/^[0-9a-f]{64}$/);

    expect((await t.deferred(reference)).awaiting).to.deep.equal([]);
  });

  it('stores the same supplement once, answering a repeat with the first receipt', async () => {
    const reference = await submitted();
    const first = await transport().supplement(reference, { [FACILITY]: 'Bệnh viện Nhi Đồng 1' });
    // Another transport (a reload): the key is derived from the reference and the facts, so it is the same.
    const again = await createHttpTransport({ endpoint: TEST_ENDPOINT }).supplement(reference, { [FACILITY]: 'Bệnh viện Nhi Đồng 1' });
    expect(again).to.deep.equal(first);
    const requests = await supplementRequests(reference);
    expect(requests.map((entry) => entry.status)).to.deep.equal([201, 200]);
    expect(requests[0]?.idempotencyKey).to.equal(requests[1]?.idempotencyKey);
    expect((await storedDossier(reference))?.supplements).to.have.length(1);
  });

  it('shares one request between two identical calls in flight', async () => {
    const t = transport();
    const reference = await submitted();
    const facts = { [FACILITY]: 'Trạm y tế xã' };
    const [a, b] = await Promise.all([t.supplement(reference, facts), t.supplement(reference, facts)]);
    expect(a).to.deep.equal(b);
    expect(await supplementRequests(reference)).to.have.length(1);
  });

  it('answers completed to a different supplement once nothing is awaited', async () => {
    const t = transport();
    const reference = await submitted();
    await t.supplement(reference, { [FACILITY]: 'Trạm y tế phường 1' });
    const error = await failure(t.supplement(reference, { [FACILITY]: 'Trạm y tế phường 2' }));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['completed', 409, false]);
    expect(await supplementRequests(reference)).to.have.length(2);
    expect((await storedDossier(reference))?.supplements?.map((s) => s.facts)).to.deep.equal([{ [FACILITY]: 'Trạm y tế phường 1' }]);
  });

  it('answers completed for a dossier that deferred nothing', async () => {
    const reference = await submitted([]);
    expect(await transport().deferred(reference)).to.deep.equal({ reference, bundle: 'birth', awaiting: [] });
    expect((await failure(transport().supplement(reference, { [FACILITY]: 'x' }))).kind).to.equal('completed');
  });

  it('reports an unknown reference as not-found', async () => {
    const reference = ulid();
    const status = await failure(transport().deferred(reference));
    expect([status.kind, status.status, status.retryable]).to.deep.equal(['not-found', 404, false]);
    const supplement = await failure(transport().supplement(reference, { [FACILITY]: 'Trạm y tế' }));
    expect([supplement.kind, supplement.status]).to.deep.equal(['not-found', 404]);
    expect(await supplementRequests(reference)).to.have.length(1);
  });

  it('rejects a fact that was not deferred, naming it, and stores nothing', async () => {
    const reference = await submitted();
    const error = await failure(
      transport().supplement(reference, { [FACILITY]: 'Trạm y tế', 'subject.givenName': 'Khôi' }),
    );
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['rejected', 400, false]);
    expect(error.issues).to.have.length(1);
    expect(error.issues?.[0]).to.contain('subject.givenName');
    expect(await supplementRequests(reference)).to.have.length(1);
    expect((await storedDossier(reference))?.supplements).to.deep.equal([]);
    expect((await transport().deferred(reference)).awaiting).to.have.length(1);
  });

  it('rejects malformed values', async () => {
    const reference = await submitted();
    for (const value of [42, '', 'x'.repeat(201), { name: 'Trạm y tế' }]) {
      const error = await failure(transport().supplement(reference, { [FACILITY]: value }));
      expect([error.kind, error.status]).to.deep.equal(['rejected', 400]);
      expect(error.issues?.[0]).to.contain(FACILITY);
    }
    expect((await failure(transport().supplement(reference, {}))).kind).to.equal('rejected');
    expect((await storedDossier(reference))?.supplements).to.deep.equal([]);
  });

  it('checks a social-insurance number is 10 digits, and takes facts one at a time', async () => {
    const number = 'subject.socialInsuranceNumber';
    const reference = await submitted([...CARE_DEFERRED, { fact: number, procedures: ['healthInsurance'] }]);
    const wrong = await failure(transport().supplement(reference, { [number]: '01234 5678' }));
    expect(wrong.kind).to.equal('rejected');
    expect(wrong.issues?.[0]).to.contain(number);
    const partial = await transport().supplement(reference, { [number]: '0123456789' });
    expect(partial.complete).to.equal(false);
    expect((await transport().deferred(reference)).awaiting.map((item) => item.fact)).to.deep.equal([FACILITY]);
    expect((await transport().supplement(reference, { [FACILITY]: 'Trạm y tế' })).complete).to.equal(true);
    expect((await storedDossier(reference))?.supplements).to.have.length(2);
  });

  it('retries a transient 503 before the supplement gets through', async () => {
    const reference = await submitted();
    const path = `${TEST_ENDPOINT}/dossiers/${reference}/supplements`;
    await injectFaults({ path, method: 'POST', responses: [503, { status: 503, headers: { 'Retry-After': '0' } }] });
    const receipt = await transport().supplement(reference, { [FACILITY]: 'Trạm y tế' });
    expect(receipt.complete).to.equal(true);
    const requests = await supplementRequests(reference);
    expect(requests.map((entry) => entry.status)).to.deep.equal([503, 503, 201]);
    expect(new Set(requests.map((entry) => entry.idempotencyKey)).size).to.equal(1);
    expect((await storedDossier(reference))?.supplements).to.have.length(1);
  });

  it('retries a transient failure of the status request too', async () => {
    const reference = await submitted();
    await injectFaults({ path: `${TEST_ENDPOINT}/dossiers/${reference}/deferred`, method: 'GET', responses: [502], drop: 1 });
    expect((await transport().deferred(reference)).awaiting).to.have.length(1);
  });

  it('sends the caller’s idempotency key when given one', async () => {
    const reference = await submitted();
    const key = `supplement-${ulid()}`;
    await transport().supplement(reference, { [FACILITY]: 'Trạm y tế' }, { idempotencyKey: key });
    expect((await supplementRequests(reference))[0]?.idempotencyKey).to.equal(key);
    expect((await storedDossier(reference))?.supplements?.[0]?.idempotencyKey).to.equal(key);
    expect((await failure(transport().supplement(reference, { [FACILITY]: 'x' }, { idempotencyKey: 'mã khoá' }))).kind).to.equal(
      'rejected',
    );
  });
});
