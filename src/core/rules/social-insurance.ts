/**
 * The social-insurance code (mã số BHXH): 10 digits, issued once for life, also the number on the new health
 * insurance card. Its inner structure is not officially documented, so it is checked as an opaque number.
 */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';

/** Strips spaces, dots and dashes (and turns full-width digits into ASCII); keeps any other character. */
export function normalizeSocialInsuranceCode(raw: string): string {
  return asText(raw).normalize('NFKC').replace(/[\s.\-‐‑‒–—]/gu, '');
}

/** Checks a normalised code is exactly 10 digits. */
export function checkSocialInsuranceCode(code: string): RuleIssue | null {
  return /^\d{10}$/.test(asText(code)) ? null : { code: 'socialInsurance.format' };
}
