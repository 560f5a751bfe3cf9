import { expect } from '@open-wc/testing';
import { fold } from '../../../src/core/text/fold.js';
import { FoldedIndex } from '../../../src/core/text/search.js';
import type { SearchDocument } from '../../../src/core/text/search.js';

interface Unit {
  code: string;
  fullName: string;
}

/** Provinces as written in the 2025-07-01 data (official spelling), plus a few pre-reform ones. */
const PROVINCES: Unit[] = [
  ['01', 'Thành phố Hà Nội'],
  ['04', 'Tỉnh Cao Bằng'],
  ['08', 'Tỉnh Tuyên Quang'],
  ['11', 'Tỉnh Điện Biên'],
  ['15', 'Tỉnh Lào Cai'],
  ['17', 'Tỉnh Hòa Bình'],
  ['22', 'Tỉnh Quảng Ninh'],
  ['31', 'Thành phố Hải Phòng'],
  ['35', 'Tỉnh Hà Nam'],
  ['38', 'Tỉnh Thanh Hóa'],
  ['40', 'Tỉnh Nghệ An'],
  ['42', 'Tỉnh Hà Tĩnh'],
  ['46', 'Thành phố Huế'],
  ['48', 'Thành phố Đà Nẵng'],
  ['56', 'Tỉnh Khánh Hòa'],
  ['66', 'Tỉnh Đắk Lắk'],
  ['68', 'Tỉnh Lâm Đồng'],
  ['75', 'Tỉnh Đồng Nai'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['82', 'Tỉnh Đồng Tháp'],
  ['92', 'Thành phố Cần Thơ'],
  ['96', 'Tỉnh Cà Mau'],
].map(([code, fullName]) => ({ code: code!, fullName: fullName! }));

/** Communes and wards (2025 names, then a few pre-reform ones) as a list in data order. */
const WARDS: Unit[] = [
  ['00004', 'Phường Ba Đình'],
  ['00008', 'Phường Ngọc Hà'],
  ['00070', 'Phường Hoàn Kiếm'],
  ['00175', 'Phường Yên Hòa'],
  ['00199', 'Phường Văn Miếu - Quốc Tử Giám'],
  ['00235', 'Phường Đống Đa'],
  ['00331', 'Phường Hoàng Mai'],
  ['00337', 'Phường Hoàng Liệt'],
  ['00364', 'Phường Khương Đình'],
  ['00367', 'Phường Thanh Xuân'],
  ['09832', 'Xã Hoài Đức'],
  ['09988', 'Xã Hòa Lạc'],
  ['10402', 'Xã Ứng Hòa'],
  ['00928', 'Xã Thanh Thủy'],
  ['05941', 'Xã Điềm Thụy'],
  ['06688', 'Phường Hạ Long'],
  ['26734', 'Phường Sài Gòn'],
  ['27139', 'Phường Chợ Lớn'],
  ['28436', 'Phường Thanh Hòa'],
  ['31117', 'Đặc khu Phú Quốc'],
  ['10855', 'Xã Thanh Xuân'],
  ['00355', 'Phường Thanh Xuân Trung'],
  ['00361', 'Phường Thanh Xuân Bắc'],
  ['26737', 'Phường 1'],
  ['26740', 'Phường 10'],
].map(([code, fullName]) => ({ code: code!, fullName: fullName! }));

const units = (list: Unit[]) =>
  new FoldedIndex<Unit>(list.map((unit) => ({ item: unit, names: [unit.fullName], aliases: [unit.code] })));
const names = (results: Unit[]) => results.map((unit) => unit.fullName);

interface Bank {
  bin: string;
  shortName: string;
  name: string;
}

/** Banks as in the VietQR list (BIN, code, short name, full name, SWIFT). */
const BANK_ROWS: [string, string, string, string, string | null][] = [
  ['970415', 'ICB', 'VietinBank', 'Ngân hàng TMCP Công thương Việt Nam', 'ICBVVNVX'],
  ['970436', 'VCB', 'Vietcombank', 'Ngân hàng TMCP Ngoại thương Việt Nam', 'BFTVVNVX'],
  ['970418', 'BIDV', 'BIDV', 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam', 'BIDVVNVX'],
  ['970405', 'VBA', 'Agribank', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam', 'VBAAVNVX'],
  ['970448', 'OCB', 'OCB', 'Ngân hàng TMCP Phương Đông', 'ORCOVNVX'],
  ['970422', 'MB', 'MBBank', 'Ngân hàng TMCP Quân đội', 'MSCBVNVX'],
  ['970407', 'TCB', 'Techcombank', 'Ngân hàng TMCP Kỹ thương Việt Nam', 'VTCBVNVX'],
  ['970416', 'ACB', 'ACB', 'Ngân hàng TMCP Á Châu', 'ASCBVNVX'],
  ['970432', 'VPB', 'VPBank', 'Ngân hàng TMCP Việt Nam Thịnh Vượng', 'VPBKVNVX'],
  ['970423', 'TPB', 'TPBank', 'Ngân hàng TMCP Tiên Phong', 'TPBVVNVX'],
  ['970403', 'STB', 'Sacombank', 'Ngân hàng TMCP Sài Gòn Thương Tín', 'SGTTVNVX'],
  ['970437', 'HDB', 'HDBank', 'Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh', 'HDBCVNVX'],
  ['970454', 'VCCB', 'BVBank', 'Ngân hàng TMCP Bản Việt', 'VCBCVNVX'],
  ['970441', 'VIB', 'VIB', 'Ngân hàng TMCP Quốc tế Việt Nam', 'VNIBVNVX'],
  ['970443', 'SHB', 'SHB', 'Ngân hàng TMCP Sài Gòn - Hà Nội', 'SHBAVNVX'],
  ['970431', 'EIB', 'Eximbank', 'Ngân hàng TMCP Xuất Nhập khẩu Việt Nam', 'EBVIVNVX'],
  ['970426', 'MSB', 'MSB', 'Ngân hàng TMCP Hàng Hải Việt Nam', 'MCOBVNVX'],
  ['546034', 'CAKE', 'CAKE', 'TMCP Việt Nam Thịnh Vượng - Ngân hàng số CAKE by VPBank', null],
  ['970400', 'SGICB', 'SaigonBank', 'Ngân hàng TMCP Sài Gòn Công Thương', 'SBITVNVX'],
  ['971025', 'momo', 'MoMo', 'CTCP Dịch Vụ Di Động Trực Tuyến', null],
  ['970412', 'PVCB', 'PVcomBank', 'Ngân hàng TMCP Đại Chúng Việt Nam', 'WBVNVNVX'],
  ['970449', 'LPB', 'LPBank', 'Ngân hàng TMCP Lộc Phát Việt Nam', 'LVBKVNVX'],
  ['970440', 'SEAB', 'SeABank', 'Ngân hàng TMCP Đông Nam Á', 'SEAVVNVX'],
  ['970446', 'COOPBANK', 'COOPBANK', 'Ngân hàng Hợp tác xã Việt Nam', null],
  ['999888', 'VBSP', 'VBSP', 'Ngân hàng Chính sách Xã hội', null],
  ['970466', 'KEBHANAHCM', 'KEBHanaHCM', 'Ngân hàng KEB Hana – Chi nhánh Thành phố Hồ Chí Minh', null],
  ['458761', 'HSBC', 'HSBC', 'Ngân hàng TNHH MTV HSBC (Việt Nam)', 'HSBCVNVX'],
];
const BANKS: Bank[] = BANK_ROWS.map(([bin, , shortName, name]) => ({ bin, shortName, name }));
const bankIndex = new FoldedIndex<Bank>(
  BANK_ROWS.map(([bin, code, shortName, name, swift], i) => ({
    item: BANKS[i]!,
    names: [name, shortName],
    aliases: [code, bin, ...(swift ? [swift] : [])],
  })),
);
const shortNames = (results: Bank[]) => results.map((bank) => bank.shortName);

describe('FoldedIndex', () => {
  const provinces = units(PROVINCES);
  const wards = units(WARDS);

  it('reports its size', () => {
    expect(provinces.size).to.equal(PROVINCES.length);
    expect(wards.size).to.equal(WARDS.length);
    expect(new FoldedIndex([]).size).to.equal(0);
  });

  describe('administrative units', () => {
    it('finds without diacritics, exact names first: thanh xuan → Phường Thanh Xuân', () => {
      const results = names(wards.search('thanh xuan'));
      expect(results[0]).to.equal('Phường Thanh Xuân');
      // Exact names (the administrative word is optional) before longer ones, list order among equals.
      expect(results.slice(0, 4)).to.deep.equal([
        'Phường Thanh Xuân',
        'Xã Thanh Xuân',
        'Phường Thanh Xuân Bắc',
        'Phường Thanh Xuân Trung',
      ]);
      expect(names(wards.search('Thanh Xuân'))[0]).to.equal('Phường Thanh Xuân');
      expect(names(wards.search('thanh xuan trung'))).to.deep.equal(['Phường Thanh Xuân Trung']);
    });

    it('narrows as the citizen types, one keystroke at a time', () => {
      const typed = 'thanh xuan';
      // "thanh" alone is as much Thanh Hòa (shorter) as Thanh Xuân; from "thanh x" on, Thanh Xuân leads.
      expect(names(wards.search('thanh'))[0]).to.equal('Phường Thanh Hòa');
      for (let i = 7; i <= typed.length; i++) {
        expect(names(wards.search(typed.slice(0, i)))[0], typed.slice(0, i)).to.match(/Thanh Xuân/u);
      }
      expect(names(wards.search('tha'))).to.include.members(['Phường Thanh Xuân', 'Xã Thanh Thủy', 'Phường Thanh Hòa']);
    });

    it('finds đ typed as d: dong da → Phường Đống Đa', () => {
      expect(names(wards.search('dong da'))[0]).to.equal('Phường Đống Đa');
      expect(names(wards.search('Đống Đa'))[0]).to.equal('Phường Đống Đa');
      expect(names(wards.search('p dong da'))[0]).to.equal('Phường Đống Đa');
      expect(names(wards.search('phuong dong da'))[0]).to.equal('Phường Đống Đa');
      expect(names(provinces.search('da nang'))).to.deep.equal(['Thành phố Đà Nẵng']);
    });

    it('finds both tone-mark styles (Hoà / Hòa, Thuỷ / Thủy), whichever the list uses', () => {
      expect(names(wards.search('Yên Hoà'))[0]).to.equal('Phường Yên Hòa');
      expect(names(wards.search('Yên Hòa'))[0]).to.equal('Phường Yên Hòa');
      expect(names(wards.search('Thanh Thuỷ'))[0]).to.equal('Xã Thanh Thủy');
      expect(names(wards.search('Điềm Thuỵ'))[0]).to.equal('Xã Điềm Thụy');
      // A list written in the old style ("Hoà", as the 2026 data does) is found by the new style too.
      const oldStyle = units([
        { code: '38', fullName: 'Tỉnh Thanh Hoá' },
        { code: '56', fullName: 'Tỉnh Khánh Hoà' },
        { code: '00175', fullName: 'Phường Yên Hoà' },
      ]);
      expect(names(oldStyle.search('Thanh Hóa'))).to.deep.equal(['Tỉnh Thanh Hoá']);
      expect(names(oldStyle.search('khánh hòa'))).to.deep.equal(['Tỉnh Khánh Hoà']);
      expect(names(oldStyle.search('Yên Hòa'))).to.deep.equal(['Phường Yên Hoà']);
    });

    it('finds the common short forms: HCM, TP HCM, TP.HCM, Hà Nội / Ha Noi', () => {
      for (const query of ['HCM', 'hcm', 'TP HCM', 'tp hcm', 'TP.HCM', 'tphcm', 'Thành phố Hồ Chí Minh', 'tp ho chi minh', 'Hồ Chí Minh', 'ho chi']) {
        expect(names(provinces.search(query))[0], query).to.equal('Thành phố Hồ Chí Minh');
      }
      for (const query of ['Hà Nội', 'Ha Noi', 'ha noi', 'HÀ NỘI', 'hanoi', 'tp ha noi', 'Thành phố Hà Nội', 'Ha Nọi']) {
        expect(names(provinces.search(query)), query).to.deep.equal(['Thành phố Hà Nội']);
      }
      expect(names(provinces.search('hn'))[0]).to.equal('Thành phố Hà Nội');
      expect(names(provinces.search('tinh ha nam'))).to.deep.equal(['Tỉnh Hà Nam']);
    });

    it('still finds with an accent on the wrong letter', () => {
      expect(names(provinces.search('Hâ Nôi'))).to.deep.equal(['Thành phố Hà Nội']);
      expect(names(wards.search('Thanh Xúân'))[0]).to.equal('Phường Thanh Xuân');
    });

    it('ranks equally good matches with the diacritics as typed first', () => {
      // "Hà N" begins both Hà Nội and Hà Nam; "Hạ" is only Phường Hạ Long as written.
      expect(names(provinces.search('Hà N'))).to.deep.equal(['Thành phố Hà Nội', 'Tỉnh Hà Nam']);
      expect(names(provinces.search('Hà Na'))).to.deep.equal(['Tỉnh Hà Nam']);
      const mixed = units([
        { code: '01', fullName: 'Thành phố Hà Nội' },
        { code: '06688', fullName: 'Phường Hạ Long' },
      ]);
      expect(names(mixed.search('ha'))).to.deep.equal(['Thành phố Hà Nội', 'Phường Hạ Long']);
      expect(names(mixed.search('hạ'))).to.deep.equal(['Phường Hạ Long', 'Thành phố Hà Nội']);
      // Thanh Hóa (a province) and Thanh Hòa (a ward) fold alike; the tone typed decides, in either style.
      const both = units([PROVINCES.find((unit) => unit.code === '38')!, WARDS.find((unit) => unit.code === '28436')!]);
      expect(names(both.search('thanh hoa'))).to.deep.equal(['Tỉnh Thanh Hóa', 'Phường Thanh Hòa']);
      expect(names(both.search('thanh hòa'))).to.deep.equal(['Phường Thanh Hòa', 'Tỉnh Thanh Hóa']);
      expect(names(both.search('thanh hoà'))).to.deep.equal(['Phường Thanh Hòa', 'Tỉnh Thanh Hóa']);
      expect(names(both.search('thanh hoá'))).to.deep.equal(['Tỉnh Thanh Hóa', 'Phường Thanh Hòa']);
      // In a query with diacritics, a finished word typed without any means none.
      const xuan = units([
        { code: '26944', fullName: 'Phường Thạnh Xuân' },
        { code: '00433', fullName: 'Xã Thanh Xuân' },
      ]);
      expect(names(xuan.search('thanh xuan'))).to.deep.equal(['Phường Thạnh Xuân', 'Xã Thanh Xuân']);
      expect(names(xuan.search('Thanh Xuân'))).to.deep.equal(['Xã Thanh Xuân', 'Phường Thạnh Xuân']);
      expect(names(xuan.search('Thạnh Xuân'))).to.deep.equal(['Phường Thạnh Xuân', 'Xã Thanh Xuân']);
      expect(names(xuan.search('Thanh X'))).to.deep.equal(['Phường Thạnh Xuân', 'Xã Thanh Xuân']);
    });

    it('ranks exact, then starts-with, then words in order, then in any order, then inside a word', () => {
      const list = units(
        ['Xã Hòa An', 'Xã An Hòa', 'Phường An', 'Xã An Nhơn', 'Xã Tân An', 'Xã Nhơn An Hòa', 'Phường Bình Tân'].map((fullName, i) => ({
          code: String(i),
          fullName,
        })),
      );
      expect(names(list.search('an'))).to.deep.equal([
        'Phường An', // exact
        'Xã An Hòa', // starts with (shorter first)
        'Xã An Nhơn',
        'Xã Hòa An', // a word starts with the query (shorter first, then list order)
        'Xã Tân An',
        'Xã Nhơn An Hòa',
        'Phường Bình Tân', // inside a word
      ]);
      expect(names(list.search('an hoa'))).to.deep.equal(['Xã An Hòa', 'Xã Nhơn An Hòa', 'Xã Hòa An']);
    });

    it('treats the administrative word as optional and abbreviable, preferring the one typed', () => {
      expect(names(wards.search('xa thanh xuan'))[0]).to.equal('Xã Thanh Xuân');
      expect(names(wards.search('p thanh xuan'))[0]).to.equal('Phường Thanh Xuân');
      expect(names(wards.search('P. Thanh Xuân'))[0]).to.equal('Phường Thanh Xuân');
      expect(names(wards.search('phú quốc'))).to.deep.equal(['Đặc khu Phú Quốc']);
      expect(names(wards.search('dac khu phu quoc'))).to.deep.equal(['Đặc khu Phú Quốc']);
      expect(names(wards.search('p1'))[0]).to.equal('Phường 1');
      expect(names(wards.search('phường 10'))[0]).to.equal('Phường 10');
      // A contradicting administrative word still finds, after the matches that agree with it.
      expect(names(wards.search('xã thanh hòa'))).to.deep.equal(['Phường Thanh Hòa']);
      expect(names(provinces.search('tinh ha noi'))).to.deep.equal(['Thành phố Hà Nội']);
    });

    it('misses no name that contains the query or whose words the query begins', () => {
      const all = units([...PROVINCES, ...WARDS]);
      const ADMIN = /^(thanh pho|thi xa|thi tran|dac khu|tinh|phuong|xa|quan|huyen) /u;
      const cores = [...PROVINCES, ...WARDS].map((unit) => ({ unit, core: fold(unit.fullName).replace(ADMIN, '') }));
      const queries = new Set<string>();
      for (const { core } of cores) {
        for (let i = 1; i <= core.length; i++) queries.add(core.slice(0, i));
        for (let i = 0; i + 3 <= core.length; i += 2) queries.add(core.slice(i, i + 3));
        const words = core.split(' ');
        if (words.length > 1) queries.add(`${words[1]!.slice(0, 2)} ${words[0]!.slice(0, 1)}`);
      }
      for (const query of queries) {
        const q = query.trim();
        if (q === '') continue;
        const found = new Set(all.search(query));
        const queryWords = q.split(' ');
        for (const { unit, core } of cores) {
          const contains = q.length >= 2 && core.includes(q);
          const coreWords = core.split(' ');
          const begins = queryWords.every((word) => coreWords.some((coreWord) => coreWord.startsWith(word)));
          if (contains || begins) expect(found.has(unit), `"${query}" → ${unit.fullName}`).to.equal(true);
        }
      }
    });

    it('finds by code as an alias', () => {
      expect(names(wards.search('00367'))).to.deep.equal(['Phường Thanh Xuân']);
      expect(names(provinces.search('79'))[0]).to.equal('Thành phố Hồ Chí Minh');
    });

    it('does not match the administrative word as a word of the name', () => {
      expect(names(wards.search('phu'))).to.deep.equal(['Đặc khu Phú Quốc']);
      expect(names(wards.search('xa'))).to.deep.equal([]);
      expect(names(wards.search('xu'))).to.deep.equal(['Phường Thanh Xuân', 'Xã Thanh Xuân', 'Phường Thanh Xuân Bắc', 'Phường Thanh Xuân Trung']);
      expect(provinces.search('tinh').map((unit) => unit.code)).to.deep.equal(['42']);
      // `phuong d`: wards with a word in d (Đống Đa starts with it), then communes ("Xã", not what was typed).
      expect(names(wards.search('phuong d'))).to.deep.equal([
        'Phường Đống Đa',
        'Phường Ba Đình',
        'Phường Khương Đình',
        'Xã Hoài Đức',
        'Xã Điềm Thụy',
      ]);
    });

    it('finds nothing for an unknown name, and nothing for an empty query', () => {
      expect(wards.search('zzz')).to.deep.equal([]);
      expect(wards.search('thanh xuan nam')).to.deep.equal([]);
      expect(wards.search('')).to.deep.equal([]);
      expect(wards.search('   ')).to.deep.equal([]);
      expect(wards.search('.,-/')).to.deep.equal([]);
    });
  });

  describe('banks', () => {
    it('finds by short name, also in part: vietcom, techcom, agri, mb', () => {
      expect(shortNames(bankIndex.search('vietcom'))[0]).to.equal('Vietcombank');
      expect(shortNames(bankIndex.search('Vietcombank'))[0]).to.equal('Vietcombank');
      expect(shortNames(bankIndex.search('techcom'))[0]).to.equal('Techcombank');
      expect(shortNames(bankIndex.search('agri'))[0]).to.equal('Agribank');
      expect(shortNames(bankIndex.search('mb'))[0]).to.equal('MBBank');
      expect(shortNames(bankIndex.search('vietin'))[0]).to.equal('VietinBank');
      expect(shortNames(bankIndex.search('tp bank'))[0]).to.equal('TPBank');
      expect(shortNames(bankIndex.search('combank'))).to.have.members(['Vietcombank', 'Techcombank', 'PVcomBank', 'Sacombank']);
    });

    it('finds by code as an alias: VCB, TCB, VBA', () => {
      expect(shortNames(bankIndex.search('VCB'))[0]).to.equal('Vietcombank');
      expect(shortNames(bankIndex.search('vcb'))[0]).to.equal('Vietcombank');
      expect(shortNames(bankIndex.search('TCB'))[0]).to.equal('Techcombank');
      expect(shortNames(bankIndex.search('VBA'))[0]).to.equal('Agribank');
    });

    it('finds by the full name, with or without diacritics', () => {
      expect(shortNames(bankIndex.search('ngoai thuong'))).to.deep.equal(['Vietcombank']);
      expect(shortNames(bankIndex.search('Ngoại Thương'))).to.deep.equal(['Vietcombank']);
      expect(shortNames(bankIndex.search('nông nghiệp'))).to.deep.equal(['Agribank']);
      expect(shortNames(bankIndex.search('nong nghiep phat trien'))).to.deep.equal(['Agribank']);
      expect(shortNames(bankIndex.search('ky thuong'))).to.deep.equal(['Techcombank']);
      expect(shortNames(bankIndex.search('Ngân hàng TMCP Ngoại thương Việt Nam'))).to.deep.equal(['Vietcombank']);
      expect(shortNames(bankIndex.search('chinh sach xa hoi'))).to.deep.equal(['VBSP']);
    });

    it('finds by the 6-digit BIN and the SWIFT code, whole or begun', () => {
      expect(shortNames(bankIndex.search('970436'))).to.deep.equal(['Vietcombank']);
      expect(shortNames(bankIndex.search('970405'))).to.deep.equal(['Agribank']);
      expect(shortNames(bankIndex.search('999888'))).to.deep.equal(['VBSP']);
      expect(shortNames(bankIndex.search('BFTVVNVX'))).to.deep.equal(['Vietcombank']);
      expect(shortNames(bankIndex.search('vtcbvnvx'))).to.deep.equal(['Techcombank']);
      expect(shortNames(bankIndex.search('bftv'))).to.deep.equal(['Vietcombank']);
      expect(bankIndex.search('9704')).to.have.length(23);
    });

    it('ranks the best matches first', () => {
      // An exact code beats a SWIFT code that begins with it (BVBank's VCBCVNVX).
      // then a code that contains it (PVcomBank's PVCB).
      expect(shortNames(bankIndex.search('vcb'))).to.deep.equal(['Vietcombank', 'BVBank', 'PVcomBank']);
      // Short names that start with the query, shortest first, before names that only contain it.
      const viet = shortNames(bankIndex.search('viet'));
      expect(viet.slice(0, 2)).to.deep.equal(['VietinBank', 'Vietcombank']);
      // Every word in order, shorter names first.
      expect(shortNames(bankIndex.search('sai gon')).slice(0, 3)).to.have.members(['Sacombank', 'SHB', 'SaigonBank']);
    });

    it('finds nothing for an unknown bank', () => {
      expect(bankIndex.search('ngan hang mat trang')).to.deep.equal([]);
      expect(bankIndex.search('123456')).to.deep.equal([]);
    });
  });

  describe('options', () => {
    it('limits the results, keeping the best', () => {
      const all = wards.search('thanh');
      expect(all.length).to.be.greaterThan(3);
      expect(wards.search('thanh', { limit: 3 })).to.deep.equal(all.slice(0, 3));
      expect(wards.search('thanh', { limit: 0 })).to.deep.equal([]);
      expect(wards.search('thanh', { limit: -1 })).to.deep.equal([]);
      expect(wards.search('thanh', { limit: Number.NaN })).to.deep.equal(all);
      expect(wards.search('thanh', { limit: 2.7 })).to.have.length(2);
    });

    it('filters, before the limit', () => {
      const hanoi = new Set(['00004', '00175', '00235', '00355', '00361', '00364', '00367', '09832', '09988', '10402']);
      const inHanoi = (unit: Unit) => hanoi.has(unit.code);
      expect(names(wards.search('thanh', { filter: inHanoi, limit: 2 }))).to.deep.equal(['Phường Thanh Xuân', 'Phường Thanh Xuân Bắc']);
      expect(names(wards.search('hoa', { filter: (unit) => unit.fullName.startsWith('Xã') }))).to.deep.equal([
        'Xã Hòa Lạc',
        'Xã Hoài Đức',
        'Xã Ứng Hòa',
      ]);
      expect(wards.search('thanh', { filter: () => false })).to.deep.equal([]);
    });

    it('allows a filter that searches the same index', () => {
      const results = wards.search('thanh', { filter: (unit) => wards.search(unit.code).length === 1 });
      expect(names(results)).to.deep.equal(names(wards.search('thanh')));
    });
  });

  describe('hostile input', () => {
    it('does not throw on regex characters, control characters, long and odd strings', () => {
      const queries = [
        '.*',
        '(',
        '[a-z]+',
        '\\',
        '^$|?*+{}',
        '\u0000\u0001',
        '\ud800',
        '\u0301\u0301',
        '‮Hà Nội',
        '😀',
        'a'.repeat(100_000),
        'ha '.repeat(50_000),
        'Thanh Xuân '.repeat(1000),
      ];
      for (const query of queries) {
        expect(() => wards.search(query), JSON.stringify(query.slice(0, 20))).not.to.throw();
        expect(() => bankIndex.search(query)).not.to.throw();
      }
      for (const query of [undefined, null, 12, {}, []]) {
        expect(wards.search(query as unknown as string)).to.deep.equal([]);
      }
      expect(names(wards.search('‮Thanh Xuân'))[0]).to.equal('Phường Thanh Xuân');
    });

    it('answers a very long query quickly', () => {
      const start = performance.now();
      wards.search('ha '.repeat(50_000));
      bankIndex.search('x'.repeat(1_000_000));
      expect(performance.now() - start).to.be.lessThan(200);
    });

    it('accepts odd documents without throwing', () => {
      const odd = new FoldedIndex<string>([
        { item: 'a', names: [] },
        { item: 'b', names: ['', '...'] },
        { item: 'c', names: [42 as unknown as string, 'Hà Nội'], aliases: undefined },
        null as unknown as SearchDocument<string>,
        { item: 'd', names: 'Hà Nam' as unknown as string[] },
        { item: 'e', names: ['Hà Nội', 'Ha Noi', 'HÀ NỘI'], aliases: ['HN', 'Hà Nội'] },
      ]);
      expect(odd.size).to.equal(5);
      expect(odd.search('ha noi')).to.deep.equal(['c', 'e']);
      expect(odd.search('ha nam')).to.deep.equal(['d']);
      expect(odd.search('hn')).to.deep.equal(['e', 'c', 'd']);
    });
  });
});
