/**
 * Personal names. Stored in NFC (the same name typed on two keyboards must compare equal) and printed in
 * uppercase with every diacritic, as civil-status records show them.
 */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';

/**
 * Letters of any script (the Vietnamese ones with their tone marks, and foreign parents' names), with spaces,
 * hyphens and apostrophes between them. Combining marks are allowed for text that arrives decomposed.
 */
const NAME = /^[\p{L}\p{M} \-‐'’]*$/u;

/** The default cap on a name part; the law only asks that names not be "too long", so callers may raise it. */
const DEFAULT_MAX = 50;

/** Composes to NFC, trims and collapses runs of whitespace into one space. */
export function normalizeName(raw: string): string {
  return asText(raw).normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** Checks the characters and the length (in characters, default 50). Empty passes: required-ness is the caller's. */
export function checkName(name: string, options: { maxLength?: number } = {}): RuleIssue | null {
  const text = asText(name).normalize('NFC');
  // Punctuation alone ("-", "'") is not a name, so at least one letter is needed once anything is typed.
  if (!NAME.test(text) || (text.trim() !== '' && !/\p{L}/u.test(text))) return { code: 'name.characters' };
  const requested = options?.maxLength;
  const max = typeof requested === 'number' && requested >= 0 ? requested : DEFAULT_MAX;
  if ([...text].length > max) return { code: 'name.length', params: { max } };
  return null;
}

/** Joins family name, middle name(s) and given name with single spaces, skipping empty parts. */
export function joinName(...parts: Array<string | undefined>): string {
  return parts
    .map((part) => normalizeName(asText(part)))
    .filter((part) => part !== '')
    .join(' ');
}

/** Uppercases with diacritics kept, as records print names: 'Nguyễn Thị Ánh' → 'NGUYỄN THỊ ÁNH'. */
export function toRecordCase(name: string): string {
  // The Vietnamese locale keeps đ → Đ and every tone mark; NFC again because uppercasing can decompose.
  return normalizeName(name).toLocaleUpperCase('vi').normalize('NFC');
}
