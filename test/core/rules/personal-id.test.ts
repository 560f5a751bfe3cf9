import { expect } from '@open-wc/testing';
import { checkPersonalId, decodePersonalId, normalizePersonalId } from '../../../src/core/rules/personal-id.js';

describe('normalizePersonalId', () => {
  it('strips spaces, dots and dashes', () => {
    expect(normalizePersonalId(' 001 2 24 000123 ')).to.equal('001224000123');
    expect(normalizePersonalId('001.224.000.123')).to.equal('001224000123');
    expect(normalizePersonalId('001-224-000-123')).to.equal('001224000123');
  });

  it('turns full-width digits into ASCII', () => {
    expect(normalizePersonalId('００１２２４０００１２３')).to.equal('001224000123');
  });

  it('keeps other characters so they can be reported', () => {
    expect(normalizePersonalId('00122400012a')).to.equal('00122400012a');
    expect(checkPersonalId(normalizePersonalId('00122400012a'))).to.deep.equal({ code: 'personalId.format' });
  });
});

describe('decodePersonalId', () => {
  it('decodes a 2000s female born in 2024 in Hà Nội', () => {
    expect(decodePersonalId('001324000123')).to.deep.equal({
      placeCode: '001',
      sex: 'female',
      birthYear: 2024,
      knownPlace: true,
    });
  });

  it('decodes every century digit', () => {
    const cases: Array<[string, 'male' | 'female', number]> = [
      ['0', 'male', 1988],
      ['1', 'female', 1988],
      ['2', 'male', 2088],
      ['3', 'female', 2088],
      ['4', 'male', 2188],
      ['5', 'female', 2188],
      ['6', 'male', 2288],
      ['7', 'female', 2288],
      ['8', 'male', 2388],
      ['9', 'female', 2388],
    ];
    for (const [g, sex, birthYear] of cases) {
      const decoded = decodePersonalId(`079${g}88123456`);
      expect(decoded?.sex, g).to.equal(sex);
      expect(decoded?.birthYear, g).to.equal(birthYear);
    }
  });

  it('marks place codes outside the 63 pre-2025 provinces as unknown', () => {
    expect(decodePersonalId('079090123456')?.knownPlace).to.equal(true);
    expect(decodePersonalId('096090123456')?.knownPlace).to.equal(true);
    expect(decodePersonalId('003090123456')?.knownPlace).to.equal(false);
    expect(decodePersonalId('840090123456')?.knownPlace).to.equal(false);
  });

  it('returns null unless exactly 12 digits', () => {
    expect(decodePersonalId('')).to.equal(null);
    expect(decodePersonalId('00122400012')).to.equal(null);
    expect(decodePersonalId('0012240001234')).to.equal(null);
    expect(decodePersonalId('001 224 000 123')).to.equal(null);
    expect(decodePersonalId('１２３４５６７８９０１２')).to.equal(null);
  });
});

describe('checkPersonalId', () => {
  it('accepts a well-formed number without facts', () => {
    expect(checkPersonalId('001324000123')).to.equal(null);
  });

  it('reports the format when not exactly 12 digits', () => {
    for (const id of ['', '123456789', '0013240001234', '00132400012x', '<script>', '025188001010 ']) {
      expect(checkPersonalId(id), id).to.deep.equal({ code: 'personalId.format' });
    }
  });

  it('accepts an unknown place code (registered abroad)', () => {
    expect(checkPersonalId('003324000123', { birthDate: '2024-05-01', sex: 'female' })).to.equal(null);
  });

  it('accepts a 2000s female born in 2024 matching the declared facts', () => {
    expect(checkPersonalId('001324000123', { birthDate: '2024-02-29', sex: 'female' })).to.equal(null);
  });

  it('reports a birth-year mismatch with both years', () => {
    expect(checkPersonalId('001324000123', { birthDate: '2023-12-31' })).to.deep.equal({
      code: 'personalId.birthYear',
      params: { idYear: 2024, declaredYear: 2023 },
    });
  });

  it('reports a century digit that disagrees with the birth date', () => {
    // Same YY, wrong century: "1" means a woman born in the 1900s.
    expect(checkPersonalId('001124000123', { birthDate: '2024-01-15', sex: 'female' })).to.deep.equal({
      code: 'personalId.birthYear',
      params: { idYear: 1924, declaredYear: 2024 },
    });
  });

  it('cross-checks a year-only birth date', () => {
    expect(checkPersonalId('025188001010', { birthDate: '1988' })).to.equal(null);
    expect(checkPersonalId('025188001010', { birthDate: '1989' })).to.deep.equal({
      code: 'personalId.birthYear',
      params: { idYear: 1988, declaredYear: 1989 },
    });
  });

  it('skips the year check for an empty or malformed birth date', () => {
    expect(checkPersonalId('025188001010', { birthDate: '' })).to.equal(null);
    expect(checkPersonalId('025188001010', { birthDate: '15/03/1990' })).to.equal(null);
  });

  it('reports a sex mismatch', () => {
    // 025 1 88 …: the fourth digit 1 is a woman born in the 1900s.
    expect(checkPersonalId('025188001010', { sex: 'male' })).to.deep.equal({ code: 'personalId.sex' });
    expect(checkPersonalId('025188001010', { sex: 'female' })).to.equal(null);
    expect(checkPersonalId('079088001010', { birthDate: '1988-07-01', sex: 'male' })).to.equal(null);
    expect(checkPersonalId('001324000123', { birthDate: '2024', sex: 'male' })).to.deep.equal({
      code: 'personalId.sex',
    });
  });

  it('reports the year before the sex when both disagree', () => {
    expect(checkPersonalId('001324000123', { birthDate: '2020-01-01', sex: 'male' })?.code).to.equal(
      'personalId.birthYear',
    );
  });
});
