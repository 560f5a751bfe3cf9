import { expect } from '@open-wc/testing';
import { checkName, joinName, normalizeName, toRecordCase } from '../../../src/core/rules/names.js';

describe('normalizeName', () => {
  it('trims and collapses inner whitespace', () => {
    expect(normalizeName('  Nguyễn   Văn\t An \n')).to.equal('Nguyễn Văn An');
  });

  it('composes decomposed text to NFC', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(decomposed).to.not.equal('Nguyễn');
    expect(normalizeName(decomposed)).to.equal('Nguyễn');
  });
});

describe('checkName', () => {
  it('accepts Vietnamese names with every kind of diacritic', () => {
    for (const name of ['Nguyễn Thị Ánh', 'Đặng Quốc Bảo', 'Trương Ngọc Ẩn', 'Huỳnh Thị Ửng', 'Lê Thị Ỷ',
      'Phạm Ỳ', 'Vũ Ữ Ợ', 'Hồ Xuân Hương', 'ĐOÀN THỊ ĐIỂM', 'Y Blốc Êban', "H'Hen Niê", 'Lê-Nguyễn']) {
      expect(checkName(name), name).to.equal(null);
    }
  });

  it('accepts decomposed input and foreign parents’ names', () => {
    expect(checkName('Nguyễn Thị Ánh'.normalize('NFD'))).to.equal(null);
    expect(checkName('O’Brien')).to.equal(null);
    expect(checkName('Müller')).to.equal(null);
    expect(checkName('李小龍')).to.equal(null);
  });

  it('passes an empty name (required-ness is the caller’s)', () => {
    expect(checkName('')).to.equal(null);
  });

  it('rejects digits, markup, symbols and emoji', () => {
    for (const name of ['Nguyễn Văn 2', 'An3', '<script>alert(1)</script>', 'Lê <b>An</b>', 'An@', 'An_Bình',
      'An.', 'An 😀', 'An\nBình', '-', "' -"]) {
      expect(checkName(name), name).to.deep.equal({ code: 'name.characters' });
    }
  });

  it('limits the length in characters, 50 by default', () => {
    expect(checkName('Ă'.repeat(50))).to.equal(null);
    expect(checkName('Ă'.repeat(51))).to.deep.equal({ code: 'name.length', params: { max: 50 } });
    expect(checkName('Nguyễn Văn An', { maxLength: 10 })).to.deep.equal({ code: 'name.length', params: { max: 10 } });
    // Length is counted after composition, so a decomposed name is not penalised for its combining marks.
    expect(checkName('Ễ'.normalize('NFD').repeat(50))).to.equal(null);
  });
});

describe('joinName', () => {
  it('joins parts with single spaces, skipping empty ones', () => {
    expect(joinName('Nguyễn', 'Văn', 'An')).to.equal('Nguyễn Văn An');
    expect(joinName('Nguyễn', '', 'An')).to.equal('Nguyễn An');
    expect(joinName('Nguyễn', undefined, ' An ')).to.equal('Nguyễn An');
    expect(joinName(' Trần ', 'Thị  Thu', 'Hà')).to.equal('Trần Thị Thu Hà');
    expect(joinName()).to.equal('');
    expect(joinName('', undefined, '  ')).to.equal('');
  });
});

describe('toRecordCase', () => {
  it('uppercases with every diacritic kept', () => {
    expect(toRecordCase('Nguyễn Thị Ánh')).to.equal('NGUYỄN THỊ ÁNH');
    expect(toRecordCase('đặng quốc bảo')).to.equal('ĐẶNG QUỐC BẢO');
    expect(toRecordCase('trương ngọc ẩn  hồ')).to.equal('TRƯƠNG NGỌC ẨN HỒ');
    expect(toRecordCase('lê thị ỷ, ửng, ữ, ợ')).to.equal('LÊ THỊ Ỷ, ỬNG, Ữ, Ợ');
  });

  it('returns NFC even for decomposed input', () => {
    const upper = toRecordCase('Nguyễn'.normalize('NFD'));
    expect(upper).to.equal('NGUYỄN');
    expect(upper).to.equal(upper.normalize('NFC'));
  });
});
