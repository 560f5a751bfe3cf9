import { expect } from '@open-wc/testing';
import { DEFAULT_MAX_LONG_SIDE, shrinkImage } from '../../../src/core/files/shrink.js';
import { FileRejection } from '../../../src/core/files/rejection.js';
import {
  corruptJpeg,
  dimensions,
  documentPhoto,
  heicBytes,
  pdfBytes,
  pixelAt,
  transparentPng,
  withExifOrientation,
} from './fixtures.js';

/** Every worker this page starts, recorded by wrapping the constructor before the first shrink. */
const startedWorkers: string[] = [];
const NativeWorker = globalThis.Worker;
globalThis.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    startedWorkers.push(String(url));
    super(url, options);
  }
};

/**
 * Runs `during` and returns its result with the main-thread tasks of 50 ms or more seen meanwhile (Long Tasks
 * API). A timer probe would also count time the page was idle but not scheduled on a busy machine.
 */
async function watchLongTasks<T>(during: () => Promise<T>): Promise<{ result: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  try {
    const result = await during();
    await new Promise((resolve) => setTimeout(resolve, 50)); // entries are delivered after their task
    longTasks.push(...observer.takeRecords().map((entry) => entry.duration));
    return { result, longTasks };
  } finally {
    observer.disconnect();
  }
}

describe('shrinkImage', function () {
  this.timeout(60000);

  let bigPhoto: Blob;
  before(async () => {
    // 12 megapixels, as a mid-range phone camera takes them.
    bigPhoto = await documentPhoto(4000, 3000, { quality: 0.92 });
    // Let the collector clear the drawing's pixel buffers now, not during the measured shrink.
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  it('shrinks a 12-megapixel photo to the default long side, as a smaller JPEG, in a worker', async () => {
    expect(bigPhoto.size, 'a realistic input').to.be.greaterThan(2_000_000);
    // Count decodes on this page while shrinking: none, if the worker did them.
    const decode = globalThis.createImageBitmap;
    let pageDecodes = 0;
    globalThis.createImageBitmap = ((...args: unknown[]) => {
      pageDecodes++;
      return Reflect.apply(decode, globalThis, args);
    }) as typeof decode;
    const { result, longTasks } = await watchLongTasks(() => shrinkImage(bigPhoto, 'jpeg')).finally(
      () => (globalThis.createImageBitmap = decode),
    );
    expect(pageDecodes).to.equal(0);
    expect(result.shrunk).to.equal(true);
    expect([result.width, result.height]).to.deep.equal([DEFAULT_MAX_LONG_SIDE, 1500]);
    expect(result.blob.type).to.equal('image/jpeg');
    expect(result.blob.size).to.be.lessThan(bigPhoto.size / 4);
    expect(await dimensions(result.blob)).to.deep.equal({ width: 2000, height: 1500 });
    // The page kept running while the photo was decoded, resampled and encoded: the work was elsewhere.
    expect(startedWorkers).to.have.length(1);
    expect(startedWorkers[0]).to.match(/shrink\.worker\.ts$/);
    expect(longTasks, 'main-thread tasks of 50 ms or more').to.deep.equal([]);
  });

  it('reuses the one worker for many photos, and shrinks photos picked together one after another', async () => {
    const photos = await Promise.all([1, 2, 3].map((seed) => documentPhoto(2400, 1800, { seed })));
    const results = await Promise.all(photos.map((photo) => shrinkImage(photo, 'jpeg', { maxLongSide: 1200 })));
    for (const result of results) {
      expect(result.shrunk).to.equal(true);
      expect([result.width, result.height]).to.deep.equal([1200, 900]);
    }
    expect(startedWorkers).to.have.length(1);
  });

  it('honours options, and replaces nonsense options by the defaults', async () => {
    const small = await shrinkImage(bigPhoto, 'jpeg', { maxLongSide: 800, quality: 0.5 });
    expect([small.width, small.height]).to.deep.equal([800, 600]);
    const silly = await shrinkImage(bigPhoto, 'jpeg', { maxLongSide: Number.NaN, quality: 80 });
    expect([silly.width, silly.height]).to.deep.equal([2000, 1500]);
  });

  it('turns the photo upright from its EXIF orientation: width and height swap for orientation 6', async () => {
    // The sensor's landscape picture, tagged "rotate 90° clockwise", as a phone held upright stores it.
    const sideways = await withExifOrientation(await documentPhoto(3000, 2000, { seed: 4 }), 6);
    expect(await dimensions(sideways)).to.deep.equal({ width: 2000, height: 3000 });
    const result = await shrinkImage(sideways, 'jpeg');
    expect(result.shrunk).to.equal(true);
    expect([result.width, result.height]).to.deep.equal([1333, 2000]);
    // The rotation is in the pixels now; the new JPEG has no EXIF to apply a second time.
    const plain = await createImageBitmap(result.blob, { imageOrientation: 'none' });
    expect([plain.width, plain.height]).to.deep.equal([1333, 2000]);
  });

  it('does not enlarge or re-encode a small photo when that would not make it smaller', async () => {
    // A clean, small JPEG at a lower quality than the default: re-encoding at 0.8 only adds bytes.
    const small = await documentPhoto(640, 480, { quality: 0.5, noise: 0 });
    const result = await shrinkImage(small, 'jpeg');
    expect(result.shrunk).to.equal(false);
    expect(result.blob).to.equal(small);
    expect([result.width, result.height]).to.deep.equal([640, 480]);
  });

  it('turns a large PNG screenshot into a JPEG when that is smaller, keeping its size in pixels', async () => {
    const png = await documentPhoto(1600, 1200, { type: 'image/png', seed: 5 });
    const result = await shrinkImage(png, 'png');
    expect(result.shrunk).to.equal(true);
    expect(result.blob.type).to.equal('image/jpeg');
    expect(result.blob.size).to.be.lessThan(png.size);
    expect([result.width, result.height]).to.deep.equal([1600, 1200]);
  });

  it('shrinks WebP photos as well', async () => {
    const webp = await documentPhoto(3200, 2400, { type: 'image/webp', quality: 0.95, seed: 6 });
    const result = await shrinkImage(webp, 'webp');
    expect(result.shrunk).to.equal(true);
    expect([result.width, result.height]).to.deep.equal([2000, 1500]);
  });

  it('fills transparency with white, not black, when a PNG becomes a JPEG', async () => {
    const png = await transparentPng(3000, 3000);
    const result = await shrinkImage(png, 'png', { maxLongSide: 1000 });
    expect(result.shrunk).to.equal(true);
    const [r, g, b] = await pixelAt(result.blob, 10, 10);
    expect(Math.min(r!, g!, b!)).to.be.greaterThan(245);
    const [cr] = await pixelAt(result.blob, 500, 500);
    expect(cr).to.be.lessThan(10);
  });

  it('never touches a PDF', async () => {
    const pdf = new Blob([pdfBytes()], { type: 'application/pdf' });
    expect(await shrinkImage(pdf, 'pdf')).to.deep.equal({ blob: pdf, width: 0, height: 0, shrunk: false });
  });

  it('passes HEIC that this browser cannot decode through as it is', async () => {
    const heic = new Blob([heicBytes()], { type: 'image/heic' });
    const result = await shrinkImage(heic, 'heic');
    expect(result).to.deep.equal({ blob: heic, width: 0, height: 0, shrunk: false });
  });

  it('rejects a photo that cannot be decoded with file.undecodable, and keeps working afterwards', async () => {
    const broken = await corruptJpeg(await documentPhoto(800, 600, { seed: 8 }));
    let caught: unknown;
    await shrinkImage(broken, 'jpeg').catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(FileRejection);
    expect((caught as FileRejection).code).to.equal('file.undecodable');
    const next = await shrinkImage(bigPhoto, 'jpeg', { maxLongSide: 400 });
    expect(next.width).to.equal(400);
  });
});
