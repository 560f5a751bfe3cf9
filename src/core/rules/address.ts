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
  for (const k of ['country', 'province', 'commune'] as const) {
    if (part(k).length > max) return { code: 'text.tooLong', params: { max } };
  }
  if (part('detail').length > 2 * max) return { code: 'text.tooLong', params: { max: 2 * max } };
  return null;
}

/** An address on one line, smallest unit first, as officers write it. */
export function addressText(value: Partial<AddressValue> | null | undefined): string {
  if (!value || typeof value !== 'object') return '';
  const parts = [value.detail, value.commune, value.province];
  if (!isVietnam(value.country)) parts.push(value.country);
  return parts.map((p) => asText(p).trim()).filter(Boolean).join(', ');
}
