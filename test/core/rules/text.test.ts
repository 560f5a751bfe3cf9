import { expect } from '@open-wc/testing';
import { checkLength, hasControlCharacters } from '../../../src/core/rules/text.js';

describe('checkLength', () => {
  it('passes within the bounds and with no bounds', () => {
    expect(checkLength('Số 12, đường Lê Lợi', { min: 1, max: 200 })).to.equal(null);
    expect(checkLength('', {})).to.equal(null);
    expect(checkLength('abc', { min: 3, max: 3 })).to.equal(null);
  });

  it('reports too short and too long with the limit', () => {
    expect(checkLength('ab', { min: 3 })).to.deep.equal({ code: 'text.tooShort', params: { min: 3 } });
    expect(checkLength('', { min: 1 })).to.deep.equal({ code: 'text.tooShort', params: { min: 1 } });
    expect(checkLength('abcd', { max: 3 })).to.deep.equal({ code: 'text.tooLong', params: { max: 3 } });
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(checkLength('😀😀😀', { max: 3 })).to.equal(null);
    expect(checkLength('Nguyễn', { max: 6 })).to.equal(null);
  });
});

describe('hasControlCharacters', () => {
  it('ignores ordinary text, tabs and line breaks', () => {
    expect(hasControlCharacters('Thôn 3,\txã Hòa Bình\r\nTỉnh Đồng Nai')).to.equal(false);
    expect(hasControlCharacters('')).to.equal(false);
  });

  it('finds C0, DEL and C1 controls', () => {
    expect(hasControlCharacters('a\u0000b')).to.equal(true);
    expect(hasControlCharacters('a\u001Bb')).to.equal(true);
    expect(hasControlCharacters('a\u007Fb')).to.equal(true);
    expect(hasControlCharacters('a\u0085b')).to.equal(true);
  });

  it('finds bidirectional overrides', () => {
    expect(hasControlCharacters('abc\u202Edcba')).to.equal(true);
    expect(hasControlCharacters('abc\u2066x\u2069')).to.equal(true);
  });
});
