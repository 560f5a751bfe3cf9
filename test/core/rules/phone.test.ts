import { expect } from '@open-wc/testing';
import { checkPhone, normalizePhone } from '../../../src/core/rules/phone.js';

describe('normalizePhone', () => {
  it('rewrites the usual ways of writing a number', () => {
    for (const raw of ['+84 912 345 678', '84912345678', '0912.345.678', '(091) 234-5678', ' 0912 345 678 ']) {
      expect(normalizePhone(raw), raw).to.equal('0912345678');
    }
  });

  it('handles 0084 and a trunk 0 written after +84', () => {
    expect(normalizePhone('0084 912 345 678')).to.equal('0912345678');
    expect(normalizePhone('+84 (0) 912 345 678')).to.equal('0912345678');
    expect(normalizePhone('+840912345678')).to.equal('0912345678');
  });

  it('turns full-width digits into ASCII', () => {
    expect(normalizePhone('０９１２３４５６７８')).to.equal('0912345678');
  });

  it('leaves unparseable input trimmed as is', () => {
    expect(normalizePhone('  gọi sau  ')).to.equal('gọi sau');
    expect(normalizePhone(' 0912 345 678 ext 2 ')).to.equal('0912 345 678 ext 2');
    expect(normalizePhone('')).to.equal('');
  });
});

describe('checkPhone', () => {
  it('accepts mobile numbers of every carrier prefix', () => {
    for (const phone of ['0862345678', '0321234567', '0399999999', '0881234567', '0701234567', '0761234567',
      '0921234567', '0561234567', '0591234567', '0991234567', '0871234567', '0551234567', '0521234567']) {
      expect(checkPhone(phone), phone).to.equal(null);
    }
  });

  it('accepts a +84 number with spaces once normalised', () => {
    expect(checkPhone(normalizePhone('+84 98 765 4321'))).to.equal(null);
  });

  it('rejects a landline', () => {
    expect(checkPhone(normalizePhone('024 3825 1234'))).to.deep.equal({ code: 'phone.format' });
    expect(checkPhone('02838221234')).to.deep.equal({ code: 'phone.format' });
  });

  it('rejects wrong lengths, unused prefixes and text', () => {
    for (const phone of ['', '091234567', '09123456789', '0312345678', '0512345678', '0712345678', '0801234567',
      '01234567890', '+84912345678', 'abc', '0912 345 678']) {
      expect(checkPhone(phone), phone).to.deep.equal({ code: 'phone.format' });
    }
  });
});
