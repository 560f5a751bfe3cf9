/**
 * Where a benefit (the funeral allowance) is paid: into a bank account, or in cash through the public postal
 * service. Pure functions over plain values, no DOM and no bank list: whether a BIN is a known bank is the
 * element's check, since a portal may extend the list at run time. They never throw.
 */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';
import { toRecordCase } from './names.js';

/**
 * The answer: a bank transfer with the bank (its NAPAS BIN and names, kept for display and for the dossier)
 * and the account, or cash through the postal service, which needs nothing more.
 */
export type PayeeValue =
  | {
      method: 'bank';
      /** The bank's 6-digit NAPAS BIN. */
      bin: string;
      /** The bank's full name ("Ngân hàng TMCP Ngoại Thương Việt Nam"). */
      bankName: string;
      /** The name people know the bank by ("Vietcombank"). */
      bankShortName: string;
      /** Digits and capital letters only (see {@link normalizeAccountNumber}). */
      accountNumber: string;
      /** In capitals, diacritics as typed (see {@link normalizeHolderName}). */
      accountHolder: string;
    }
  | { method: 'post' };

/** How the money is received. */
export type PayeeMethod = PayeeValue['method'];

/** The bank-transfer shape of {@link PayeeValue}. */
export type BankPayee = Extract<PayeeValue, { method: 'bank' }>;

/**
 * Shortest and longest account number. Vietnamese banks issue 6 to 19 characters (short "nice numbers",
 * card-linked and virtual accounts at the long end).
 */
export const ACCOUNT_NUMBER_MIN = 6;
export const ACCOUNT_NUMBER_MAX = 19;

/** Longest account holder name. Banks print far shorter names; this only stops pasted paragraphs. */
export const HOLDER_NAME_MAX = 70;

/**
 * What people type between groups of digits (spaces of any width, hyphens and dashes of every kind,
 * underscores): the account number printed on a card or copied from a banking app is grouped with them.
 */
const ACCOUNT_SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212_]/gu;
/** An account number once normalised: ASCII digits and capital letters. */
const ACCOUNT = /^[0-9A-Z]+$/u;
/**
 * A holder name as the bank prints it: Latin letters (Vietnamese ones with their marks included: the marks are
 * optional, never refused) and spaces. No digits, no punctuation: banks print neither.
 */
const HOLDER = /^[\p{Script=Latin}\p{M} ]+$/u;

/**
 * The account number as it is stored: compatibility-normalised (full-width digits from some phone keyboards
 * become ASCII), separators removed, letters in capitals (banks treat them case-insensitively, so one form is
 * kept to compare and to print). `' 0123-456 789 '` → `'0123456789'`.
 */
export function normalizeAccountNumber(raw: string): string {
  return asText(raw).normalize('NFKC').replace(ACCOUNT_SEPARATORS, '').toUpperCase();
}

/**
 * Checks an account number (normalised first, so `0123 456 789` passes): digits and Latin letters only, 6 to 19
 * of them. Empty passes: required-ness is the caller's.
 */
export function checkAccountNumber(value: string): RuleIssue | null {
  const account = normalizeAccountNumber(value);
  if (account === '') return null;
  if (!ACCOUNT.test(account) || account.length < ACCOUNT_NUMBER_MIN || account.length > ACCOUNT_NUMBER_MAX) {
    return { code: 'payee.accountFormat', params: { min: ACCOUNT_NUMBER_MIN, max: ACCOUNT_NUMBER_MAX } };
  }
  return null;
}

/**
 * The holder name as it is stored: NFC, trimmed, single spaces, in capitals as banks print it; diacritics are
 * kept when typed (they are optional, never required). `' nguyễn  văn an '` → `'NGUYỄN VĂN AN'`.
 */
export function normalizeHolderName(raw: string): string {
  return toRecordCase(asText(raw));
}

/**
 * Checks a holder name (normalised first): letters and spaces only, at most {@link HOLDER_NAME_MAX} characters.
 * Empty passes: required-ness is the caller's.
 */
export function checkHolderName(value: string): RuleIssue | null {
  const name = normalizeHolderName(value);
  if (name === '') return null;
  if (!HOLDER.test(name)) return { code: 'payee.holderFormat' };
  if ([...name].length > HOLDER_NAME_MAX) return { code: 'text.tooLong', params: { max: HOLDER_NAME_MAX } };
  return null;
}

/**
 * Reads any value as a payee without throwing: the method if it is one of the two, every part of a bank
 * transfer as text (missing or odd parts become `''`). Null when there is no object or no known method.
 */
export function toPayee(value: unknown): PayeeValue | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.method === 'post') return { method: 'post' };
  if (v.method !== 'bank') return null;
  return {
    method: 'bank',
    bin: asText(v.bin).trim(),
    bankName: asText(v.bankName),
    bankShortName: asText(v.bankShortName),
    accountNumber: asText(v.accountNumber),
    accountHolder: asText(v.accountHolder),
  };
}

/**
 * The first problem of a payee answer, in the order the citizen fills it: the method, then for a transfer the
 * bank, the account number, the holder name. Null (no problem) for an empty answer: required-ness is the
 * caller's. The bank is only checked to be there; whether its BIN is a known bank needs the list.
 */
export function checkPayee(value: unknown): RuleIssue | null {
  if (value === null || value === undefined) return null;
  const payee = toPayee(value);
  if (!payee) return { code: 'payee.methodMissing' };
  if (payee.method === 'post') return null;
  if (payee.bin === '') return { code: 'payee.bankMissing' };
  if (normalizeAccountNumber(payee.accountNumber) === '') return { code: 'payee.accountMissing' };
  const account = checkAccountNumber(payee.accountNumber);
  if (account) return account;
  if (normalizeHolderName(payee.accountHolder) === '') return { code: 'payee.holderMissing' };
  return checkHolderName(payee.accountHolder);
}

/** The words {@link payeeText} puts around the parts, in the reader's language. */
export interface PayeeWords {
  /** Opens the reading of a transfer: "Chuyển khoản". */
  transfer: string;
  /** Before the number: "số tài khoản". */
  account: string;
  /** Before the holder: "chủ tài khoản". */
  holder: string;
  /** The whole reading of cash by post: "Nhận tiền mặt qua bưu điện". */
  post: string;
}

/** The Vietnamese words, used when none are given (the dossier and the officer read Vietnamese). */
export const PAYEE_WORDS_VI: PayeeWords = {
  transfer: 'Chuyển khoản',
  account: 'số tài khoản',
  holder: 'chủ tài khoản',
  post: 'Nhận tiền mặt qua bưu điện',
};

/**
 * The answer on one line, as a person reads it on the review step: "Chuyển khoản: Vietcombank, số tài khoản
 * 0123456789, chủ tài khoản NGUYEN VAN AN", or "Nhận tiền mặt qua bưu điện". The bank is named by its short
 * name (its full name, or its BIN, when that is all there is); parts not given yet are left out. `''` for no
 * answer.
 */
export function payeeText(value: unknown, words: PayeeWords = PAYEE_WORDS_VI): string {
  const payee = toPayee(value);
  const w = words && typeof words === 'object' ? words : PAYEE_WORDS_VI;
  if (!payee) return '';
  if (payee.method === 'post') return asText(w.post);
  const bank = payee.bankShortName.trim() || payee.bankName.trim() || payee.bin;
  const account = normalizeAccountNumber(payee.accountNumber);
  const holder = normalizeHolderName(payee.accountHolder);
  const parts = [bank, account && `${asText(w.account)} ${account}`, holder && `${asText(w.holder)} ${holder}`].filter(Boolean);
  return parts.length ? `${asText(w.transfer)}: ${parts.join(', ')}` : asText(w.transfer);
}
