import { expect } from '@open-wc/testing';
import { shrinkImage } from '../../../src/core/files/shrink.js';
import { documentPhoto } from './fixtures.js';

describe('shrinkImage under Trusted Types', function () {
  this.timeout(30000);

  it('still starts its worker when the page requires Trusted Types for scripts', async () => {
    const photo = await documentPhoto(2400, 1800);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
    // The policy is enforced from now on: a plain URL handed to `new Worker` is refused.
    expect(() => new Worker('data:text/javascript,', { type: 'module' })).to.throw(TypeError);

    const started: unknown[] = [];
    const Native = globalThis.Worker;
    globalThis.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        started.push(url);
        super(url, options);
      }
    };
    const result = await shrinkImage(photo, 'jpeg', { maxLongSide: 1000 });
    expect(result.shrunk).to.equal(true);
    expect(result.width).to.equal(1000);
    expect(started).to.have.length(1);
    expect(Object.prototype.toString.call(started[0])).to.equal('[object TrustedScriptURL]');
  });
});
