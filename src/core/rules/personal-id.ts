/**
 * The 12-digit personal identification number (Số định danh cá nhân, the number on the chip ID card):
 * `PPP G YY RRRRRR` — place of birth registration, century and sex, last two digits of the birth year, random.
 */
import { asText } from './as-text.js';
import type { RuleIssue, Sex } from './issue.js';

/**
 * The 63 province codes in use before the July-2025 merger. The 34 new provinces kept one of their old codes,
 * and numbers already issued never change, so this list covers every number registered in Vietnam.
 */
const PROVINCE_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 ' +
    '040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 ' +
    '083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

/** Characters people type between digit groups ("001 2 24 000123", "001.224.000.123") that carry no meaning. */
const SEPARATORS = /[\s.\-‐‑‒–—]/gu;

/** Strips spaces, dots and dashes (and turns full-width digits into ASCII); keeps any other character. */
export function normalizePersonalId(raw: string): string {
  // NFKC maps full-width digits from some phone keyboards to 0–9; other characters stay so they can be reported.
  return asText(raw).normalize('NFKC').replace(SEPARATORS, '');
}

/** What the number itself says about its holder; `null` unless it is exactly 12 digits. */
export function decodePersonalId(
  id: string,
): { placeCode: string; sex: Sex; birthYear: number; knownPlace: boolean } | null {
  const text = asText(id);
  if (!/^\d{12}$/.test(text)) return null;
  const placeCode = text.slice(0, 3);
  const g = Number(text[3]);
  // Even digits are men, odd digits women; each pair of digits is one century, starting at 1900.
  const century = 1900 + Math.floor(g / 2) * 100;
  return {
    placeCode,
    sex: g % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(text.slice(4, 6)),
    knownPlace: PROVINCE_CODES.has(placeCode),
  };
}

/** The year of an ISO date or a bare year; `null` when absent or malformed (the date field reports that). */
function yearOf(date: string): number | null {
  const match = /^(\d{4})(?:-\d{2}-\d{2})?$/.exec(date.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Checks the format and, when given, that the number agrees with the declared birth date and sex.
 * Pass the output of {@link normalizePersonalId}. An unknown place code is not an issue: people whose birth
 * was registered abroad get a country code, so callers only show `decodePersonalId(id).knownPlace` as a hint.
 */
export function checkPersonalId(id: string, facts: { birthDate?: string; sex?: Sex } = {}): RuleIssue | null {
  const decoded = decodePersonalId(id);
  if (!decoded) return { code: 'personalId.format' };
  const declaredYear = yearOf(asText(facts?.birthDate));
  if (declaredYear !== null && declaredYear !== decoded.birthYear) {
    return { code: 'personalId.birthYear', params: { idYear: decoded.birthYear, declaredYear } };
  }
  const sex = facts?.sex;
  if ((sex === 'male' || sex === 'female') && sex !== decoded.sex) return { code: 'personalId.sex' };
  return null;
}
