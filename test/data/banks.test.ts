/**
 * The generated bank list (scripts/build-banks.ts) and its search index (src/data/bank-search.ts): counts,
 * BINs, the corrections made to the VietQR data, and the queries a citizen types to find a bank.
 */
import { expect } from '@open-wc/testing';
import { bankIndex } from '../../src/data/bank-search.js';
import { BANKS, MOST_USED_BINS, bankByBin, type Bank } from '../../src/data/banks.js';

const index = bankIndex(BANKS);

/** Short names of the matches for `query`, best first. */
const found = (query: string, limit?: number): string[] =>
  index.search(query, limit === undefined ? undefined : { limit }).map((bank) => bank.shortName);

/** The best match for `query`, or `undefined`. */
const first = (query: string): Bank | undefined => index.search(query, { limit: 1 })[0];

describe('bank list', () => {
  it('has the 65 entries of the VietQR list', () => {
    expect(BANKS).to.have.length(65);
  });

  it('has unique BINs of 6 digits', () => {
    for (const bank of BANKS) expect(bank.bin, bank.shortName).to.match(/^\d{6}$/);
    expect(new Set(BANKS.map((bank) => bank.bin)).size).to.equal(BANKS.length);
  });

  it('has a code, short name and full name for each entry, and only Vietnamese BICs', () => {
    for (const bank of BANKS) {
      expect(bank.code.trim(), bank.bin).not.to.equal('');
      expect(bank.shortName.trim(), bank.bin).not.to.equal('');
      expect(bank.name, bank.bin).to.equal(bank.name.trim());
      expect(bank.name, bank.bin).to.equal(bank.name.normalize('NFC'));
      if (bank.swift !== undefined) expect(bank.swift, bank.bin).to.match(/^[A-Z]{4}VN[A-Z0-9]{2}([A-Z0-9]{3})?$/);
    }
  });

  it('is sorted by short name', () => {
    const names = BANKS.map((bank) => bank.shortName.toLowerCase());
    expect(names).to.deep.equal([...names].sort());
  });

  it('holds no remote URL (no logos)', () => {
    for (const bank of BANKS) {
      expect(Object.keys(bank)).to.have.members(bank.swift === undefined ? ['bin', 'code', 'shortName', 'name', 'kind'] : ['bin', 'code', 'shortName', 'name', 'swift', 'kind']);
      for (const value of Object.values(bank)) expect(value).not.to.match(/https?:|\/\//);
    }
  });

  it('has the popular banks the seed complaint missed', () => {
    expect(bankByBin('970436')).to.include({ shortName: 'Vietcombank', code: 'VCB', swift: 'BFTVVNVX', kind: 'bank' });
    expect(bankByBin('970407')).to.include({ shortName: 'Techcombank', code: 'TCB', swift: 'VTCBVNVX' });
    expect(bankByBin('970405')).to.include({ shortName: 'Agribank', code: 'VBA', swift: 'VBAAVNVX' });
  });

  it('finds entries by BIN, and nothing for unknown or malformed BINs', () => {
    expect(bankByBin('970418')?.shortName).to.equal('BIDV');
    expect(bankByBin('000000')).to.equal(undefined);
    expect(bankByBin('')).to.equal(undefined);
    expect(bankByBin(' 970418')).to.equal(undefined);
    expect(bankByBin(970418 as unknown as string)).to.equal(undefined);
  });
});

describe('bank list corrections', () => {
  it('drops the bogus SWIFT code OCBKUS3M of MBV', () => {
    const mbv = bankByBin('970414')!;
    expect(mbv.shortName).to.equal('MBV');
    expect(mbv.swift).to.equal(undefined);
    expect(BANKS.some((bank) => bank.swift === 'OCBKUS3M')).to.equal(false);
  });

  it('keeps DongA Bank\'s EACBVNVX for Vikki, the same bank renamed', () => {
    expect(bankByBin('970406')).to.include({ shortName: 'Vikki', swift: 'EACBVNVX' });
  });

  it('calls 970454 BVBank, "Ngân hàng TMCP Bản Việt"', () => {
    expect(bankByBin('970454')).to.include({ shortName: 'BVBank', name: 'Ngân hàng TMCP Bản Việt', code: 'VCCB' });
    expect(BANKS.some((bank) => bank.shortName === 'VietCapitalBank')).to.equal(false);
  });

  it('classifies the e-wallets and the finance company, and everything else as a bank', () => {
    const kinds = Object.fromEntries(BANKS.filter((bank) => bank.kind !== 'bank').map((bank) => [bank.shortName, bank.kind]));
    expect(kinds).to.deep.equal({ MoMo: 'wallet', ViettelMoney: 'wallet', VNPTMoney: 'wallet', MAFC: 'finance' });
  });

  it('keeps VBSP, the Bank for Social Policies', () => {
    expect(bankByBin('999888')).to.include({ shortName: 'VBSP', name: 'Ngân hàng Chính sách Xã hội', kind: 'bank' });
  });

  it('writes the full names in NFC and trimmed (MAFC\'s ended with a space)', () => {
    expect(bankByBin('977777')!.name).to.equal('Công ty Tài chính TNHH MTV Mirae Asset (Việt Nam)');
    // The source wrote Vietcombank's tone marks as combining characters.
    expect(bankByBin('970436')!.name).to.equal('Ngân hàng TMCP Ngoại Thương Việt Nam'.normalize('NFC'));
  });
});

describe('most used banks', () => {
  it('resolves every BIN to a bank, once each', () => {
    expect(MOST_USED_BINS.length).to.be.within(5, 12);
    expect(new Set(MOST_USED_BINS).size).to.equal(MOST_USED_BINS.length);
    for (const bin of MOST_USED_BINS) {
      const bank = bankByBin(bin);
      expect(bank, bin).not.to.equal(undefined);
      expect(bank!.kind, bin).to.equal('bank');
    }
  });

  it('includes the four state-owned commercial banks and the popular joint-stock ones', () => {
    const names = MOST_USED_BINS.map((bin) => bankByBin(bin)!.shortName);
    expect(names).to.include.members(['Agribank', 'Vietcombank', 'VietinBank', 'BIDV', 'Techcombank', 'MBBank']);
  });
});

describe('bank search', () => {
  /** Each bank, with queries that must each find it first. */
  const FIRST: Record<string, string[]> = {
    Vietcombank: ['vietcom', 'VCB', 'vcb', 'ngoai thuong', 'Ngoại Thương', '970436', 'BFTVVNVX', 'bftvvnvx', 'Vietcombank'],
    Techcombank: ['techcom', 'TCB', 'ky thuong', 'kỹ thương', '970407', 'VTCBVNVX', 'techcombank'],
    Agribank: ['agri', 'nông nghiệp', 'nong nghiep', 'VBA', '970405', 'VBAAVNVX'],
    MBBank: ['mb', 'MB', 'mb bank', 'quan doi', 'Quân đội', '970422'],
    VietinBank: ['vietin', 'ICB', 'cong thuong viet nam'],
    BIDV: ['bidv', 'dau tu va phat trien'],
    VBSP: ['vbsp', 'chinh sach xa hoi', 'nhcsxh', '999888'],
  };
  for (const [shortName, queries] of Object.entries(FIRST)) {
    for (const query of queries) {
      it(`finds ${shortName} first for "${query}"`, () => {
        expect(first(query)?.shortName).to.equal(shortName);
      });
    }
  }

  it('finds Vietcombank, Techcombank and Agribank first by at least three different queries each', () => {
    for (const shortName of ['Vietcombank', 'Techcombank', 'Agribank']) {
      const queries = FIRST[shortName]!.filter((query) => first(query)?.shortName === shortName);
      expect(new Set(queries.map((query) => query.toLowerCase())).size, shortName).to.be.at.least(3);
    }
  });

  it('finds full names with or without diacritics', () => {
    for (const bank of BANKS) {
      const plain = bank.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
      expect(found(bank.name), bank.name).to.include(bank.shortName);
      expect(found(plain), plain).to.include(bank.shortName);
    }
    expect(first('Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam')?.shortName).to.equal('Agribank');
    expect(first('ngan hang nong nghiep va phat trien nong thon viet nam')?.shortName).to.equal('Agribank');
    expect(first('NGÂN HÀNG TMCP KỸ THƯƠNG VIỆT NAM')?.shortName).to.equal('Techcombank');
  });

  it('finds every entry first by its BIN, and by its SWIFT code', () => {
    for (const bank of BANKS) {
      expect(first(bank.bin)?.bin, bank.bin).to.equal(bank.bin);
      if (bank.swift !== undefined) expect(found(bank.swift)[0], bank.swift).to.be.oneOf(BANKS.filter((b) => b.swift === bank.swift).map((b) => b.shortName));
    }
    expect(first('VTCBVNVX')?.shortName).to.equal('Techcombank');
    // A BIN typed partly lists the banks it begins.
    expect(found('97043')).to.include.members(['Vietcombank', 'VPBank', 'HDBank', 'Eximbank']);
  });

  it('finds renamed banks by their former names', () => {
    expect(first('LienVietPostBank')?.shortName).to.equal('LPBank');
    expect(first('buu dien lien viet')?.shortName).to.equal('LPBank');
    expect(first('OceanBank')?.shortName).to.equal('MBV');
    expect(first('DongA Bank')?.shortName).to.equal('Vikki');
    expect(first('Đông Á')?.shortName).to.equal('Vikki');
    expect(first('VietCapitalBank')?.shortName).to.equal('BVBank');
    expect(first('bản việt')?.shortName).to.equal('BVBank');
    expect(first('ViettelPay')?.shortName).to.equal('ViettelMoney');
  });

  it('gives [] for no match and for an empty query', () => {
    expect(index.search('xyzzy')).to.deep.equal([]);
    expect(index.search('ngân hàng sao hỏa')).to.deep.equal([]);
    expect(index.search('123456789')).to.deep.equal([]);
    expect(index.search('')).to.deep.equal([]);
    expect(index.search('   ')).to.deep.equal([]);
  });

  it('searches a host-supplied list, skipping malformed entries', () => {
    const extra: Bank = { bin: '970999', code: 'NEWB', shortName: 'NewBank', name: 'Ngân hàng TMCP Mới', kind: 'bank' };
    const hostIndex = bankIndex([...BANKS, extra, null as unknown as Bank]);
    expect(hostIndex.size).to.equal(66);
    expect(hostIndex.search('newb')[0]).to.equal(extra);
    expect(hostIndex.search('ngan hang moi')[0]).to.equal(extra);
    expect(hostIndex.search('vcb')[0]?.shortName).to.equal('Vietcombank');
    expect(bankIndex([]).search('vcb')).to.deep.equal([]);
  });
});
