import { expect } from '@open-wc/testing';
import { shrinkImage } from '../../../src/core/files/shrink.js';
import { documentPhoto } from './fixtures.js';

// A browser (or an embedding web view) without module workers.
Reflect.deleteProperty(globalThis, 'Worker');

describe('shrinkImage without Worker support', function () {
  this.timeout(30000);

  it('shrinks on the main thread', async () => {
    expect(typeof globalThis.Worker).to.equal('undefined');
    const photo = await documentPhoto(2400, 1800);
    const decode = globalThis.createImageBitmap;
    let pageDecodes = 0;
    globalThis.createImageBitmap = ((...args: unknown[]) => {
      pageDecodes++;
      return Reflect.apply(decode, globalThis, args);
    }) as typeof decode;
    const result = await shrinkImage(photo, 'jpeg', { maxLongSide: 1200 }).finally(
      () => (globalThis.createImageBitmap = decode),
    );
    expect(pageDecodes).to.equal(1);
    expect(result.shrunk).to.equal(true);
    expect([result.width, result.height]).to.deep.equal([1200, 900]);
    // The fallback is loaded only now, on demand.
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.includes('shrink-core'))).to.equal(true);
  });
});
