/**
 * The bank list prepared for the folding ranked search ({@link FoldedIndex}): a citizen finds a bank by its
 * short name (`vietcom`, `techcom`, `agri`, `mb`), its full name with or without diacritics (`ngoai thuong`,
 * `nông nghiệp`), its VietQR code (`VCB`, `TCB`, `VBA`), its NAPAS BIN (`970436`) or its SWIFT/BIC
 * (`BFTVVNVX`), and by a few names the data does not hold: the names renamed banks had until recently, which
 * people still say and find on old statements. Works on any list, the built-in `BANKS` or a portal's.
 */
import { FoldedIndex } from '../core/text/search.js';
import type { SearchDocument } from '../core/text/search.js';
import type { Bank } from './banks.js';

/**
 * Names the data does not give, by BIN: former names of renamed banks and wallets. Vietcombank's `VCB` and
 * "ngoại thương", Techcombank's `TCB` and "kỹ thương", Agribank's `VBA` and "nông nghiệp" are already its code
 * or in its full name, and the acronym of a full name is found by the search itself (`nhcsxh` → "Ngân hàng
 * Chính sách Xã hội"), so none of them is repeated here.
 */
const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  // LPBank: LienVietPostBank, "Ngân hàng TMCP Bưu điện Liên Việt", until 2024.
  '970449': ['LienVietPostBank', 'Bưu điện Liên Việt'],
  // MBV: OceanBank, "Ngân hàng TNHH MTV Đại Dương", until 2025.
  '970414': ['OceanBank', 'Đại Dương'],
  // Vikki: DongA Bank, "Ngân hàng TMCP Đông Á", until 2025.
  '970406': ['DongA Bank', 'Đông Á'],
  // BVBank: Viet Capital Bank (the VietQR list's own short name for it).
  '970454': ['VietCapitalBank'],
  // PGBank: "Ngân hàng TMCP Xăng dầu Petrolimex" before its current name.
  '970430': ['Xăng dầu Petrolimex'],
  // ViettelMoney was ViettelPay; VNPTMoney was VNPT Pay.
  '971005': ['ViettelPay'],
  '971011': ['VNPT Pay'],
};

/** The search document of one bank: names [short name, full name]; aliases [code, BIN, SWIFT, former names]. */
function documentOf(bank: Bank): SearchDocument<Bank> {
  const aliases = [bank.code, bank.bin];
  if (bank.swift) aliases.push(bank.swift);
  const former = FORMER_NAMES[bank.bin];
  if (former !== undefined) aliases.push(...former);
  return { item: bank, names: [bank.shortName, bank.name], aliases };
}

/**
 * A search index over `banks` (the built-in `BANKS` or a portal's own list): `bankIndex(BANKS).search('vcb')` gives
 * Vietcombank first. Build it once per list; each search then takes a few microseconds.
 */
export function bankIndex(banks: readonly Bank[]): FoldedIndex<Bank> {
  const documents: SearchDocument<Bank>[] = [];
  for (const bank of banks ?? []) {
    if (bank === null || typeof bank !== 'object') continue;
    documents.push(documentOf(bank));
  }
  return new FoldedIndex(documents);
}
