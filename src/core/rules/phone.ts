/**
 * Vietnamese mobile numbers. The bundles send the appointment notice by SMS, so only a mobile number will do;
 * the check follows the 10-digit numbering in force since the 2018 conversion.
 */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';

/** Carrier prefixes (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, iTel, Reddi) after the leading 0. */
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;

/** Grouping people write into numbers: spaces, dots, dashes, brackets. */
const SEPARATORS = /[\s.\-‐‑‒–—()]/gu;

/**
 * Rewrites the ways people write a number into the 10-digit national form: `+84 912 345 678`, `84912345678`,
 * `0912.345.678` and `(091) 234-5678` all give `0912345678`. Input that is not a number is returned trimmed,
 * unchanged, so the message can be shown next to what the citizen actually typed.
 */
export function normalizePhone(raw: string): string {
  const trimmed = asText(raw).normalize('NFKC').trim();
  const compact = trimmed.replace(SEPARATORS, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return trimmed;
  // International forms: +84…, 0084…, or a bare 84 followed by the 9 national digits.
  const international = /^(?:\+|00)84(\d+)$/.exec(compact) ?? /^84(\d{9})$/.exec(compact);
  if (international) {
    const rest = international[1] ?? '';
    // "+84 0912…" is common: the trunk 0 is written out of habit and must not be doubled.
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  return compact;
}

/** Checks a normalised number is a Vietnamese mobile number; landlines (02x…) and foreign numbers fail. */
export function checkPhone(normalized: string): RuleIssue | null {
  return MOBILE.test(asText(normalized)) ? null : { code: 'phone.format' };
}
