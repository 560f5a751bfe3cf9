/**
 * E-mail addresses. Optional on the bundle forms and only used to send copies, so the check is pragmatic:
 * it catches typing slips without rejecting unusual but deliverable addresses (plus tags, IDN domains).
 */
import { asText } from './as-text.js';
import type { RuleIssue } from './issue.js';

/** Characters never valid outside quotes in an address; quoted local parts are too rare to support. */
const FORBIDDEN = /[\s\p{Cc}<>()[\]\\,;:"]/u;

/** One domain label: letters (any script, for IDN) and digits, with inner hyphens. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/** Trims the address; case is kept because the part before `@` may be case-sensitive. */
export function normalizeEmail(raw: string): string {
  return asText(raw).trim();
}

/** Checks one `@`, a dotted domain, no spaces and at most 254 characters (the SMTP limit). */
export function checkEmail(email: string): RuleIssue | null {
  const text = asText(email);
  const issue = { code: 'email.format' };
  if (text.length === 0 || text.length > 254 || FORBIDDEN.test(text)) return issue;
  const parts = text.split('@');
  if (parts.length !== 2) return issue;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > 64) return issue;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return issue;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => label.length <= 63 && LABEL.test(label))) return issue;
  // A numeric last label is an IP address or a typo (`a@b.123`), never a top-level domain.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return issue;
  return null;
}
