import { expect } from '@open-wc/testing';
import { sha256Hex } from '../../../src/core/files/checksum.js';
import { sha256 } from '../../../src/core/files/sha256-fallback.js';
import { pdfBytes, random } from './fixtures.js';

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

describe('sha256Hex', () => {
  it('gives the published test vectors (FIPS 180-4 examples) in lowercase hex', async () => {
    expect(await sha256Hex(new Blob([]))).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(new Blob(['abc']))).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(new Blob(['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq']))).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('depends only on the bytes, not on the name or type', async () => {
    const a = new File([pdfBytes()], 'a.pdf', { type: 'application/pdf' });
    const b = new File([pdfBytes()], 'b.jpg', { type: 'image/jpeg' });
    expect(await sha256Hex(a)).to.equal(await sha256Hex(b));
    expect(await sha256Hex(a)).not.to.equal(await sha256Hex(new Blob([pdfBytes('khac')])));
  });
});

describe('the script SHA-256 used outside secure contexts', () => {
  it('agrees with crypto.subtle at every padding boundary and on a few MB', async () => {
    const rnd = random(42);
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 3 * 1024 * 1024 + 7]) {
      const data = new Uint8Array(length).map(() => Math.floor(rnd() * 256));
      const native = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
      expect(hex(sha256(data)), `${length} bytes`).to.equal(hex(native));
    }
  });

  it('is what sha256Hex uses where crypto.subtle is missing (a page on plain http)', async () => {
    const blob = new Blob([pdfBytes()]);
    const expected = await sha256Hex(blob);
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(crypto.subtle).to.equal(undefined);
      expect(await sha256Hex(blob)).to.equal(expected);
    } finally {
      Reflect.deleteProperty(crypto, 'subtle');
    }
    expect(crypto.subtle).to.be.instanceOf(SubtleCrypto);
  });
});
