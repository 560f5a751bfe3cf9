/**
 * The headless upload queue with an in-memory transport the test drives by hand: real files (drawn on a
 * canvas, small PDFs, renamed and corrupt ones) go through the real checks; only the network is faked.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { UploadQueue, UPLOAD_CONCURRENCY } from '../../../src/core/files/upload-queue.js';
import type { UploadItem, UploadState } from '../../../src/core/files/upload-queue.js';
import { ALL_KINDS } from '../../../src/core/files/file-kinds.js';
import { sha256Hex } from '../../../src/core/files/checksum.js';
import { TransportError } from '../../../src/core/transport/transport.js';
import type { Transport, TransportErrorKind, UploadedFile, UploadOptions, UploadRequest } from '../../../src/core/transport/transport.js';

/** A photo-like JPEG (or PNG) drawn on a canvas; `seed` makes each one's bytes different. */
async function drawn(name: string, seed = 0, type = 'image/jpeg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const context = canvas.getContext('2d')!;
  context.fillStyle = `hsl(${(seed * 47) % 360} 40% 90%)`;
  context.fillRect(0, 0, 320, 240);
  context.fillStyle = '#111';
  context.font = '20px sans-serif';
  context.fillText(`Trang ${seed} — ${name}`, 16, 120);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.92));
  return new File([blob], name, { type });
}

/** A small but real PDF (text is enough: the bytes start with `%PDF-`). */
const pdf = (name: string, body = name) =>
  new File([`%PDF-1.4\n1 0 obj << /Title (${body}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`], name, { type: 'application/pdf' });
/** A Windows program renamed to look like a photo. */
const renamedExe = () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])], 'anh-giay-to.jpg', { type: 'image/jpeg' });
const emptyFile = () => new File([], 'trong.jpg', { type: 'image/jpeg' });

/** One upload held by the fake transport until the test says how it ends. */
interface Held {
  request: UploadRequest;
  signal: AbortSignal;
  progress(share: number): void;
  finish(): void;
  fail(kind: TransportErrorKind): void;
}

/** An in-memory transport: holds every upload (or finishes it after `autoMs`) and records what it saw. */
class FakeTransport implements Transport {
  active = 0;
  peak = 0;
  readonly held: Held[] = [];
  readonly requests: UploadRequest[] = [];
  readonly aborted: string[] = [];

  constructor(private readonly autoMs?: number) {}

  submit(): never {
    throw new Error('not used');
  }

  deferred(): Promise<never> {
    return Promise.reject(new TransportError('rejected', 'not used'));
  }

  supplement(): Promise<never> {
    return Promise.reject(new TransportError('rejected', 'not used'));
  }

  upload(request: UploadRequest, options: UploadOptions = {}): Promise<UploadedFile> {
    this.requests.push(request);
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (then: () => void) => {
        if (settled) return;
        settled = true;
        this.active -= 1;
        this.held.splice(this.held.indexOf(held), 1);
        then();
      };
      const held: Held = {
        request,
        signal: options.signal!,
        progress: (share) => options.onProgress?.({ sent: Math.round(share * request.file.size), total: request.file.size }),
        finish: () =>
          settle(() => resolve({ id: `id-${request.sha256.slice(0, 12)}`, name: request.name, type: request.type, size: request.file.size, sha256: request.sha256 })),
        fail: (kind) => settle(() => reject(new TransportError(kind, `fake ${kind}`))),
      };
      this.held.push(held);
      options.signal?.addEventListener('abort', () => {
        this.aborted.push(request.name);
        settle(() => reject(new TransportError('aborted', 'fake abort')));
      });
      if (this.autoMs !== undefined) {
        setTimeout(() => held.progress(0.5), this.autoMs / 2);
        setTimeout(() => held.finish(), this.autoMs);
      }
    });
  }

  /** The held upload of the file called `name`, once it has started. */
  async heldFor(name: string): Promise<Held> {
    await waitUntil(() => this.held.some((h) => h.request.name === name), `upload of ${name} started`);
    return this.held.find((h) => h.request.name === name)!;
  }
}

const queues: UploadQueue[] = [];

function queueWith(transport: Transport, maxFiles = 10): UploadQueue {
  const queue = new UploadQueue({ slot: 'birthCertificate', rules: { accept: ALL_KINDS, maxBytes: 10 * 1024 * 1024 }, transport: () => transport, maxFiles });
  queues.push(queue);
  return queue;
}

const itemNamed = (queue: UploadQueue, name: string): UploadItem | undefined => queue.items.find((item) => item.name === name);
const states = (queue: UploadQueue): Record<string, UploadState> => Object.fromEntries(queue.items.map((item) => [item.name, item.state]));
const until = (queue: UploadQueue, name: string, state: UploadState) =>
  waitUntil(() => itemNamed(queue, name)?.state === state, `${name} is ${state} (now ${itemNamed(queue, name)?.state})`, { timeout: 5000 });

describe('UploadQueue', () => {
  // The turns are shared by the whole page: an upload left hanging would hold one for the next test.
  afterEach(() => {
    for (const queue of queues.splice(0)) queue.clear();
  });

  it('checks a file, uploads it with progress and lists it as uploaded', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    const seen = new Set<UploadState>();
    queue.addEventListener('change', () => queue.items.forEach((item) => seen.add(item.state)));
    const [key] = queue.add([await drawn('trang-1.jpg')]);
    const held = await transport.heldFor('trang-1.jpg');
    expect(itemNamed(queue, 'trang-1.jpg')!.state).to.equal('uploading');
    expect(held.request.slot).to.equal('birthCertificate');
    expect(held.request.type).to.equal('image/jpeg');
    expect(held.request.sha256).to.equal(await sha256Hex(held.request.file));
    held.progress(0.5);
    expect(queue.items[0]!.progress).to.equal(0.5);
    held.finish();
    await until(queue, 'trang-1.jpg', 'done');
    const item = queue.items[0]!;
    expect(item.key).to.equal(key);
    expect(item.progress).to.equal(1);
    expect(item.kind).to.equal('jpeg');
    expect(item.previewBlob, 'a photo has a preview').to.be.instanceOf(Blob);
    expect(queue.uploaded).to.deep.equal([item.uploaded]);
    expect(queue.uploaded[0]!.sha256).to.equal(held.request.sha256);
    expect(queue.pendingCount).to.equal(0);
    expect([...seen]).to.include.members(['checking', 'uploading', 'done']);
  });

  it('marks a file failed after a network failure, and uploads it again on retry', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    const [key] = queue.add([pdf('to-khai.pdf')]);
    (await transport.heldFor('to-khai.pdf')).fail('network');
    await until(queue, 'to-khai.pdf', 'failed');
    expect(queue.items[0]!.error).to.deep.equal({ code: 'upload.failed' });
    expect(queue.pendingCount).to.equal(0);
    expect(queue.retry(key!)).to.equal(true);
    expect(queue.items[0]!.error, 'the message goes with the retry').to.equal(undefined);
    const again = await transport.heldFor('to-khai.pdf');
    expect(again.request.sha256).to.equal(transport.requests[0]!.sha256);
    again.finish();
    await until(queue, 'to-khai.pdf', 'done');
    expect(queue.retry(key!), 'only failed files are retried').to.equal(false);
  });

  it('shows a server refusal as a permanent rejection, leaving the other files alone', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    queue.add([pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    (await transport.heldFor('a.pdf')).fail('too-large');
    (await transport.heldFor('b.pdf')).fail('unsupported-type');
    (await transport.heldFor('c.pdf')).finish();
    await until(queue, 'c.pdf', 'done');
    expect(states(queue)).to.deep.equal({ 'a.pdf': 'rejected', 'b.pdf': 'rejected', 'c.pdf': 'done' });
    expect(itemNamed(queue, 'a.pdf')!.error).to.deep.equal({ code: 'upload.serverTooLarge' });
    expect(itemNamed(queue, 'b.pdf')!.error).to.deep.equal({ code: 'upload.serverType' });
  });

  it('aborts the upload of a removed file, which leaves the list without an error', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    const [key] = queue.add([pdf('bo.pdf')]);
    const held = await transport.heldFor('bo.pdf');
    expect(queue.remove(key!)).to.equal(true);
    expect(held.signal.aborted).to.equal(true);
    expect(transport.aborted).to.deep.equal(['bo.pdf']);
    expect(queue.items).to.deep.equal([]);
    expect(queue.remove(key!)).to.equal(false);
  });

  it('lets a file the transport cancelled itself leave the list', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    queue.add([pdf('huy.pdf')]);
    (await transport.heldFor('huy.pdf')).fail('aborted');
    await waitUntil(() => queue.items.length === 0, 'gone');
  });

  it(`never uploads more than ${UPLOAD_CONCURRENCY} files at once, across every queue of the page`, async () => {
    const transport = new FakeTransport(40);
    const first = queueWith(transport);
    const second = queueWith(transport);
    let waitingSeen = false;
    const watch = (queue: UploadQueue) =>
      queue.addEventListener('change', () => {
        if (queue.items.some((item) => item.state === 'waiting' && item.kind)) waitingSeen = true;
      });
    watch(first);
    watch(second);
    first.add([pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf')]);
    second.add([pdf('4.pdf'), pdf('5.pdf'), pdf('6.pdf')]);
    await waitUntil(() => first.uploaded.length === 3 && second.uploaded.length === 3, 'all six uploaded', { timeout: 8000 });
    expect(transport.peak).to.equal(UPLOAD_CONCURRENCY);
    expect(waitingSeen, 'checked files wait for a turn').to.equal(true);
  });

  it('frees the turn of a removed file for the next one at once', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    const keys = queue.add([pdf('x1.pdf'), pdf('x2.pdf'), pdf('x3.pdf')]);
    await transport.heldFor('x2.pdf');
    await until(queue, 'x3.pdf', 'waiting');
    queue.remove(keys[0]!);
    await transport.heldFor('x3.pdf');
    expect(transport.active).to.equal(2);
  });

  it('reorders files, and the uploaded list follows', async () => {
    const queue = queueWith(new FakeTransport());
    const files = ['p1', 'p2', 'p3'].map((id): UploadedFile => ({ id, name: `${id}.jpg`, type: 'image/jpeg', size: 10, sha256: id.repeat(8) }));
    queue.restore(files);
    const [k1, , k3] = queue.items.map((item) => item.key);
    expect(queue.move(k1!, 1)).to.equal(true);
    expect(queue.uploaded.map((f) => f.id)).to.deep.equal(['p2', 'p1', 'p3']);
    expect(queue.move(k3!, -5), 'clamped to the first place').to.equal(true);
    expect(queue.uploaded.map((f) => f.id)).to.deep.equal(['p3', 'p2', 'p1']);
    expect(queue.move(k3!, -1), 'already first').to.equal(false);
    expect(queue.items[0]!.kind).to.equal('jpeg');
  });

  it('rejects the files beyond maxFiles, but a rejected file does not take a place', async () => {
    const transport = new FakeTransport(5);
    const queue = queueWith(transport, 2);
    queue.add([emptyFile(), pdf('m1.pdf'), pdf('m2.pdf'), pdf('m3.pdf')]);
    await waitUntil(() => queue.uploaded.length === 2 && itemNamed(queue, 'm3.pdf')?.state === 'rejected', 'settled');
    expect(itemNamed(queue, 'trong.jpg')!.error!.code).to.equal('file.empty');
    expect(itemNamed(queue, 'm3.pdf')!.error).to.deep.equal({ code: 'upload.tooMany', params: { max: 2, count: 2 } });
  });

  it('rejects the same file attached twice, and a copy of an uploaded one', async () => {
    const transport = new FakeTransport(5);
    const queue = queueWith(transport);
    const photo = await drawn('mat-truoc.jpg', 7);
    const scan = pdf('ban-sao.pdf');
    queue.restore([{ id: 'old', name: 'ban-sao.pdf', type: 'application/pdf', size: scan.size, sha256: await sha256Hex(scan) }]);
    queue.add([photo, new File([photo], 'mat-truoc (1).jpg', { type: 'image/jpeg' }), scan]);
    await waitUntil(() => queue.pendingCount === 0, 'settled', { timeout: 5000 });
    expect(queue.items.map((item) => [item.name, item.state, item.error?.code ?? ''])).to.deep.equal([
      ['ban-sao.pdf', 'done', ''],
      ['mat-truoc.jpg', 'done', ''],
      ['mat-truoc (1).jpg', 'rejected', 'file.duplicate'],
      ['ban-sao.pdf', 'rejected', 'file.duplicate'],
    ]);
  });

  it('rejects by what a file is, not what it is called', async () => {
    const queue = queueWith(new FakeTransport(5));
    queue.add([renamedExe(), emptyFile(), pdf('ok.pdf')]);
    await waitUntil(() => queue.pendingCount === 0, 'settled', { timeout: 5000 });
    expect(queue.items.map((item) => [item.name, item.state, item.error?.code ?? ''])).to.deep.equal([
      ['anh-giay-to.jpg', 'rejected', 'file.type'],
      ['trong.jpg', 'rejected', 'file.empty'],
      ['ok.pdf', 'done', ''],
    ]);
  });

  it('restores a host value without touching files still on their way', async () => {
    const transport = new FakeTransport();
    const queue = queueWith(transport);
    queue.add([pdf('dang-tai.pdf')]);
    await transport.heldFor('dang-tai.pdf');
    const file: UploadedFile = { id: 'r1', name: 'cu.pdf', type: 'application/pdf', size: 3, sha256: 'ab' };
    queue.restore([file]);
    expect(queue.items.map((item) => [item.name, item.state])).to.deep.equal([['cu.pdf', 'done'], ['dang-tai.pdf', 'uploading']]);
    let changes = 0;
    queue.addEventListener('change', () => (changes += 1));
    queue.restore([{ ...file }]);
    expect(changes, 'the same files again change nothing').to.equal(0);
  });

  it('never throws on odd input', async () => {
    const queue = queueWith(new FakeTransport());
    expect(queue.add(null as never)).to.deep.equal([]);
    expect(queue.add([{} as File, 'x' as never])).to.deep.equal([]);
    expect(queue.remove('nope')).to.equal(false);
    expect(queue.retry('nope')).to.equal(false);
    expect(queue.move('nope', 1)).to.equal(false);
    queue.restore(null as never);
    queue.restore([{ id: 3 }, null, { id: 'ok', name: 'a.pdf' }] as never);
    expect(queue.uploaded).to.deep.equal([{ id: 'ok', name: 'a.pdf', type: '', size: 0, sha256: '' }]);
  });

  it('fails a file, without throwing, when there is no transport to use', async () => {
    const queue = new UploadQueue({
      slot: 's',
      rules: { accept: ALL_KINDS, maxBytes: 1e7 },
      transport: () => {
        throw new Error('no transport');
      },
      maxFiles: 3,
    });
    queues.push(queue);
    queue.add([pdf('khong.pdf')]);
    await until(queue, 'khong.pdf', 'failed');
  });
});
