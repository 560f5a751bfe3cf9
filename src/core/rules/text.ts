/** Free-text limits shared by fields that have no stricter rule of their own. */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';

/** Length in characters as a person counts them: code points, so an emoji or a Hán character counts once. */
function lengthOf(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

/** Checks the length in characters (code points) against optional bounds; an empty value passes without `min`. */
export function checkLength(value: string, limits: { min?: number; max?: number }): RuleIssue | null {
  const length = lengthOf(asText(value));
  const min = limits?.min;
  const max = limits?.max;
  if (typeof min === 'number' && length < min) return { code: 'text.tooShort', params: { min } };
  if (typeof max === 'number' && length > max) return { code: 'text.tooLong', params: { max } };
  return null;
}

/**
 * Whether the text holds control characters: C0/C1 controls other than tab and line breaks, and the
 * bidirectional overrides, which make the review page and the printed summary show something other than
 * what is stored.
 */
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u.test(asText(value));
}
