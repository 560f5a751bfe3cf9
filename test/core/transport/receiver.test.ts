// The demo receiver's side of the HTTP contract (docs/http-contract.md), spoken to with plain fetch.
import { expect } from '@open-wc/testing';
import { TEST_ENDPOINT, storedDossier, storedDossiers } from '../../support/server-control.js';
import { ulid } from '../../support/ulid.js';
import { birthDossier } from '../../support/dossiers.js';

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const reference = (body as { reference?: unknown } | null)?.reference;
  return fetch(`${TEST_ENDPOINT}/dossiers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(reference), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('demo receiver', () => {
  it('stores concurrent identical submissions once', async () => {
    const d = birthDossier();
    const answers = await Promise.all([post(d), post(d), post(d)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).to.deep.equal([200, 200, 201]);
    const receipts = (await Promise.all(answers.map((a) => a.json()))) as { receivedAt: string }[];
    expect(new Set(receipts.map((r) => r.receivedAt)).size).to.equal(1);
    expect(answers.find((a) => a.status === 201)?.headers.get('Location')).to.equal(`${TEST_ENDPOINT}/dossiers/${d.reference}`);
  });

  it('requires the Idempotency-Key to equal the reference', async () => {
    const d = birthDossier();
    const answer = await post(d, { 'Idempotency-Key': ulid() });
    expect(answer.status).to.equal(400);
    expect(((await answer.json()) as { issues: string[] }).issues).to.have.length(1);
    expect(await storedDossier(d.reference)).to.equal(undefined);
  });

  it('answers 400 to a body that is not a JSON object, and 415 to another media type', async () => {
    expect((await post('{ not json')).status).to.equal(400);
    expect((await post([1, 2])).status).to.equal(400);
    const reference = ulid();
    const asText = await post(JSON.stringify({ reference }), { 'Content-Type': 'text/plain', 'Idempotency-Key': reference });
    expect(asText.status).to.equal(415);
  });

  it('rejects a dossier that does not conform to its bundle, saying why', async () => {
    const d = birthDossier({ subject: { givenName: 'Khôi', personalId: '123' } });
    const answer = await post(d);
    expect(answer.status).to.equal(400);
    const { issues } = (await answer.json()) as { issues: string[] };
    expect(issues.join('\n')).to.contain('subject');
    expect(await storedDossier(d.reference)).to.equal(undefined);
    const unknown = await post({ ...birthDossier(), bundle: 'wedding' });
    expect(unknown.status).to.equal(400);
  });

  it('lists dossiers newest first with bundle and procedures', async () => {
    const older = birthDossier({ procedures: ['birthRegistration', 'healthInsurance'] });
    const newer = birthDossier({ procedures: ['birthRegistration'] });
    expect((await post(older)).status).to.equal(201);
    await new Promise((done) => setTimeout(done, 5));
    expect((await post(newer)).status).to.equal(201);
    const list = await storedDossiers();
    const mine = list.filter((s) => s.reference === older.reference || s.reference === newer.reference);
    expect(mine.map((s) => s.reference)).to.deep.equal([newer.reference, older.reference]);
    expect(mine[1]).to.include({ bundle: 'birth' });
    expect(mine[1]?.procedures).to.deep.equal(older.procedures);
  });
});
