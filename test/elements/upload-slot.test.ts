/**
 * <lt-upload-slot> driven the way a person drives it: files go in through the real `<input type=file>`, a drop
 * or a paste; buttons are pressed with the keyboard. Files are real (drawn on a canvas, small PDFs, a renamed
 * program, a corrupt photo, an empty file); uploads go to the real receiver behind the test runner, or to an
 * in-memory transport where a test needs to hold an upload still.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../src/elements/upload-slot/upload-slot.js';
import type { LtUploadSlot } from '../../src/elements/upload-slot/upload-slot.js';
import { localizerContext, transportContext } from '../../src/elements/shared/context.js';
import { createI18n, loadLaterStrings, localizerFor } from '../../src/i18n/i18n.js';
import type { Lang, Localizer } from '../../src/i18n/i18n.js';
import { upload as viUpload } from '../../src/i18n/locales/vi/upload.js';
import { upload as enUpload } from '../../src/i18n/locales/en/upload.js';
import { createHttpTransport } from '../../src/core/transport/http-transport.js';
import { TransportError } from '../../src/core/transport/transport.js';
import type { Transport, UploadedFile, UploadOptions, UploadRequest } from '../../src/core/transport/transport.js';
import {
  TEST_ENDPOINT,
  UPLOADS_PATH,
  clearFaults,
  cutUploadAfter,
  injectFaults,
  stallUploadAfter,
  storedUpload,
  uploadBytesReceived,
  uploadRequests,
} from '../support/server-control.js';

// ---------------------------------------------------------------------------------------------------------
// Real files

/** A photo-like image drawn on a canvas and encoded by the browser; `seed` makes the bytes unique. */
async function drawn(name: string, { seed = 0, type = 'image/jpeg', width = 480, height = 360 } = {}): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = `hsl(${(seed * 53) % 360} 35% 92%)`;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1a1a1a';
  context.font = `${Math.round(width / 18)}px sans-serif`;
  for (let line = 1; line < 8; line++) context.fillText(`GIẤY CHỨNG SINH ${seed} — ${line}`, 12, (height / 8) * line);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.92));
  return new File([blob], name, { type });
}

/** A PDF (its bytes start with `%PDF-`), padded to about `bytes`; `tag` makes the content unique. */
function pdf(name: string, tag = name, bytes = 0): File {
  const head = `%PDF-1.4\n1 0 obj << /Title (${tag} ${Math.random()}) >> endobj\n`;
  const filler = bytes > head.length ? `%${'0'.repeat(bytes - head.length - 8)}\n` : '';
  return new File([head, filler, '%%EOF\n'], name, { type: 'application/pdf' });
}

/** A Windows program renamed to look like a photo (many phones then claim `image/jpeg`). */
const renamedExe = () =>
  new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0, 0])], 'anh-giay-to.jpg', { type: 'image/jpeg' });
/** A JPEG signature followed by noise: recognised as a photo, but it cannot be decoded. */
const corruptJpeg = () =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 600 }, (_, i) => (i * 37) % 251)])], 'anh-hong.jpg', { type: 'image/jpeg' });
const emptyFile = () => new File([], 'trong.jpg', { type: 'image/jpeg' });

// ---------------------------------------------------------------------------------------------------------
// An in-memory transport for holding uploads still

interface Held {
  request: UploadRequest;
  options: UploadOptions;
  progress(share: number): void;
  finish(): void;
  fail(kind: 'network' | 'too-large'): void;
}

class FakeTransport implements Transport {
  readonly held: Held[] = [];
  readonly started: string[] = [];

  /** With `autoMs`, each upload reports progress ten times and finishes after that long; otherwise it is held. */
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
    this.started.push(request.name);
    return new Promise((resolve, reject) => {
      let done = false;
      const end = (then: () => void) => {
        if (done) return;
        done = true;
        this.held.splice(this.held.indexOf(held), 1);
        then();
      };
      const held: Held = {
        request,
        options,
        progress: (share) => options.onProgress?.({ sent: Math.round(share * request.file.size), total: request.file.size }),
        finish: () => end(() => resolve({ id: `fake-${request.sha256.slice(0, 16)}`, name: request.name, type: request.type, size: request.file.size, sha256: request.sha256 })),
        fail: (kind) => end(() => reject(new TransportError(kind, 'fake'))),
      };
      this.held.push(held);
      options.signal?.addEventListener('abort', () => end(() => reject(new TransportError('aborted', 'fake abort'))));
      if (this.autoMs !== undefined) {
        for (let step = 1; step < 10; step++) setTimeout(() => held.progress(step / 10), (this.autoMs / 10) * step);
        setTimeout(() => held.finish(), this.autoMs);
      }
    });
  }

  async heldFor(name: string): Promise<Held> {
    await waitUntil(() => this.held.some((h) => h.request.name === name), `upload of ${name} started`, { timeout: 5000 });
    return this.held.find((h) => h.request.name === name)!;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Mounting and reading

/** The shipped strings with the upload slot's words added (the test does not depend on how they are loaded). */
async function stringsIn(lang: Lang): Promise<Localizer> {
  const instance = createI18n(lang);
  await loadLaterStrings(instance);
  instance.addResourceBundle('vi', 'translation', viUpload, true, false);
  instance.addResourceBundle('en', 'translation', enUpload, true, false);
  return localizerFor(instance, lang);
}
const vi = await stringsIn('vi');
const en = await stringsIn('en');

const mounted: LtUploadSlot[] = [];

interface Mount {
  attrs?: Record<string, string>;
  props?: Partial<Pick<LtUploadSlot, 'value' | 'required' | 'disabled' | 'readonly' | 'transport' | 'error'>>;
  lang?: Lang;
  /** Provided as the wizard would provide its transport. */
  contextTransport?: Transport;
}

/** `<lt-upload-slot>` in a plain form, after a button, with the strings (and a transport) provided as by the wizard. */
async function mount({ attrs = {}, props = {}, lang = 'vi', contextTransport }: Mount = {}) {
  const container = fixtureSync<HTMLElement>(
    html`<div><form><button type="button" id="before">Trước</button><fieldset></fieldset></form></div>`,
  );
  container.setAttribute('lang', lang);
  new ContextProvider(container, { context: localizerContext, initialValue: lang === 'en' ? en : vi });
  if (contextTransport) new ContextProvider(container, { context: transportContext, initialValue: contextTransport });
  const el = document.createElement('lt-upload-slot');
  el.name = 'birthCertificate';
  el.label = 'Giấy chứng sinh';
  el.hint = 'Do bệnh viện hoặc trạm y tế nơi trẻ sinh ra cấp.';
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  container.querySelector('fieldset')!.append(el);
  await el.updateComplete;
  mounted.push(el);
  return { el, form: container.querySelector('form')!, fieldset: container.querySelector('fieldset')!, container };
}

const shadow = (el: LtUploadSlot) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LtUploadSlot, selector: string) => shadow(el).querySelector<T & Element>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Files chosen in the real picker: `input.files` from a DataTransfer, then `change`, as the browser does. */
function pick(el: LtUploadSlot, files: File[], input = '#input'): void {
  const picker = $<HTMLInputElement>(el, input)!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Files dragged over the drop area and dropped. */
function drop(el: LtUploadSlot, files: File[]): void {
  const zone = $(el, '.drop-zone')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
  }
}

/** Files pasted (Ctrl/Cmd+V) while focus is on the slot's button. */
function paste(el: LtUploadSlot, files: File[]): ClipboardEvent {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, composed: true, cancelable: true });
  $(el, '#choose')!.dispatchEvent(event);
  return event;
}

interface Row {
  name: string;
  state: string;
  error?: string;
}

/** The files as shown: name, state class, and the reason's code when there is one. */
function rows(el: LtUploadSlot): Row[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('li.file')].map((li) => ({
    name: text(li.querySelector('.file-name')),
    state: [...li.classList].find((c) => c !== 'file')!,
    ...(li.dataset['error'] ? { error: li.dataset['error'] } : {}),
  }));
}
const row = (el: LtUploadSlot, name: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('li.file')].find((li) => text(li.querySelector('.file-name')) === name);

const settled = (el: LtUploadSlot, timeout = 8000) => waitUntil(() => !el.pending, 'every file settled', { timeout });

/** Records what the live region says (non-empty texts only). */
function listen(el: LtUploadSlot): string[] {
  const said: string[] = [];
  const region = $(el, '#status')!;
  new MutationObserver(() => {
    const words = text(region);
    if (words) said.push(words);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** Counts `input` and `change` events at the host. */
function countEvents(el: HTMLElement) {
  const counts = { input: 0, change: 0 };
  el.addEventListener('input', () => (counts.input += 1));
  el.addEventListener('change', () => (counts.change += 1));
  return counts;
}

const uploadedFile = (id: string, name = `${id}.jpg`): UploadedFile => ({ id, name, type: 'image/jpeg', size: 120_000, sha256: id.padEnd(64, '0') });

// ---------------------------------------------------------------------------------------------------------

describe('lt-upload-slot', () => {
  beforeEach(() => {
    // tus remembers unfinished uploads by content; each test starts without another test's leftovers.
    localStorage.clear();
  });

  afterEach(async () => {
    // Uploads share the page's two turns: one left hanging would hold up the next test.
    for (const el of mounted.splice(0)) el.formResetCallback();
    await clearFaults();
  });

  describe('accessibility', () => {
    it('is accessible empty, with files, and with errors', async () => {
      const transport = new FakeTransport();
      const { el } = await mount({ props: { required: true, transport, value: [uploadedFile('a1', 'trang-1.jpg')] } });
      await expect(el).to.be.accessible();
      pick(el, [await drawn('trang-2.jpg'), renamedExe()]);
      await transport.heldFor('trang-2.jpg');
      await waitUntil(() => rows(el).some((r) => r.state === 'rejected'), 'rejection shown');
      await expect(el).to.be.accessible();
      el.reportValidity();
      el.error = 'Giấy chứng sinh phải có dấu của cơ sở y tế.';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible empty and without files, in English', async () => {
      const { el } = await mount({ lang: 'en', props: { required: true } });
      await expect(el).to.be.accessible();
      expect(text($(el, '#choose'))).to.equal('Choose files');
      expect(text($(el, '#take-photo'))).to.equal('Take a photo');
    });
  });

  describe('adding files', () => {
    it('has a real button for the picker, and a hidden but present multi-file input', async () => {
      const { el } = await mount({ attrs: { accept: 'jpeg pdf' } });
      const input = $<HTMLInputElement>(el, '#input')!;
      expect(input.type).to.equal('file');
      expect(input.multiple).to.equal(true);
      expect(input.accept).to.include('image/jpeg').and.include('application/pdf').and.not.include('image/png');
      expect(getComputedStyle(input).display, 'not display:none').to.not.equal('none');
      expect(input.tabIndex).to.equal(-1);
      const camera = $<HTMLInputElement>(el, '#camera')!;
      expect(camera.getAttribute('capture')).to.equal('environment');
      expect(camera.accept).to.equal('image/jpeg');
      expect(text($(el, '#limits'))).to.equal('Nhận tệp JPEG, PDF, mỗi tệp tối đa 10 MB, nhiều nhất 10 tệp.');
    });

    it('shows no camera button for a slot that only takes PDFs', async () => {
      const { el } = await mount({ attrs: { accept: 'pdf' } });
      expect($(el, '#take-photo')).to.equal(null);
      expect($(el, '#camera')).to.equal(null);
    });

    it('takes many files at once from the picker, checks, shrinks and uploads them all', async () => {
      const transport = new FakeTransport(60);
      const { el } = await mount({ props: { transport } });
      const seen = new Set<string>();
      new MutationObserver(() => rows(el).forEach((r) => seen.add(r.state))).observe(shadow(el), { subtree: true, attributes: true, childList: true });
      const big = await drawn('chup-to.png', { seed: 3, type: 'image/png', width: 2600, height: 1900 });
      pick(el, [await drawn('trang-1.jpg', { seed: 1 }), await drawn('trang-2.jpg', { seed: 2 }), big, pdf('ban-sao.pdf')]);
      expect(rows(el).length, 'listed at once').to.equal(0);
      await el.updateComplete;
      expect(rows(el).map((r) => r.name)).to.deep.equal(['trang-1.jpg', 'trang-2.jpg', 'chup-to.png', 'ban-sao.pdf']);
      await settled(el);
      expect(rows(el).map((r) => r.state)).to.deep.equal(['done', 'done', 'done', 'done']);
      // The big PNG was made a smaller JPEG, and is named so.
      expect(rows(el)[2]!.name).to.equal('chup-to.jpg');
      expect([...seen]).to.include.members(['waiting', 'checking', 'shrinking', 'uploading', 'done']);
      expect(el.value.map((f) => f.name)).to.deep.equal(['trang-1.jpg', 'trang-2.jpg', 'chup-to.jpg', 'ban-sao.pdf']);
      // Photos have a thumbnail, the PDF an icon.
      expect(row(el, 'trang-1.jpg')!.querySelector('img')!.src).to.match(/^blob:/);
      expect(row(el, 'ban-sao.pdf')!.querySelector('img')).to.equal(null);
      expect(row(el, 'ban-sao.pdf')!.querySelector('svg')).to.not.equal(null);
    });

    it('takes files dropped on the drop area, and pasted', async () => {
      const transport = new FakeTransport(10);
      const { el } = await mount({ props: { transport } });
      drop(el, [pdf('keo-tha.pdf')]);
      const event = paste(el, [await drawn('dan.png', { seed: 9, type: 'image/png' })]);
      expect(event.defaultPrevented, 'the paste is ours').to.equal(true);
      await settled(el);
      expect(rows(el).map((r) => [r.name, r.state])).to.deep.equal([['keo-tha.pdf', 'done'], [rows(el)[1]!.name, 'done']]);
      expect(rows(el)[1]!.name).to.match(/^dan\.(png|jpg)$/);
    });

    it('shows an upload’s progress as a bar and in words, not in the live region', async () => {
      const transport = new FakeTransport();
      const { el } = await mount({ props: { transport } });
      pick(el, [pdf('tien-do.pdf')]);
      const held = await transport.heldFor('tien-do.pdf');
      held.progress(0.45);
      await el.updateComplete;
      const item = row(el, 'tien-do.pdf')!;
      const bar = item.querySelector('progress')!;
      expect(bar.value).to.equal(45);
      expect(bar.getAttribute('aria-label')).to.equal(vi.t('field.upload.progress', { name: 'tien-do.pdf' }));
      expect(text(item.querySelector('.file-state'))).to.equal('Đang tải lên 45%');
      expect(text($(el, '#status'))).to.not.include('45');
      held.finish();
      await settled(el);
      expect(bar.value).to.equal(100);
      expect(text(item.querySelector('.file-state'))).to.equal('Đã tải lên');
    });

    it('uses the camera input for "Take a photo"', async () => {
      const transport = new FakeTransport(10);
      const { el } = await mount({ props: { transport } });
      let clicked = 0;
      $(el, '#camera')!.addEventListener('click', (event) => {
        clicked += 1;
        event.preventDefault();
      });
      $(el, '#take-photo')!.click();
      expect(clicked).to.equal(1);
      pick(el, [await drawn('anh-chup.jpg', { seed: 4 })], '#camera');
      await settled(el);
      expect(rows(el)[0]!.state).to.equal('done');
    });

    it('shows each rejection on its own file with the reason, and leaves the others alone', async () => {
      const transport = new FakeTransport(20);
      const { el } = await mount({ props: { transport }, attrs: { accept: 'jpeg png pdf', 'max-bytes': '3000' } });
      const photo = await drawn('mat-truoc.jpg', { seed: 5, width: 40, height: 30 });
      const webp = await drawn('anh.webp', { seed: 6, type: 'image/webp', width: 40, height: 30 });
      drop(el, [renamedExe(), corruptJpeg(), emptyFile(), photo, webp, pdf('qua-lon.pdf', 'x', 8000), new File([photo], 'mat-truoc-2.jpg', { type: 'image/jpeg' }), pdf('to-khai.pdf')]);
      await settled(el);
      expect(rows(el)).to.deep.equal([
        { name: 'anh-giay-to.jpg', state: 'rejected', error: 'file.type' },
        { name: 'anh-hong.jpg', state: 'rejected', error: 'file.undecodable' },
        { name: 'trong.jpg', state: 'rejected', error: 'file.empty' },
        { name: 'mat-truoc.jpg', state: 'done' },
        { name: 'anh.webp', state: 'rejected', error: 'file.notAccepted' },
        { name: 'qua-lon.pdf', state: 'rejected', error: 'file.tooLarge' },
        { name: 'mat-truoc-2.jpg', state: 'rejected', error: 'file.duplicate' },
        { name: 'to-khai.pdf', state: 'done' },
      ]);
      // Each reason is written on its file and tied to it, and to its Remove button.
      for (const li of shadow(el).querySelectorAll<HTMLElement>('li.rejected')) {
        const message = li.querySelector<HTMLElement>('.file-error')!;
        expect(text(message).length, `${li.id} says why`).to.be.greaterThan(10);
        expect(text(message)).to.not.include('error.upload');
        expect(li.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
        expect(li.querySelector(`[id$="-remove"]`)!.getAttribute('aria-describedby')).to.equal(message.id);
        expect(text(li.querySelector('.file-state'))).to.equal(vi.t('field.upload.state.rejected'));
        expect(li.querySelector('progress')).to.equal(null);
      }
      expect(el.value.map((f) => f.name)).to.deep.equal(['mat-truoc.jpg', 'to-khai.pdf']);
      expect(transport.started).to.deep.equal(['mat-truoc.jpg', 'to-khai.pdf']);
    });

    it('refuses the files beyond `max` with a reason', async () => {
      const transport = new FakeTransport(10);
      const { el } = await mount({ props: { transport }, attrs: { max: '2' } });
      pick(el, [pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf')]);
      await settled(el);
      expect(rows(el).map((r) => r.error ?? r.state)).to.deep.equal(['done', 'done', 'upload.tooMany']);
      expect(text(row(el, '3.pdf')!.querySelector('.file-error'))).to.equal(vi.t('error.upload.tooMany', { max: 2, count: 2 }));
      expect(el.validity.valid, 'the extra file is not part of the value').to.equal(true);
    });

    it('uploads through the wizard’s transport, from context', async () => {
      const transport = new FakeTransport(10);
      const { el } = await mount({ contextTransport: transport, attrs: { endpoint: '/nowhere' } });
      pick(el, [pdf('qua-context.pdf')]);
      await settled(el);
      expect(transport.started).to.deep.equal(['qua-context.pdf']);
      expect(rows(el)[0]!.state).to.equal('done');
    });

    it('writes sizes the Vietnamese way, and the English way', async () => {
      const file = { ...uploadedFile('s1', 'scan.pdf'), type: 'application/pdf', size: 1_572_864 };
      const { el } = await mount({ props: { value: [file] } });
      expect(text(row(el, 'scan.pdf')!.querySelector('.file-size'))).to.equal('1,5 MB');
      const english = (await mount({ lang: 'en', props: { value: [file] } })).el;
      expect(text(row(english, 'scan.pdf')!.querySelector('.file-size'))).to.equal('1.5 MB');
      expect(text(row(english, 'scan.pdf')!.querySelector('.file-state'))).to.equal('Uploaded');
    });
  });

  describe('with the real receiver', () => {
    it('uploads to the server with progress, and holds what the server holds', async () => {
      const { el } = await mount({ attrs: { endpoint: TEST_ENDPOINT } });
      const counts = countEvents(el);
      const file = pdf('giay-chung-sinh.pdf', 'real-upload', 400_000);
      const percents = new Set<number>();
      const observer = new MutationObserver(() => {
        const bar = $<HTMLProgressElement>(el, 'progress');
        if (bar) percents.add(bar.value);
      });
      observer.observe(shadow(el), { subtree: true, attributes: true, childList: true, characterData: true });
      pick(el, [file]);
      await settled(el);
      observer.disconnect();
      expect(rows(el)[0]!.state).to.equal('done');
      expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(100);
      expect(percents.has(0)).to.equal(true);
      const [uploaded] = el.value;
      const stored = await storedUpload(uploaded!.id);
      expect(stored, 'the server has it').to.not.equal(undefined);
      expect(stored!.finished).to.equal(true);
      expect(stored!.sha256).to.equal(uploaded!.sha256);
      expect(stored!.slot).to.equal('birthCertificate');
      expect(uploaded!.size).to.equal(file.size);
      expect(counts).to.deep.equal({ input: 1, change: 1 });
    });

    it('resumes an upload cut mid-way and finishes it, without sending it all again', async () => {
      const { el } = await mount({ attrs: { endpoint: TEST_ENDPOINT } });
      const file = pdf('cat-giua-chung.pdf', 'cut', 600_000);
      await cutUploadAfter(250_000);
      pick(el, [file]);
      await settled(el, 20000);
      expect(rows(el)[0]!.state).to.equal('done');
      // A second PATCH carried the rest: resumed, not started over.
      expect((await uploadRequests('PATCH')).length).to.be.at.least(2);
      expect(await uploadBytesReceived()).to.be.at.most(file.size * 1.2);
      expect((await storedUpload(el.value[0]!.id))!.finished).to.equal(true);
    });

    it('fails after the transport’s own retries, and Retry then finishes the upload', async () => {
      const transport = createHttpTransport({ endpoint: TEST_ENDPOINT, uploadRetry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
      const { el } = await mount({ props: { transport } });
      const said = listen(el);
      await injectFaults({ path: UPLOADS_PATH, method: 'POST', responses: [503, 503] });
      pick(el, [pdf('thu-lai.pdf', 'retry', 20_000)]);
      await waitUntil(() => rows(el)[0]?.state === 'failed', 'failed', { timeout: 8000 });
      const item = row(el, 'thu-lai.pdf')!;
      expect(text(item.querySelector('.file-error'))).to.equal(vi.t('error.upload.failed'));
      expect(el.value).to.deep.equal([]);
      await waitUntil(() => said.some((words) => words.includes(vi.t('field.upload.announce.failed', { name: 'thu-lai.pdf' }))), 'failure announced');
      const retry = item.querySelector<HTMLButtonElement>('[id$="-retry"]')!;
      expect(text(retry)).to.equal('Thử lại thu-lai.pdf');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(rows(el)[0]!.state).to.equal('done');
      expect((await storedUpload(el.value[0]!.id))!.finished).to.equal(true);
    });

    it('aborts an upload when its file is removed, and the file is gone', async () => {
      const { el } = await mount({ attrs: { endpoint: TEST_ENDPOINT } });
      const counts = countEvents(el);
      await stallUploadAfter(100_000);
      pick(el, [pdf('bo-di.pdf', 'remove', 500_000)]);
      await waitUntil(() => ($<HTMLProgressElement>(el, 'progress')?.value ?? 0) > 0, 'some bytes sent', { timeout: 8000 });
      expect(el.pending).to.equal(true);
      row(el, 'bo-di.pdf')!.querySelector<HTMLButtonElement>('[id$="-remove"]')!.click();
      await el.updateComplete;
      expect(rows(el)).to.deep.equal([]);
      expect(el.pending).to.equal(false);
      expect(el.value).to.deep.equal([]);
      expect(counts).to.deep.equal({ input: 0, change: 0 });
    });
  });

  describe('order of pages', () => {
    it('moves files up and down with the keyboard; the value follows and focus stays on the button', async () => {
      const { el } = await mount({ props: { value: [uploadedFile('p1'), uploadedFile('p2'), uploadedFile('p3')] } });
      const counts = countEvents(el);
      const said = listen(el);
      const first = row(el, 'p1.jpg')!;
      expect(first.querySelector('[id$="-up"]')!.getAttribute('aria-disabled'), 'first cannot go up').to.equal('true');
      const down = first.querySelector<HTMLButtonElement>('[id$="-down"]')!;
      expect(text(down)).to.equal('Xuống dưới p1.jpg');
      down.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.map((f) => f.id)).to.deep.equal(['p2', 'p1', 'p3']);
      expect(shadow(el).activeElement, 'focus follows the moved file').to.equal(down);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value.map((f) => f.id)).to.deep.equal(['p2', 'p3', 'p1']);
      expect(down.getAttribute('aria-disabled'), 'now last').to.equal('true');
      await sendKeys({ press: 'Enter' });
      expect(el.value.map((f) => f.id), 'nothing below the last').to.deep.equal(['p2', 'p3', 'p1']);
      expect(counts).to.deep.equal({ input: 2, change: 2 });
      await waitUntil(() => said.length > 0, 'announced');
      expect(said.at(-1)).to.include(vi.t('field.upload.announce.moved', { name: 'p1.jpg', position: 3, count: 3 }));
    });
  });

  describe('form association', () => {
    it('submits one entry per file id under its name, and restores from the saved state', async () => {
      const files = [uploadedFile('id-1'), uploadedFile('id-2')];
      const { el, form } = await mount({ props: { value: files } });
      expect(new FormData(form).getAll('birthCertificate')).to.deep.equal(['id-1', 'id-2']);
      expect(el.validity.valid).to.equal(true);
      el.value = [];
      expect(new FormData(form).has('birthCertificate')).to.equal(false);
      el.formStateRestoreCallback(JSON.stringify(files));
      expect(el.value).to.deep.equal(files);
      expect(new FormData(form).getAll('birthCertificate')).to.deep.equal(['id-1', 'id-2']);
      await el.updateComplete;
      expect(rows(el).map((r) => [r.name, r.state])).to.deep.equal([['id-1.jpg', 'done'], ['id-2.jpg', 'done']]);
    });

    it('is valueMissing when required and empty, with the slot’s own words', async () => {
      const { el, form } = await mount({ props: { required: true } });
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(vi.t('error.upload.tooFew', { min: 1, count: 1 }));
      expect(form.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(text($(el, '#error')), 'shown once the citizen tries to go on').to.equal(`Lỗi: ${el.validationMessage}`);
      el.value = [uploadedFile('x')];
      expect(form.checkValidity()).to.equal(true);
    });

    it('is rangeUnderflow below `min` and rangeOverflow above `max`', async () => {
      const { el } = await mount({ attrs: { min: '2', max: '3' }, props: { value: [uploadedFile('a')] } });
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal(vi.t('error.upload.tooFew', { min: 2, count: 2 }));
      el.value = [];
      expect(el.validity.valid, 'an optional slot may stay empty').to.equal(true);
      el.value = ['a', 'b', 'c', 'd'].map((id) => uploadedFile(id));
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.validationMessage).to.equal(vi.t('error.upload.tooMany', { max: 3, count: 3 }));
    });

    it('is invalid while a file is on its way (`pending`), and valid once it is uploaded', async () => {
      const transport = new FakeTransport();
      const { el, form } = await mount({ props: { transport } });
      const counts = countEvents(el);
      pick(el, [pdf('dang-tai.pdf')]);
      expect(el.pending).to.equal(true);
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal(vi.t('error.upload.pending', { count: 1 }));
      expect(form.checkValidity()).to.equal(false);
      expect(counts, 'adding is not yet a change of value').to.deep.equal({ input: 0, change: 0 });
      (await transport.heldFor('dang-tai.pdf')).finish();
      await settled(el);
      expect(el.pending).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).getAll('birthCertificate')).to.deep.equal([el.value[0]!.id]);
      expect(counts).to.deep.equal({ input: 1, change: 1 });
    });

    it('goes back to its default on form reset, aborting uploads', async () => {
      const transport = new FakeTransport();
      const initial = [uploadedFile('goc')];
      const { el, form } = await mount({ props: { transport, value: initial } });
      pick(el, [pdf('moi.pdf')]);
      const held = await transport.heldFor('moi.pdf');
      form.reset();
      expect(held.options.signal!.aborted).to.equal(true);
      expect(el.value).to.deep.equal(initial);
      expect(el.pending).to.equal(false);
      await el.updateComplete;
      expect(rows(el).map((r) => r.name)).to.deep.equal(['goc.jpg']);
    });

    it('is left out and cannot be changed when disabled, itself or by a fieldset', async () => {
      const transport = new FakeTransport(10);
      const { el, form, fieldset } = await mount({ props: { transport, required: true, value: [uploadedFile('d1')] } });
      el.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('birthCertificate')).to.equal(false);
      expect(el.willValidate).to.equal(false);
      expect([...shadow(el).querySelectorAll('button, input')].every((c) => c.matches(':disabled'))).to.equal(true);
      drop(el, [pdf('khong-nhan.pdf')]);
      paste(el, [pdf('khong-nhan-2.pdf')]);
      expect(rows(el).length).to.equal(1);
      el.disabled = false;
      fieldset.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('birthCertificate')).to.equal(false);
      expect($<HTMLButtonElement>(el, '#choose')!.disabled).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(new FormData(form).getAll('birthCertificate')).to.deep.equal(['d1']);
    });

    it('shows files without ways to change them when read-only', async () => {
      const { el } = await mount({ props: { readonly: true, value: [uploadedFile('r1'), uploadedFile('r2')] } });
      expect($(el, '.drop-zone')).to.equal(null);
      expect(shadow(el).querySelectorAll('li.file button').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('never throws on odd values: keeps them and is empty', async () => {
      const { el } = await mount({ props: { required: true } });
      for (const bad of [null, undefined, 42, {}, ['x', 3], [{ id: 5 }]]) {
        el.value = bad as never;
        await el.updateComplete;
        expect(el.value).to.equal(bad);
        expect(el.validity.valueMissing).to.equal(true);
      }
    });

    it('fires no events for the host’s changes', async () => {
      const { el, form } = await mount();
      const counts = countEvents(el);
      el.value = [uploadedFile('h1')];
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(counts).to.deep.equal({ input: 0, change: 0 });
    });
  });

  describe('keyboard', () => {
    it('reaches "Choose files" with Tab, and Enter opens the picker', async () => {
      const { el, container } = await mount();
      let opened = 0;
      $(el, '#input')!.addEventListener('click', (event) => {
        opened += 1;
        // A real picker would open here; the test only needs to know it was asked to.
        event.preventDefault();
      });
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('choose');
      await sendKeys({ press: 'Enter' });
      expect(opened).to.equal(1);
      await sendKeys({ press: 'Space' });
      expect(opened).to.equal(2);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('take-photo');
    });

    it('removes a file with the keyboard and keeps focus in the list', async () => {
      const { el } = await mount({ props: { value: [uploadedFile('k1'), uploadedFile('k2')] } });
      const counts = countEvents(el);
      const remove = row(el, 'k1.jpg')!.querySelector<HTMLButtonElement>('[id$="-remove"]')!;
      expect(text(remove)).to.equal('Xoá k1.jpg');
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.map((f) => f.id)).to.deep.equal(['k2']);
      expect(shadow(el).activeElement?.id).to.equal(row(el, 'k2.jpg')!.querySelector('[id$="-remove"]')!.id);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(shadow(el).activeElement?.id, 'back to "Choose files"').to.equal('choose');
      expect(counts).to.deep.equal({ input: 2, change: 2 });
    });

    it('lets go of a thumbnail’s object URL when its file is removed', async () => {
      const transport = new FakeTransport(10);
      const { el } = await mount({ props: { transport } });
      pick(el, [await drawn('xem-truoc.jpg', { seed: 11 })]);
      await settled(el);
      const url = row(el, 'xem-truoc.jpg')!.querySelector('img')!.src;
      const revoked: string[] = [];
      const original = URL.revokeObjectURL;
      URL.revokeObjectURL = (u: string) => {
        revoked.push(u);
        original.call(URL, u);
      };
      try {
        row(el, 'xem-truoc.jpg')!.querySelector<HTMLButtonElement>('[id$="-remove"]')!.click();
        expect(revoked).to.deep.equal([url]);
      } finally {
        URL.revokeObjectURL = original;
      }
    });
  });

  describe('live region', () => {
    it('says "uploaded" once per file, never each percent', async () => {
      const transport = new FakeTransport(600);
      const { el } = await mount({ props: { transport } });
      const said = listen(el);
      pick(el, [pdf('mot-tep.pdf')]);
      await settled(el);
      const done = vi.t('field.upload.announce.done', { name: 'mot-tep.pdf' });
      await waitUntil(() => said.some((words) => words.includes(done)), 'done announced', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(said.filter((words) => words.includes(done))).to.have.length(1);
      expect(said.some((words) => /\d+\s?%/.test(words)), 'no percent').to.equal(false);
      expect(said.length, said.join(' | ')).to.be.at.most(3);
      expect(said[0]).to.include(vi.t('field.upload.announce.added', { count: 1 }));
    });

    it('says one count when many files finish together, and names each refused file', async () => {
      const transport = new FakeTransport(30);
      const { el } = await mount({ props: { transport } });
      const said = listen(el);
      pick(el, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf'), emptyFile()]);
      await settled(el);
      const many = vi.t('field.upload.announce.doneMany', { count: 3 });
      await waitUntil(() => said.some((words) => words.includes(many)), `one count (said: ${said.join(' | ')})`, { timeout: 3000 });
      const all = said.join(' ');
      expect(all).to.not.include(vi.t('field.upload.announce.done', { name: 'a.pdf' }));
      expect(all).to.include(vi.t('field.upload.announce.rejected', { name: 'trong.jpg', reason: vi.t('error.file.empty', { name: 'trong.jpg' }) }));
    });
  });
});
