import { expect } from '@open-wc/testing';
import { fold, tonedPrefixMatch, tonedWords } from '../../../src/core/text/fold.js';

describe('fold', () => {
  it('removes diacritics and lowercases', () => {
    expect(fold('Phường Thanh Xuân')).to.equal('phuong thanh xuan');
    expect(fold('Thành phố Hồ Chí Minh')).to.equal('thanh pho ho chi minh');
    expect(fold('NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM')).to.equal('ngan hang tmcp ngoai thuong viet nam');
    expect(fold('Ứng Hòa')).to.equal('ung hoa');
  });

  it('turns đ and Đ into d', () => {
    expect(fold('Đống Đa')).to.equal('dong da');
    expect(fold('Xã Điềm Thụy')).to.equal('xa diem thuy');
    expect(fold('Quảng Đức')).to.equal(fold('quang duc'));
  });

  it('folds both tone-mark styles alike (different strings even after NFC)', () => {
    expect('Hoà'.normalize('NFC')).not.to.equal('Hòa'.normalize('NFC'));
    expect(fold('Hoà')).to.equal(fold('Hòa'));
    expect(fold('Thuỷ')).to.equal(fold('Thủy'));
    expect(fold('Thuỵ')).to.equal(fold('Thụy'));
    expect(fold('Tỉnh Thanh Hoá')).to.equal(fold('Tỉnh Thanh Hóa'));
  });

  it('folds decomposed input (combining marks typed separately) like precomposed', () => {
    expect(fold('Ha\u0300 No\u0323\u0302i')).to.equal('ha noi');
    expect(fold('Hà Nội'.normalize('NFD'))).to.equal(fold('Hà Nội'.normalize('NFC')));
  });

  it('turns punctuation into spaces and collapses whitespace', () => {
    expect(fold('TP.HCM')).to.equal('tp hcm');
    expect(fold('  Phường Văn Miếu - Quốc Tử Giám  ')).to.equal('phuong van mieu quoc tu giam');
    expect(fold('Số 12/3, ngõ 5 (Lê Lợi)')).to.equal('so 12 3 ngo 5 le loi');
    expect(fold("Xã Ea H'Leo")).to.equal('xa ea h leo');
    expect(fold('a\t\n  b')).to.equal('a b');
    expect(fold('...')).to.equal('');
  });

  it('drops invisible characters and maps compatibility forms', () => {
    expect(fold('Hà\u200bNội')).to.equal('hanoi');
    expect(fold('\ufeffVCB')).to.equal('vcb');
    expect(fold('ＶＣＢ')).to.equal('vcb');
  });

  it('never throws, and gives an empty key for non-strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => 1]) {
      expect(fold(value as unknown as string)).to.equal('');
    }
    expect(fold('\ud800 lone \udfff')).to.equal('lone');
    expect(fold('\u0301\u0300')).to.equal('');
    expect(fold('a'.repeat(200_000))).to.have.length(200_000);
  });
});

describe('tonedWords', () => {
  it('keeps vowel marks and đ, separates the tone wherever it was placed', () => {
    expect(tonedWords('Hoà')).to.deep.equal(tonedWords('Hòa'));
    expect(tonedWords('Thuỷ')).to.deep.equal(tonedWords('Thủy'));
    const [ha, noi] = tonedWords('Hà Nội');
    expect(ha).to.deep.equal({ letters: 'ha', tone: '\u0300', marked: true });
    expect(noi!.letters).to.equal('no\u0302i');
    expect(noi!.tone).to.equal('\u0323');
    expect(tonedWords('Đa')[0]!.marked).to.equal(true);
    expect(tonedWords('Ha Noi').map((word) => word.marked)).to.deep.equal([false, false]);
  });

  it('matches a typed word against a written one as a prefix, tone included when typed', () => {
    const [hoa] = tonedWords('Hòa');
    expect(tonedPrefixMatch(tonedWords('hoà')[0]!, hoa!)).to.equal(true);
    expect(tonedPrefixMatch(tonedWords('hò')[0]!, hoa!)).to.equal(true);
    expect(tonedPrefixMatch(tonedWords('hó')[0]!, hoa!)).to.equal(false);
    expect(tonedPrefixMatch(tonedWords('nô')[0]!, tonedWords('Nội')[0]!)).to.equal(true);
    expect(tonedPrefixMatch(tonedWords('nơ')[0]!, tonedWords('Nội')[0]!)).to.equal(false);
  });

  it('never throws', () => {
    expect(tonedWords(undefined as unknown as string)).to.deep.equal([]);
    expect(tonedWords('\u0301 \ud800')).to.deep.equal([]);
  });
});
