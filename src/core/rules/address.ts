/**
 * Addresses as the plain address field holds them: names as typed, smallest part last. The searchable field
 * of a later version adds unit codes and the scheme they belong to; these checks stay the same.
 */
import type { RuleIssue } from './issue.js';
import { asText } from './as-text.js';

/** A Vietnamese address (province → commune → detail), or a place abroad when `country` is another country. */
export interface AddressValue {
  /** Country name; empty means Việt Nam. */
  country?: string;
  /** Province or centrally-run city; for a place abroad, the city or state. */
  province: string;
  /** Commune, ward or special zone. */
  commune: string;
  /** House number, street, hamlet or residential group. */
  detail: string;
  /**
   * Which set of unit codes `provinceCode` and `communeCode` belong to (`2025-07`, today's units). Codes were
   * reused across the July 2025 reform, so a code alone does not say which unit it is.
   */
  scheme?: string;
  /** The province's two-digit code in `scheme`. */
  provinceCode?: string;
  /** The commune's five-digit code in `scheme`. */
  communeCode?: string;
  /** How the address reads on papers written before the reform, when the citizen gave it that way. */
  previous?: PreviousAddress;
}

/** An address in the units before 1 July 2025 (province, district, commune). */
export interface PreviousAddress {
  scheme: string;
  province: string;
  provinceCode: string;
  district: string;
  districtCode: string;
  commune: string;
  communeCode: string;
}

/** Which parts an address may leave out. */
export interface AddressRules {
  communeOptional?: boolean;
  detailOptional?: boolean;
  foreignAllowed?: boolean;
  /** Longest a part may be. */
  maxLength?: number;
}

/** Whether a country name means Việt Nam, however it was written (empty counts as Việt Nam). */
export function isVietnam(country: string | undefined): boolean {
  const key = asText(country).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s.]+/g, '').toLowerCase();
  return key === '' || key === 'vietnam' || key === 'vn';
}

/** Whether anything at all was entered. */
export function isAddressEmpty(value: Partial<AddressValue> | null | undefined): boolean {
  return !value || ['country', 'province', 'commune', 'detail'].every((k) => !asText((value as Record<string, unknown>)[k]).trim());
}

/** The first missing or over-long part of a non-empty address. */
export function checkAddress(value: Partial<AddressValue> | null | undefined, rules: AddressRules = {}): RuleIssue | null {
  const part = (k: keyof AddressValue) => asText(value?.[k]).trim();
  const max = rules?.maxLength ?? 100;
  const abroad = !!rules?.foreignAllowed && !isVietnam(part('country'));
  if (!part('province')) return { code: abroad ? 'address.cityMissing' : 'address.provinceMissing' };
  if (!abroad && !rules?.communeOptional && !part('commune')) return { code: 'address.communeMissing' };
  if (!abroad && !rules?.detailOptional && !part('detail')) return { code: 'address.detailMissing' };
  // Codes, when given, are of the right form and say which scheme they belong to.
  if (value?.provinceCode !== undefined && (!/^\d{2}$/.test(value.provinceCode) || !value.scheme)) return { code: 'address.unknownUnit' };
  if (value?.communeCode !== undefined && (!/^\d{5}$/.test(value.communeCode) || !value.provinceCode)) return { code: 'address.unknownUnit' };
  for (const k of ['country', 'province', 'commune'] as const) {
    if (part(k).length > max) return { code: 'text.tooLong', params: { max } };
  }
  if (part('detail').length > 2 * max) return { code: 'text.tooLong', params: { max: 2 * max } };
  return null;
}

/** An address on one line, smallest unit first, as officers write it; `before` introduces the pre-reform form. */
export function addressText(value: Partial<AddressValue> | null | undefined, before = 'trước 01/07/2025'): string {
  if (!value || typeof value !== 'object') return '';
  const parts = [value.detail, value.commune, value.province];
  if (!isVietnam(value.country)) parts.push(value.country);
  const text = parts.map((p) => asText(p).trim()).filter(Boolean).join(', ');
  const old = value.previous;
  // Officers compare with older papers: the address as those papers wrote it follows in brackets.
  return old ? `${text} (${before}: ${[old.commune, old.district, old.province].join(', ')})` : text;
}
