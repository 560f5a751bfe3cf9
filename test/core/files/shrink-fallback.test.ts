import { expect } from '@open-wc/testing';
import { shrinkImage } from '../../../src/core/files/shrink.js';
import { FileRejection } from '../../../src/core/files/rejection.js';
import { corruptJpeg, documentPhoto, heicBytes } from './fixtures.js';

// A worker whose script never runs, as when a bundler lost the worker file or a CSP `worker-src` refuses it:
// the constructor succeeds and an `error` event follows.
const broken = URL.createObjectURL(new Blob(['this is not a script'], { type: 'text/javascript' }));
let started = 0;
const Native = globalThis.Worker;
globalThis.Worker = class extends Native {
  constructor(_url: string | URL, options?: WorkerOptions) {
    started++;
    super(broken, options);
  }
};

describe('shrinkImage when its worker cannot run', function () {
  this.timeout(30000);

  it('shrinks on the main thread instead, and does not try the broken worker again', async () => {
    const photo = await documentPhoto(3000, 2000);
    const first = await shrinkImage(photo, 'jpeg');
    expect(first.shrunk).to.equal(true);
    expect([first.width, first.height]).to.deep.equal([2000, 1333]);
    expect(first.blob.size).to.be.lessThan(photo.size);
    const second = await shrinkImage(photo, 'jpeg', { maxLongSide: 600 });
    expect([second.width, second.height]).to.deep.equal([600, 400]);
    expect(started).to.equal(1);
  });

  it('still rejects a corrupt photo and passes HEIC through', async () => {
    const broken = await corruptJpeg(await documentPhoto(400, 300));
    const error = await shrinkImage(broken, 'jpeg').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FileRejection);
    const heic = new Blob([heicBytes()]);
    expect((await shrinkImage(heic, 'heic')).blob).to.equal(heic);
  });
});
