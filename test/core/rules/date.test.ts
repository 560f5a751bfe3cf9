import { expect } from '@open-wc/testing';
import {
  ageInMonths,
  checkDateRange,
  dateInWords,
  datePartsToIso,
  formatDate,
  isoToParts,
  todayIso,
} from '../../../src/core/rules/index.js';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('datePartsToIso', () => {
  it('builds an ISO date, padding one-digit day and month', () => {
    expect(datePartsToIso(parts('15', '03', '2026'))).to.deep.equal({ value: '2026-03-15' });
    expect(datePartsToIso(parts('5', '3', '2026'))).to.deep.equal({ value: '2026-03-05' });
    expect(datePartsToIso(parts(' 05 ', ' 03 ', ' 2026 '))).to.deep.equal({ value: '2026-03-05' });
  });

  it('gives an empty value when nothing was entered', () => {
    expect(datePartsToIso(parts('', '', ''))).to.deep.equal({ value: '' });
    expect(datePartsToIso(parts(' ', '', ' '))).to.deep.equal({ value: '' });
  });

  it('names the first missing part', () => {
    expect(datePartsToIso(parts('', '03', '2026'))).to.deep.equal({
      issue: { code: 'date.incomplete', params: { missing: 'day' } },
    });
    expect(datePartsToIso(parts('15', '', '2026'))).to.deep.equal({
      issue: { code: 'date.incomplete', params: { missing: 'month' } },
    });
    expect(datePartsToIso(parts('15', '03', ''))).to.deep.equal({
      issue: { code: 'date.incomplete', params: { missing: 'year' } },
    });
  });

  it('accepts 29/02 only in leap years', () => {
    expect(datePartsToIso(parts('29', '02', '2024'))).to.deep.equal({ value: '2024-02-29' });
    expect(datePartsToIso(parts('29', '02', '2000'))).to.deep.equal({ value: '2000-02-29' });
    expect(datePartsToIso(parts('29', '02', '2023'))).to.deep.equal({ issue: { code: 'date.invalid' } });
    expect(datePartsToIso(parts('29', '02', '1900'))).to.deep.equal({ issue: { code: 'date.invalid' } });
  });

  it('rejects days and months that do not exist, and non-digits', () => {
    for (const [d, m, y] of [['31', '02', '2024'], ['31', '04', '2024'], ['00', '01', '2024'], ['1', '13', '2024'],
      ['1', '0', '2024'], ['a', '01', '2024'], ['1', 'Ba', '2024'], ['1.5', '1', '2024'], ['001', '1', '2024'],
      ['1', '1', '20x4'], ['-1', '1', '2024']]) {
      expect(datePartsToIso(parts(d!, m!, y!)), `${d}/${m}/${y}`).to.deep.equal({ issue: { code: 'date.invalid' } });
    }
  });

  it('rejects years that are not 4 digits or outside 1850–2150', () => {
    const year = { issue: { code: 'date.year', params: { min: 1850, max: 2150 } } };
    for (const y of ['24', '202', '20240', '1849', '2151', '0000']) {
      expect(datePartsToIso(parts('1', '1', y)), y).to.deep.equal(year);
    }
    expect(datePartsToIso(parts('1', '1', '1850'))).to.deep.equal({ value: '1850-01-01' });
    expect(datePartsToIso(parts('31', '12', '2150'))).to.deep.equal({ value: '2150-12-31' });
  });

  it('accepts full-width digits', () => {
    expect(datePartsToIso(parts('１５', '０３', '２０２６'))).to.deep.equal({ value: '2026-03-15' });
  });
});

describe('isoToParts', () => {
  it('splits a full date and a bare year', () => {
    expect(isoToParts('2026-03-15')).to.deep.equal(parts('15', '03', '2026'));
    expect(isoToParts('1978')).to.deep.equal(parts('', '', '1978'));
  });

  it('keeps an impossible but well-shaped date so its error can be shown', () => {
    expect(isoToParts('2024-02-31')).to.deep.equal(parts('31', '02', '2024'));
  });

  it('gives empty parts for empty or malformed input', () => {
    for (const iso of ['', '15/03/2026', '2026-3-15', '2026-03-15T00:00:00Z', 'abc']) {
      expect(isoToParts(iso), iso).to.deep.equal(parts('', '', ''));
    }
  });

  it('round-trips with datePartsToIso', () => {
    expect(datePartsToIso(isoToParts('2024-02-29'))).to.deep.equal({ value: '2024-02-29' });
  });
});

describe('todayIso', () => {
  it('uses the local date', () => {
    expect(todayIso(new Date(2026, 0, 5, 0, 30))).to.equal('2026-01-05');
    expect(todayIso(new Date(2024, 11, 31, 23, 59))).to.equal('2024-12-31');
  });

  it('defaults to now and survives an invalid date', () => {
    expect(todayIso()).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(todayIso(new Date('nonsense'))).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('checkDateRange', () => {
  const range = { notBefore: '2020-01-01', notAfter: '2026-03-15' };

  it('passes dates inside the range, including both ends', () => {
    expect(checkDateRange('2024-06-01', range)).to.equal(null);
    expect(checkDateRange('2020-01-01', range)).to.equal(null);
    expect(checkDateRange('2026-03-15', range)).to.equal(null);
  });

  it('reports a date after notAfter with the limit as dd/mm/yyyy', () => {
    expect(checkDateRange('2026-03-16', range)).to.deep.equal({ code: 'date.future', params: { max: '15/03/2026' } });
  });

  it('reports a date before notBefore', () => {
    expect(checkDateRange('2019-12-31', range)).to.deep.equal({ code: 'date.tooEarly', params: { min: '01/01/2020' } });
  });

  it('fails a bare year only when the whole year is out of range', () => {
    expect(checkDateRange('2026', range)).to.equal(null);
    expect(checkDateRange('2020', range)).to.equal(null);
    expect(checkDateRange('2027', range)?.code).to.equal('date.future');
    expect(checkDateRange('2019', range)?.code).to.equal('date.tooEarly');
  });

  it('passes empty, reports malformed dates and ignores malformed bounds', () => {
    expect(checkDateRange('', range)).to.equal(null);
    expect(checkDateRange('2024-02-30', range)).to.deep.equal({ code: 'date.invalid' });
    expect(checkDateRange('15/03/2026', range)).to.deep.equal({ code: 'date.invalid' });
    expect(checkDateRange('2030-01-01', { notAfter: 'today' })).to.equal(null);
    expect(checkDateRange('2030-01-01', {})).to.equal(null);
  });
});

describe('formatDate', () => {
  it('formats ISO dates and years, and leaves anything else alone', () => {
    expect(formatDate('2026-03-05')).to.equal('05/03/2026');
    expect(formatDate('1978')).to.equal('1978');
    expect(formatDate('')).to.equal('');
    expect(formatDate('sometime')).to.equal('sometime');
  });
});

describe('dateInWords (vi)', () => {
  const cases: Array<[string, string]> = [
    ['2026-03-15', 'Ngày mười lăm, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2001-01-01', 'Ngày một, tháng một, năm hai nghìn không trăm linh một'],
    ['2010-04-04', 'Ngày bốn, tháng tư, năm hai nghìn không trăm mười'],
    ['2024-05-05', 'Ngày năm, tháng năm, năm hai nghìn không trăm hai mươi tư'],
    ['2024-10-10', 'Ngày mười, tháng mười, năm hai nghìn không trăm hai mươi tư'],
    ['2024-11-11', 'Ngày mười một, tháng mười một, năm hai nghìn không trăm hai mươi tư'],
    ['2024-12-14', 'Ngày mười bốn, tháng mười hai, năm hai nghìn không trăm hai mươi tư'],
    ['2021-07-21', 'Ngày hai mươi mốt, tháng bảy, năm hai nghìn không trăm hai mươi mốt'],
    ['2024-08-24', 'Ngày hai mươi tư, tháng tám, năm hai nghìn không trăm hai mươi tư'],
    ['2025-09-25', 'Ngày hai mươi lăm, tháng chín, năm hai nghìn không trăm hai mươi lăm'],
    ['2015-06-20', 'Ngày hai mươi, tháng sáu, năm hai nghìn không trăm mười lăm'],
    ['2000-01-31', 'Ngày ba mươi mốt, tháng một, năm hai nghìn'],
    ['1990-01-01', 'Ngày một, tháng một, năm một nghìn chín trăm chín mươi'],
    ['1905-02-28', 'Ngày hai mươi tám, tháng hai, năm một nghìn chín trăm linh năm'],
    ['2104-02-29', 'Ngày hai mươi chín, tháng hai, năm hai nghìn một trăm linh bốn'],
    ['2100-03-30', 'Ngày ba mươi, tháng ba, năm hai nghìn một trăm'],
  ];
  for (const [iso, words] of cases) {
    it(`${iso} → ${words}`, () => {
      expect(dateInWords(iso, 'vi')).to.equal(words);
    });
  }

  it('reads a bare year', () => {
    expect(dateInWords('1978', 'vi')).to.equal('Năm một nghìn chín trăm bảy mươi tám');
  });
});

describe('dateInWords (en)', () => {
  const cases: Array<[string, string]> = [
    ['2026-03-15', 'the fifteenth of March, two thousand twenty-six'],
    ['2001-01-01', 'the first of January, two thousand one'],
    ['2010-04-04', 'the fourth of April, two thousand ten'],
    ['2024-05-05', 'the fifth of May, two thousand twenty-four'],
    ['2024-10-10', 'the tenth of October, two thousand twenty-four'],
    ['2024-11-11', 'the eleventh of November, two thousand twenty-four'],
    ['2024-12-14', 'the fourteenth of December, two thousand twenty-four'],
    ['2021-07-21', 'the twenty-first of July, two thousand twenty-one'],
    ['2024-08-24', 'the twenty-fourth of August, two thousand twenty-four'],
    ['2025-09-25', 'the twenty-fifth of September, two thousand twenty-five'],
    ['2024-06-02', 'the second of June, two thousand twenty-four'],
    ['2024-06-03', 'the third of June, two thousand twenty-four'],
    ['2024-06-12', 'the twelfth of June, two thousand twenty-four'],
    ['2024-06-20', 'the twentieth of June, two thousand twenty-four'],
    ['2024-01-30', 'the thirtieth of January, two thousand twenty-four'],
    ['1990-12-31', 'the thirty-first of December, one thousand nine hundred ninety'],
  ];
  for (const [iso, words] of cases) {
    it(`${iso} → ${words}`, () => {
      expect(dateInWords(iso, 'en')).to.equal(words);
    });
  }

  it('reads a bare year', () => {
    expect(dateInWords('2024', 'en')).to.equal('the year two thousand twenty-four');
  });
});

describe('dateInWords (invalid)', () => {
  it('gives an empty string for missing or impossible dates', () => {
    for (const iso of ['', '2023-02-29', '15/03/2026', 'abc']) {
      expect(dateInWords(iso, 'vi'), iso).to.equal('');
      expect(dateInWords(iso, 'en'), iso).to.equal('');
    }
  });
});

describe('ageInMonths', () => {
  it('counts whole months, complete on the same day of the month', () => {
    expect(ageInMonths('2024-03-15', '2024-03-15')).to.equal(0);
    expect(ageInMonths('2024-03-15', '2024-04-14')).to.equal(0);
    expect(ageInMonths('2024-03-15', '2024-04-15')).to.equal(1);
    expect(ageInMonths('2020-03-15', '2026-03-14')).to.equal(71);
    expect(ageInMonths('2020-03-15', '2026-03-15')).to.equal(72);
  });

  it('completes a month on the last day of a shorter month', () => {
    expect(ageInMonths('2024-01-31', '2024-02-28')).to.equal(0);
    expect(ageInMonths('2024-01-31', '2024-02-29')).to.equal(1);
    expect(ageInMonths('2023-01-31', '2023-02-28')).to.equal(1);
    expect(ageInMonths('2020-02-29', '2026-02-28')).to.equal(72);
  });

  it('is negative before the birth and NaN for malformed dates', () => {
    expect(ageInMonths('2024-03-15', '2024-03-10')).to.equal(-1);
    expect(Number.isNaN(ageInMonths('', '2024-03-10'))).to.equal(true);
    expect(Number.isNaN(ageInMonths('2024-03-15', '2024'))).to.equal(true);
    expect(Number.isNaN(ageInMonths('2023-02-29', '2024-03-10'))).to.equal(true);
  });
});
