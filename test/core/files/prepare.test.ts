import { expect } from '@open-wc/testing';
import { prepareFile } from '../../../src/core/files/prepare.js';
import type { PreparedFile, SlotRules } from '../../../src/core/files/prepare.js';
import { formatBytes } from '../../../src/core/files/format-bytes.js';
import { sha256Hex } from '../../../src/core/files/checksum.js';
import type { FileRejection } from '../../../src/core/files/rejection.js';
import { files as vi } from '../../../src/i18n/locales/vi/files.js';
import { files as en } from '../../../src/i18n/locales/en/files.js';
import { HTML, SVG, corruptJpeg, documentPhoto, exeBytes, file, heicBytes, pdfBytes } from './fixtures.js';

const MB = 1024 * 1024;
const PHOTOS_AND_PDF: SlotRules = { accept: ['jpeg', 'png', 'webp', 'heic', 'pdf'], maxBytes: 10 * MB };
const none: ReadonlySet<string> = new Set();

type Outcome = Awaited<ReturnType<typeof prepareFile>>;

function accepted(outcome: Outcome): PreparedFile {
  if ('rejection' in outcome) throw new Error(`rejected: ${outcome.rejection.code}`);
  return outcome.file;
}

/** The outcome is a rejection with `code` and `params`, and both languages have a message whose placeholders it fills. */
function expectRejection(outcome: Outcome, code: string, params: Record<string, string | number>): FileRejection {
  if (!('rejection' in outcome)) throw new Error(`accepted, expected ${code}`);
  const { rejection } = outcome;
  expect(rejection.code).to.equal(code);
  expect(rejection.params).to.deep.equal(params);
  for (const messages of [vi, en]) {
    const key = code.replace(/^file\./, '') as keyof typeof vi.error.file;
    const message = messages.error.file[key];
    expect(message, `${code} has a message`).to.be.a('string');
    for (const [, name] of message.matchAll(/\{\{(\w+)\}\}/g)) expect(params, `${code}: ${name}`).to.have.property(name!);
  }
  return rejection;
}

describe('prepareFile', function () {
  this.timeout(60000);

  it('accepts a 12-megapixel phone photo: shrunk, renamed .jpg, typed, hashed, stages reported', async () => {
    const photo = await documentPhoto(4000, 3000);
    const stages: string[] = [];
    const prepared = accepted(
      await prepareFile(file(photo, 'IMG_20250612_0812.JPEG', 'image/jpeg'), PHOTOS_AND_PDF, none, (stage) =>
        stages.push(stage),
      ),
    );
    expect(stages).to.deep.equal(['checking', 'shrinking']);
    expect(prepared).to.deep.include({
      name: 'IMG_20250612_0812.jpg',
      kind: 'jpeg',
      type: 'image/jpeg',
      originalSize: photo.size,
      width: 2000,
      height: 1500,
      shrunk: true,
    });
    expect(prepared.size).to.equal(prepared.blob.size);
    expect(prepared.size).to.be.lessThan(photo.size);
    expect(prepared.blob.type).to.equal('image/jpeg');
    expect(prepared.sha256).to.match(/^[0-9a-f]{64}$/);
    expect(prepared.sha256).to.equal(await sha256Hex(prepared.blob));
  });

  it('accepts a PDF as it is, typed by its bytes rather than by what the phone claimed', async () => {
    const stages: string[] = [];
    const picked = file(pdfBytes(), 'giay-xac-nhan.pdf', 'application/octet-stream');
    const prepared = accepted(await prepareFile(picked, PHOTOS_AND_PDF, none, (stage) => stages.push(stage)));
    expect(stages).to.deep.equal(['checking']);
    expect(prepared).to.deep.include({ name: 'giay-xac-nhan.pdf', kind: 'pdf', type: 'application/pdf', shrunk: false });
    expect(prepared.size).to.equal(picked.size);
    expect(prepared.blob.type).to.equal('application/pdf');
    expect(prepared).not.to.have.property('width');
    expect(prepared.sha256).to.equal(await sha256Hex(picked));
  });

  it('accepts HEIC this browser cannot decode as it is, keeping its name', async () => {
    const picked = file(heicBytes(), 'IMG_0412.HEIC', 'image/heic');
    const prepared = accepted(await prepareFile(picked, PHOTOS_AND_PDF, none));
    expect(prepared).to.deep.include({ name: 'IMG_0412.HEIC', kind: 'heic', type: 'image/heic', shrunk: false });
    expect(prepared.blob).to.equal(picked);
  });

  it('keeps a small photo as it is when shrinking would not make it smaller', async () => {
    const photo = await documentPhoto(600, 400, { quality: 0.5, noise: 0 });
    const picked = file(photo, 'the-bhyt.jpg', 'image/jpeg');
    const prepared = accepted(await prepareFile(picked, PHOTOS_AND_PDF, none));
    expect(prepared).to.deep.include({ name: 'the-bhyt.jpg', shrunk: false, width: 600, height: 400, size: photo.size });
    expect(prepared.blob).to.equal(picked);
  });

  it('rejects a zero-byte file', async () => {
    const outcome = await prepareFile(file([], 'scan.pdf', 'application/pdf'), PHOTOS_AND_PDF, none);
    expectRejection(outcome, 'file.empty', { name: 'scan.pdf' });
  });

  it('rejects a program renamed .jpg, and SVG and HTML named .png', async () => {
    for (const [content, name, type] of [
      [exeBytes(), 'anh-cccd.jpg', 'image/jpeg'],
      [SVG, 'chu-ky.png', 'image/png'],
      [HTML, 'giay-to.png', 'image/png'],
      ['Ho ten: Nguyen Van A', 'ghi-chu.pdf', 'application/pdf'],
    ] as const) {
      expectRejection(await prepareFile(file(content, name, type), PHOTOS_AND_PDF, none), 'file.type', { name });
    }
  });

  it('rejects a kind the slot does not take, naming the kinds it does', async () => {
    const rules: SlotRules = { accept: ['jpeg', 'png', 'pdf'], maxBytes: 10 * MB };
    const webp = await documentPhoto(300, 200, { type: 'image/webp' });
    const outcome = await prepareFile(file(webp, 'anh.webp', 'image/webp'), rules, none);
    expectRejection(outcome, 'file.notAccepted', { name: 'anh.webp', kinds: 'JPEG, PNG, PDF' });
  });

  it('rejects a photo that cannot be decoded', async () => {
    const broken = await corruptJpeg(await documentPhoto(800, 600));
    const outcome = await prepareFile(file(broken, 'giay-chung-sinh.jpg', 'image/jpeg'), PHOTOS_AND_PDF, none);
    expectRejection(outcome, 'file.undecodable', { name: 'giay-chung-sinh.jpg' });
  });

  it('checks the size limit after shrinking: a 4 MB photo fits a 1 MB slot, a 10.5 MB PDF does not fit 10 MB', async () => {
    const photo = await documentPhoto(4000, 3000, { seed: 3 });
    expect(photo.size).to.be.greaterThan(MB);
    const small: SlotRules = { accept: ['jpeg', 'pdf'], maxBytes: MB };
    const prepared = accepted(await prepareFile(file(photo, 'ho-khau.jpg'), small, none));
    expect(prepared.size).to.be.at.most(MB);

    const tiny: SlotRules = { accept: ['jpeg'], maxBytes: 100 * 1024 };
    const tooBig = await prepareFile(file(photo, 'ho-khau.jpg'), tiny, none);
    const rejection = expectRejection(tooBig, 'file.tooLarge', {
      name: 'ho-khau.jpg',
      max: '100 KB',
      size: formatBytes(prepared.size, 'up'),
    });
    expect(rejection.params?.['size']).to.match(/^\d+ KB$/);

    const padding = new Uint8Array(10.5 * MB - pdfBytes().length).fill(0x20);
    const bigPdf = file([pdfBytes(), padding], 'ban-scan.pdf', 'application/pdf');
    expectRejection(await prepareFile(bigPdf, PHOTOS_AND_PDF, none), 'file.tooLarge', {
      name: 'ban-scan.pdf',
      max: '10 MB',
      size: '10.5 MB',
    });
  });

  it('rejects the same file attached twice, by its SHA-256, whatever it is called', async () => {
    const first = accepted(await prepareFile(file(pdfBytes(), 'a.pdf'), PHOTOS_AND_PDF, none));
    const again = await prepareFile(file(pdfBytes(), 'a (1).pdf'), PHOTOS_AND_PDF, new Set([first.sha256]));
    expectRejection(again, 'file.duplicate', { name: 'a (1).pdf' });

    // A photo shrinks to the same bytes each time, so picking it twice is caught too.
    const photo = await documentPhoto(3000, 2000, { seed: 9 });
    const shrunk = accepted(await prepareFile(file(photo, 'p.jpg'), PHOTOS_AND_PDF, none));
    const twice = await prepareFile(file(photo, 'p.jpg'), PHOTOS_AND_PDF, new Set([first.sha256, shrunk.sha256]));
    expectRejection(twice, 'file.duplicate', { name: 'p.jpg' });
  });

  it('handles many files picked at once, each with its own outcome', async () => {
    const [jpeg, png, webp] = await Promise.all([
      documentPhoto(3000, 2000, { seed: 11 }),
      documentPhoto(1200, 900, { type: 'image/png', seed: 12 }),
      documentPhoto(2600, 1950, { type: 'image/webp', quality: 0.95, seed: 13 }),
    ]);
    const picked = [
      file(jpeg!, 'trang-1.jpg'),
      file(png!, 'trang-2.png'),
      file(webp!, 'trang-3.webp'),
      file(pdfBytes(), 'trang-4.pdf'),
      file([], 'trang-5.jpg'),
      file(exeBytes(), 'trang-6.jpg'),
    ];
    const outcomes = await Promise.all(picked.map((one) => prepareFile(one, PHOTOS_AND_PDF, none)));
    expect(outcomes.map((outcome) => ('file' in outcome ? outcome.file.name : outcome.rejection.code))).to.deep.equal([
      'trang-1.jpg',
      'trang-2.jpg',
      'trang-3.jpg',
      'trang-4.pdf',
      'file.empty',
      'file.type',
    ]);
  });

  it('never throws: a file that cannot be read becomes a rejection', async () => {
    const unreadable = {
      name: 'tu-google-drive.jpg',
      size: 2048,
      type: 'image/jpeg',
      lastModified: 0,
      slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }),
    } as unknown as File;
    const outcome = await prepareFile(unreadable, PHOTOS_AND_PDF, none);
    const rejection = expectRejection(outcome, 'file.unreadable', { name: 'tu-google-drive.jpg' });
    expect((rejection.cause as DOMException).name).to.equal('NotReadableError');
  });

  it('is not stopped by a stage listener that throws, and reports the error to the page', async () => {
    const reportError = window.reportError;
    const reported: unknown[] = [];
    window.reportError = (error) => reported.push(error);
    try {
      const outcome = await prepareFile(file(pdfBytes(), 'x.pdf'), PHOTOS_AND_PDF, none, () => {
        throw new Error('host bug');
      });
      expect('file' in outcome).to.equal(true);
      expect(reported).to.have.length(1);
    } finally {
      window.reportError = reportError;
    }
  });
});

describe('formatBytes', () => {
  it('writes sizes as a phone shows them', () => {
    const sizes = [0, 512, 1024, 350 * 1024, MB, 2.44 * MB, 10 * MB, 10.5 * MB, 123.4 * MB];
    expect(sizes.map((bytes) => formatBytes(bytes))).to.deep.equal([
      '0 B',
      '512 B',
      '1 KB',
      '350 KB',
      '1 MB',
      '2.4 MB',
      '10 MB',
      '10.5 MB',
      '123 MB',
    ]);
  });

  it('rounds up a size shown against a limit, so it never reads as equal to the limit', () => {
    expect(formatBytes(10 * MB + 1, 'up')).to.equal('10.1 MB');
    expect(formatBytes(100 * 1024 + 1, 'up')).to.equal('101 KB');
    expect(formatBytes(10 * MB + 1)).to.equal('10 MB');
  });
});

describe('file messages', () => {
  it('exist in both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name).sort();
    expect(Object.keys(en.error.file)).to.deep.equal(Object.keys(vi.error.file));
    for (const [key, text] of Object.entries(vi.error.file)) {
      expect(placeholders(en.error.file[key as keyof typeof vi.error.file]), key).to.deep.equal(placeholders(text));
    }
  });
});
