// Uploads through the HTTP transport (tus) to the real demo receiver, with real files made here and faults
// injected in front of the server: cuts mid-upload, stalls, transient and permanent statuses.
import { expect } from '@open-wc/testing';
import { createHttpTransport } from '../../../src/core/transport/http-transport.js';
import { TransportError } from '../../../src/core/transport/transport.js';
import type { UploadProgress, UploadRequest, UploadedFile } from '../../../src/core/transport/transport.js';
import {
  TEST_ENDPOINT,
  UPLOADS_PATH,
  clearFaults,
  cutUploadAfter,
  injectFaults,
  stallUploadAfter,
  storedDossier,
  storedUpload,
  storedUploadBytes,
  uploadBytesReceived,
  uploadRequests,
} from '../../support/server-control.js';
import { birthDossier } from '../../support/dossiers.js';

/** `size` random bytes (random so no two tests share a file, and nothing compresses on the way). */
function randomBlob(size: number, type = 'application/pdf'): Blob {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  return new Blob([bytes], { type });
}

/** A real JPEG: noise drawn on a canvas and encoded by the browser. */
async function canvasJpeg(width = 1200, height = 900): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(width, height);
  for (let at = 0; at < pixels.data.length; at += 65536) {
    crypto.getRandomValues(pixels.data.subarray(at, Math.min(pixels.data.length, at + 65536)));
  }
  context.putImageData(pixels, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function request(file: Blob, extra: Partial<UploadRequest> = {}): Promise<UploadRequest> {
  const type = extra.type ?? (file.type || 'application/pdf');
  return { file, name: type === 'image/jpeg' ? 'giấy chứng sinh.jpg' : 'xác nhận.pdf', type, sha256: await sha256(file), slot: 'birthCertificate', ...extra };
}

/** Fast retries and stall detection so the tests do not wait for the real back-off. */
function transport(uploadRetry: { attempts?: number } = {}, timeoutMs = 10_000) {
  return createHttpTransport({ endpoint: TEST_ENDPOINT, uploadRetry: { baseDelayMs: 20, maxDelayMs: 100, ...uploadRetry }, timeoutMs });
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected the upload to fail');
}

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Progress reports never go backwards and end at the total. */
function expectProgress(reports: UploadProgress[], total: number): void {
  expect(reports.length).to.be.above(0);
  for (const [i, report] of reports.entries()) {
    expect(report.total).to.equal(total);
    if (i > 0) expect(report.sent).to.be.at.least(reports[i - 1]!.sent);
  }
  expect(reports.at(-1)!.sent).to.equal(total);
}

/** The stored bytes are the sent bytes. */
async function expectStored(uploaded: UploadedFile, file: Blob): Promise<void> {
  const stored = await storedUpload(uploaded.id);
  expect(stored?.finished).to.equal(true);
  expect(await sha256(await storedUploadBytes(uploaded.id))).to.equal(await sha256(file));
}

describe('upload through tus (against the demo receiver)', () => {
  afterEach(async () => {
    await clearFaults();
    for (const key of Object.keys(localStorage)) if (key.startsWith('tus::')) localStorage.removeItem(key);
  });

  it('uploads a real JPEG with progress, and the server holds the same bytes', async () => {
    const jpeg = await canvasJpeg();
    const reports: UploadProgress[] = [];
    const req = await request(jpeg, { type: 'image/jpeg' });
    const uploaded = await transport().upload(req, { onProgress: (p) => reports.push(p) });
    expect(uploaded).to.deep.equal({ id: uploaded.id, name: req.name, type: 'image/jpeg', size: jpeg.size, sha256: req.sha256 });
    expect(uploaded.id).to.match(/^[0-9a-f]{32}$/);
    expectProgress(reports, jpeg.size);
    await expectStored(uploaded, jpeg);
    const stored = await storedUpload(uploaded.id);
    expect([stored?.name, stored?.type, stored?.slot]).to.deep.equal([req.name, 'image/jpeg', 'birthCertificate']);
    // The fingerprint kept for resuming is dropped once done.
    expect(Object.keys(localStorage).filter((key) => key.includes(req.sha256))).to.deep.equal([]);
  });

  it('resumes after the connection is cut halfway, sending little more than the file', async () => {
    const file = randomBlob(3 * 1024 * 1024);
    await cutUploadAfter(file.size / 2);
    const reports: UploadProgress[] = [];
    const uploaded = await transport().upload(await request(file), { onProgress: (p) => reports.push(p) });
    expectProgress(reports, file.size);
    await expectStored(uploaded, file);
    const patches = await uploadRequests('PATCH');
    expect(patches[0]?.fault).to.equal('cut');
    // The last PATCH carried on from what the server held, not from 0.
    expect(patches.at(-1)!.uploadOffset).to.be.above(file.size / 4);
    expect(await uploadBytesReceived()).to.be.at.most(1.2 * file.size);
  });

  it('resumes an upload interrupted earlier (as after a reload) from the URL it remembered', async () => {
    const file = randomBlob(2 * 1024 * 1024);
    const req = await request(file);
    await cutUploadAfter(1024 * 1024);
    // No retries: the first transport gives up at the cut, as a page closed at that moment would.
    // Chromium itself resends a request cut on a reused connection, which then meets 409 (offset conflict): the
    // kind is network or server, retryable either way.
    expect((await failure(transport({ attempts: 1 }).upload(req))).retryable).to.equal(true);
    const held = (await storedUpload(req.sha256))?.offset ?? 0;
    expect(held).to.be.above(0);
    const uploaded = await transport().upload(req);
    await expectStored(uploaded, file);
    expect((await uploadRequests('POST')).length).to.equal(1);
    expect((await uploadRequests('PATCH')).at(-1)!.uploadOffset).to.equal(held);
    expect(await uploadBytesReceived()).to.be.at.most(1.2 * file.size);
  });

  it('drops a stalled connection and resumes', async () => {
    const file = randomBlob(1024 * 1024);
    await stallUploadAfter(256 * 1024);
    const uploaded = await transport({}, 400).upload(await request(file));
    await expectStored(uploaded, file);
    expect((await uploadRequests('PATCH')).map((entry) => entry.fault)).to.include('stall');
  });

  it('retries 503 twice, then succeeds', async () => {
    const file = randomBlob(200 * 1024);
    await injectFaults({ path: UPLOADS_PATH, method: 'PATCH', responses: [503, 503] });
    const uploaded = await transport().upload(await request(file));
    await expectStored(uploaded, file);
    expect((await uploadRequests('PATCH')).map((entry) => entry.status)).to.deep.equal([503, 503, 204]);
  });

  it('gives up on a lasting 503 as kind server, retryable', async () => {
    await injectFaults({ path: UPLOADS_PATH, method: 'POST', responses: [503, 503, 503] });
    const error = await failure(transport({ attempts: 3 }).upload(await request(randomBlob(1000))));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['server', 503, true]);
  });

  it('reports a server that cannot be reached as kind network', async () => {
    await injectFaults({ path: UPLOADS_PATH, method: 'POST', drop: 6 });
    const error = await failure(transport({ attempts: 2 }).upload(await request(randomBlob(1000))));
    expect([error.kind, error.retryable]).to.deep.equal(['network', true]);
  });

  it('refuses a file over 20 MB with 413 as too-large, without retrying', async () => {
    const error = await failure(transport().upload(await request(new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]))));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['too-large', 413, false]);
    expect((await uploadRequests()).map((entry) => entry.method)).to.deep.equal(['POST']);
  });

  it('treats a 413 in the middle of an upload as too-large too', async () => {
    await injectFaults({ path: UPLOADS_PATH, method: 'PATCH', responses: [413] });
    const error = await failure(transport().upload(await request(randomBlob(100 * 1024))));
    expect([error.kind, error.status]).to.deep.equal(['too-large', 413]);
    expect((await uploadRequests('PATCH')).length).to.equal(1);
  });

  it('refuses a type the server does not take with 415 as unsupported-type, without retrying', async () => {
    const error = await failure(transport().upload(await request(randomBlob(1000), { type: 'text/html' })));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['unsupported-type', 415, false]);
    expect((await uploadRequests()).length).to.equal(1);
    await injectFaults({ path: UPLOADS_PATH, method: 'POST', responses: [415] });
    expect((await failure(transport().upload(await request(randomBlob(1000))))).kind).to.equal('unsupported-type');
  });

  it('passes other refusals on as rejected with the server’s issues', async () => {
    await injectFaults({ path: UPLOADS_PATH, method: 'POST', responses: [{ status: 403, body: { issues: ['Đăng nhập lại.'] } }] });
    const error = await failure(transport().upload(await request(randomBlob(1000))));
    expect([error.kind, error.status, error.issues, error.retryable]).to.deep.equal(['rejected', 403, ['Đăng nhập lại.'], false]);
    expect((await uploadRequests()).length).to.equal(1);
  });

  it('rejects an incomplete request without sending anything', async () => {
    const error = await failure(transport().upload({ ...(await request(randomBlob(10))), sha256: 'abc' }));
    expect(error.kind).to.equal('rejected');
    expect(await uploadRequests()).to.deep.equal([]);
    expect((await failure(createHttpTransport({ endpoint: undefined as unknown as string }).upload(await request(randomBlob(10))))).kind).to.equal('rejected');
  });

  it('aborts mid-upload: rejects with aborted and the server deletes what it held', async () => {
    const file = randomBlob(2 * 1024 * 1024);
    const req = await request(file);
    await stallUploadAfter(512 * 1024);
    const controller = new AbortController();
    const pending = transport().upload(req, { signal: controller.signal });
    await until(async () => ((await storedUpload(req.sha256))?.offset ?? 0) > 0);
    controller.abort();
    expect((await failure(pending)).kind).to.equal('aborted');
    await until(async () => (await storedUpload(req.sha256)) === undefined);
    expect((await uploadRequests('DELETE')).map((entry) => entry.status)).to.deep.equal([204]);
  });

  it('rejects at once when aborted before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const req = await request(randomBlob(1000));
    expect((await failure(transport().upload(req, { signal: controller.signal }))).kind).to.equal('aborted');
    expect(await uploadRequests()).to.deep.equal([]);
  });
});

describe('dossiers refer to uploaded files (demo receiver)', () => {
  async function uploaded(): Promise<UploadedFile> {
    const file = await canvasJpeg(400, 300);
    return transport().upload(await request(file, { type: 'image/jpeg' }));
  }

  it('stores a dossier whose files are finished uploads', async () => {
    const file = await uploaded();
    const dossier = birthDossier({ documents: [{ slot: 'birthCertificate', files: [file] }] });
    await createHttpTransport({ endpoint: TEST_ENDPOINT }).submit(dossier);
    expect((await storedDossier(dossier.reference))?.dossier['documents']).to.deep.equal([{ slot: 'birthCertificate', files: [file] }]);
  });

  it('rejects a dossier naming a file the server does not hold, or with another SHA-256 or size', async () => {
    const file = await uploaded();
    const cases = [
      { ...file, id: '0123456789abcdef0123456789abcdef', name: 'không có.jpg' },
      { ...file, sha256: 'f'.repeat(64) },
      { ...file, size: file.size + 1 },
    ];
    for (const bad of cases) {
      const dossier = birthDossier({ documents: [{ slot: 'birthCertificate', files: [file, bad] }] });
      const error = await failure(createHttpTransport({ endpoint: TEST_ENDPOINT }).submit(dossier));
      expect([error.kind, error.status]).to.deep.equal(['rejected', 400]);
      expect(error.issues).to.have.length(1);
      expect(error.issues![0]).to.contain('documents.0.files.1').and.contain(`"${bad.name}"`);
      expect(await storedDossier(dossier.reference)).to.equal(undefined);
    }
  });
});
