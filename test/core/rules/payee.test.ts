import { expect } from '@open-wc/testing';
import {
  ACCOUNT_NUMBER_MAX,
  ACCOUNT_NUMBER_MIN,
  HOLDER_NAME_MAX,
  PAYEE_WORDS_VI,
  checkAccountNumber,
  checkHolderName,
  checkPayee,
  normalizeAccountNumber,
  normalizeHolderName,
  payeeText,
  toPayee,
} from '../../../src/core/rules/payee.js';
import type { PayeeValue } from '../../../src/core/rules/payee.js';
import { payment as vi } from '../../../src/i18n/locales/vi/payment.js';
import { payment as en } from '../../../src/i18n/locales/en/payment.js';

const ACCOUNT_FORMAT = { code: 'payee.accountFormat', params: { min: 6, max: 19 } };

/** A complete bank transfer to Vietcombank. */
const TRANSFER: PayeeValue = {
  method: 'bank',
  bin: '970436',
  bankName: 'Ngân hàng TMCP Ngoại Thương Việt Nam',
  bankShortName: 'Vietcombank',
  accountNumber: '0123456789',
  accountHolder: 'NGUYEN VAN AN',
};

describe('normalizeAccountNumber', () => {
  it('removes the spaces and dashes people type between groups of digits', () => {
    expect(normalizeAccountNumber(' 0123 456 789 ')).to.equal('0123456789');
    expect(normalizeAccountNumber('0123-456-789')).to.equal('0123456789');
    // En dash, non-breaking and narrow spaces: what a copy from a banking app or a PDF brings.
    expect(normalizeAccountNumber('0123–456\u00a0789\u202f0')).to.equal('01234567890');
    expect(normalizeAccountNumber('1903_5678_9012')).to.equal('190356789012');
  });

  it('turns full-width digits into ASCII and letters into capitals', () => {
    expect(normalizeAccountNumber('０１２３４５６７８９')).to.equal('0123456789');
    expect(normalizeAccountNumber('vcb123456')).to.equal('VCB123456');
  });

  it('keeps anything else, for the check to refuse', () => {
    expect(normalizeAccountNumber('0123.456.789')).to.equal('0123.456.789');
    expect(normalizeAccountNumber('')).to.equal('');
  });
});

describe('checkAccountNumber', () => {
  it('accepts 6 to 19 digits or letters, typed with spaces and dashes too', () => {
    for (const account of ['123456', '0123456789', '1'.repeat(19), '19035678901234', 'MB0987654321', '0123 4567 8901', 'vcb-123-456']) {
      expect(checkAccountNumber(account), account).to.equal(null);
    }
  });

  it('passes an empty number (required-ness is the caller’s)', () => {
    expect(checkAccountNumber('')).to.equal(null);
    expect(checkAccountNumber(' - ')).to.equal(null);
  });

  it('refuses fewer than 6 or more than 19 characters, with the bounds for the message', () => {
    expect(checkAccountNumber('12345')).to.deep.equal(ACCOUNT_FORMAT);
    expect(checkAccountNumber('1'.repeat(20))).to.deep.equal(ACCOUNT_FORMAT);
    expect([ACCOUNT_NUMBER_MIN, ACCOUNT_NUMBER_MAX]).to.deep.equal([6, 19]);
  });

  it('refuses dots, symbols, letters of other alphabets and markup', () => {
    for (const account of ['0123.456.789', '0123456789!', 'ĐÀ123456', 'Я1234567', '<b>123456</b>', '１２３４５.６']) {
      expect(checkAccountNumber(account), account).to.deep.equal(ACCOUNT_FORMAT);
    }
  });
});

describe('normalizeHolderName', () => {
  it('keeps the name in capitals, as the bank prints it, with diacritics as typed', () => {
    expect(normalizeHolderName(' nguyen  van an ')).to.equal('NGUYEN VAN AN');
    expect(normalizeHolderName('Nguyễn Văn An')).to.equal('NGUYỄN VĂN AN');
    expect(normalizeHolderName('đặng thị thu')).to.equal('ĐẶNG THỊ THU');
  });

  it('composes decomposed text', () => {
    expect(normalizeHolderName('Nguyễn'.normalize('NFD'))).to.equal('NGUYỄN');
  });
});

describe('checkHolderName', () => {
  it('accepts letters and spaces, with or without diacritics', () => {
    for (const name of ['NGUYEN VAN AN', 'Nguyễn Văn An', 'TRẦN THỊ ĐIỂM', 'le thi b', 'Nguyễn'.normalize('NFD')]) {
      expect(checkHolderName(name), name).to.equal(null);
    }
    expect(checkHolderName('')).to.equal(null);
  });

  it('refuses digits, punctuation and other scripts', () => {
    for (const name of ['NGUYEN VAN AN 2', 'NGUYEN-VAN AN', "H'HEN NIE", 'NGUYEN.VAN', 'An 😀', '李小龍', '<b>AN</b>']) {
      expect(checkHolderName(name), name).to.deep.equal({ code: 'payee.holderFormat' });
    }
  });

  it('refuses a pasted paragraph', () => {
    expect(checkHolderName('A'.repeat(HOLDER_NAME_MAX))).to.equal(null);
    expect(checkHolderName('A'.repeat(HOLDER_NAME_MAX + 1))).to.deep.equal({ code: 'text.tooLong', params: { max: 70 } });
  });
});

describe('toPayee', () => {
  it('reads the two methods, and every bank part as text', () => {
    expect(toPayee({ method: 'post', bin: '970436' })).to.deep.equal({ method: 'post' });
    expect(toPayee(TRANSFER)).to.deep.equal(TRANSFER);
    expect(toPayee({ method: 'bank', bin: 970436 })).to.deep.equal({
      method: 'bank', bin: '970436', bankName: '', bankShortName: '', accountNumber: '', accountHolder: '',
    });
  });

  it('gives null for anything else, never throwing', () => {
    for (const value of [null, undefined, 42, 'bank', [], {}, { method: 'cash' }, Symbol('x')]) {
      expect(toPayee(value), String(typeof value)).to.equal(null);
    }
  });
});

describe('checkPayee', () => {
  it('accepts cash by post and a complete transfer', () => {
    expect(checkPayee({ method: 'post' })).to.equal(null);
    expect(checkPayee(TRANSFER)).to.equal(null);
    expect(checkPayee({ ...TRANSFER, accountNumber: '0123 456 789', accountHolder: 'Nguyễn Văn An' })).to.equal(null);
  });

  it('passes no answer (required-ness is the caller’s)', () => {
    expect(checkPayee(null)).to.equal(null);
    expect(checkPayee(undefined)).to.equal(null);
  });

  it('names the first part to fix, in the order the citizen fills them', () => {
    expect(checkPayee({})).to.deep.equal({ code: 'payee.methodMissing' });
    expect(checkPayee({ method: 'cash' })).to.deep.equal({ code: 'payee.methodMissing' });
    expect(checkPayee({ method: 'bank' })).to.deep.equal({ code: 'payee.bankMissing' });
    expect(checkPayee({ ...TRANSFER, bin: ' ' })).to.deep.equal({ code: 'payee.bankMissing' });
    expect(checkPayee({ ...TRANSFER, accountNumber: '', accountHolder: '' })).to.deep.equal({ code: 'payee.accountMissing' });
    expect(checkPayee({ ...TRANSFER, accountNumber: '12-34', accountHolder: '' })).to.deep.equal(ACCOUNT_FORMAT);
    expect(checkPayee({ ...TRANSFER, accountHolder: '  ' })).to.deep.equal({ code: 'payee.holderMissing' });
    expect(checkPayee({ ...TRANSFER, accountHolder: 'AN 2' })).to.deep.equal({ code: 'payee.holderFormat' });
  });
});

describe('payeeText', () => {
  it('reads a transfer as a person would on the review step', () => {
    expect(payeeText(TRANSFER)).to.equal('Chuyển khoản: Vietcombank, số tài khoản 0123456789, chủ tài khoản NGUYEN VAN AN');
  });

  it('reads cash by post', () => {
    expect(payeeText({ method: 'post' })).to.equal('Nhận tiền mặt qua bưu điện');
  });

  it('uses the words given, for another language', () => {
    const words = { ...en.field.payee.review };
    expect(payeeText(TRANSFER, words)).to.equal('Bank transfer: Vietcombank, account number 0123456789, account holder NGUYEN VAN AN');
    expect(payeeText({ method: 'post' }, words)).to.equal('Cash through the post office');
    // The shipped Vietnamese words are the defaults.
    expect(vi.field.payee.review).to.deep.equal(PAYEE_WORDS_VI);
  });

  it('shows the stored forms, and the full name or BIN when the short name is missing', () => {
    expect(payeeText({ ...TRANSFER, bankShortName: '', accountNumber: '0123 456-789', accountHolder: 'nguyễn văn an' })).to.equal(
      'Chuyển khoản: Ngân hàng TMCP Ngoại Thương Việt Nam, số tài khoản 0123456789, chủ tài khoản NGUYỄN VĂN AN',
    );
    expect(payeeText({ method: 'bank', bin: '970436' })).to.equal('Chuyển khoản: 970436');
  });

  it('leaves out the parts not given yet, and reads nothing as empty', () => {
    expect(payeeText({ ...TRANSFER, accountHolder: '' })).to.equal('Chuyển khoản: Vietcombank, số tài khoản 0123456789');
    expect(payeeText({ method: 'bank' })).to.equal('Chuyển khoản');
    for (const value of [null, undefined, {}, { method: 'cash' }, 'post']) expect(payeeText(value)).to.equal('');
  });
});

describe('payment strings', () => {
  /** Each finding a payee check returns, with the placeholders its message must use. */
  const CODES: Array<[string, string[]]> = [
    ['payee.methodMissing', []],
    ['payee.bankMissing', []],
    ['payee.accountMissing', []],
    ['payee.accountFormat', ['max', 'min']],
    ['payee.holderMissing', []],
    ['payee.holderFormat', []],
    ['bank.unknown', []],
  ];
  const lookup = (tree: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
  const placeholders = (message: string) => [...new Set([...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

  for (const [lang, tree] of [['vi', vi], ['en', en]] as const) {
    it(`${lang} has a message for every payee finding, with the right placeholders`, () => {
      for (const [code, params] of CODES) {
        const message = lookup(tree.error, code);
        expect(message, `${lang} error.${code}`).to.be.a('string').and.not.equal('');
        expect(placeholders(message as string), `${lang} error.${code}`).to.deep.equal(params);
      }
    });
  }
});
