/**
 * Dates as the forms handle them: typed as separate day / month / year boxes, stored as ISO `YYYY-MM-DD`
 * (or a bare `YYYY` where the law asks only for the year, as for parents), shown as `dd/mm/yyyy`.
 */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';
import { viNumber, viDate, enDate, enNumber } from './date-words.js';

/** What the citizen typed in the three boxes of a date field, unparsed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Years a civil-status date can fall in: the oldest living records to well past any child born now. */
const MIN_YEAR = 1850;
const MAX_YEAR = 2150;

/** A calendar date as numbers. */
interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days in a month of the proleptic Gregorian calendar, without `Date` (whose 0–99 years are shifted). */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Parses a full ISO date that exists on the calendar; `null` otherwise. */
function parseIso(iso: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : null;
}

/** The first and last day a value can stand for: itself for a full date, the whole year for `YYYY`. */
function spanOf(value: string): { first: string; last: string } | null {
  const text = asText(value).trim();
  if (/^\d{4}$/.test(text)) return { first: `${text}-01-01`, last: `${text}-12-31` };
  return parseIso(text) ? { first: text, last: text } : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Turns the three boxes into an ISO date. All empty gives `{ value: '' }` (nothing entered, for the caller's
 * required check); otherwise the first problem found, in the order the citizen reads the boxes.
 */
export function datePartsToIso(parts: DateParts): { value: string } | { issue: RuleIssue } | { value: '' } {
  // NFKC so full-width digits from some phone keyboards count as digits.
  const read = (value: unknown): string => asText(value).normalize('NFKC').trim();
  const day = read(parts?.day);
  const month = read(parts?.month);
  const year = read(parts?.year);
  if (!day && !month && !year) return { value: '' };
  const missing = !day ? 'day' : !month ? 'month' : !year ? 'year' : null;
  if (missing) return { issue: { code: 'date.incomplete', params: { missing } } };
  const invalid = { issue: { code: 'date.invalid' } };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) return invalid;
  const y = Number(year);
  // Checked before the day because whether 29/02 exists depends on the year.
  if (year.length !== 4 || y < MIN_YEAR || y > MAX_YEAR) {
    return { issue: { code: 'date.year', params: { min: MIN_YEAR, max: MAX_YEAR } } };
  }
  const [m, d] = [Number(month), Number(day)];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return invalid;
  return { value: `${year}-${pad(m)}-${pad(d)}` };
}

/** Splits a stored date back into boxes: `YYYY-MM-DD` into all three, `YYYY` into the year; else all empty. */
export function isoToParts(iso: string): DateParts {
  const text = asText(iso).trim();
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  // Split by shape only, not validity: a stored 2024-02-31 comes back as typed so its error can be shown.
  if (full) return { day: full[3] ?? '', month: full[2] ?? '', year: full[1] ?? '' };
  if (/^\d{4}$/.test(text)) return { day: '', month: '', year: text };
  return { day: '', month: '', year: '' };
}

/**
 * Checks a date against optional bounds (ISO or `YYYY`). A bare year fails only when the whole year is out of
 * range, since the day is unknown. Empty passes; a malformed date gives `date.invalid`; malformed bounds are
 * ignored rather than blocking the citizen for a host's mistake.
 */
export function checkDateRange(iso: string, range: { notAfter?: string; notBefore?: string }): RuleIssue | null {
  if (asText(iso).trim() === '') return null;
  const span = spanOf(iso);
  if (!span) return { code: 'date.invalid' };
  const max = spanOf(asText(range?.notAfter));
  if (max && span.first > max.last) return { code: 'date.future', params: { max: formatDate(max.last) } };
  const min = spanOf(asText(range?.notBefore));
  if (min && span.last < min.first) return { code: 'date.tooEarly', params: { min: formatDate(min.first) } };
  return null;
}

/** Formats for display: `YYYY-MM-DD` → `dd/mm/yyyy`, `YYYY` stays; anything else is returned unchanged. */
export function formatDate(iso: string): string {
  const text = asText(iso);
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  return text;
}

/**
 * The date in words, as the birth certificate writes it under the digits: vi 'Ngày mười lăm, tháng ba, năm hai
 * nghìn không trăm hai mươi sáu'; en 'the fifteenth of March, two thousand twenty-six'. A bare year gives
 * 'Năm …' / 'the year …'; an invalid date gives ''.
 */
export function dateInWords(iso: string, lang: 'vi' | 'en'): string {
  const text = asText(iso).trim();
  const english = lang === 'en';
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return english ? `the year ${enNumber(year)}` : `Năm ${viNumber(year)}`;
  }
  const date = parseIso(text);
  if (!date) return '';
  return english ? enDate(date.y, date.m, date.d) : viDate(date.y, date.m, date.d);
}

/**
 * Whole months from birth to `onIso`, as ages are counted: a month is complete on the same day of the month,
 * or on the month's last day when it has no such day (born 31/01 → one month on 29/02). Negative when
 * `onIso` is before the birth; `NaN` when either date is missing or malformed, so check with `Number.isNaN`.
 */
export function ageInMonths(birthIso: string, onIso: string): number {
  const birth = parseIso(asText(birthIso).trim());
  const on = parseIso(asText(onIso).trim());
  if (!birth || !on) return Number.NaN;
  let months = (on.y - birth.y) * 12 + (on.m - birth.m);
  if (on.d < birth.d && on.d !== daysInMonth(on.y, on.m)) months -= 1;
  return months;
}
