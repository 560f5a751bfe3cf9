/**
 * What a host portal already knows (e.g. the signed-in citizen from VNeID), offered as starting answers.
 * Host data is never trusted blindly: unknown paths and values of the wrong shape are set aside and reported,
 * the rest is shown to the citizen to confirm, and nothing the citizen already typed is overwritten.
 */
import { isFilled } from './conditions.js';
import { isDocumentFile } from './field-checks.js';
import { normalizeEmail, normalizeName, normalizePersonalId, normalizePhone, toPayee } from '../rules/index.js';
import type { AnswerValue, BundleDefinition, FieldKind } from './model.js';
import { PROCEDURES_PATH } from './model.js';
import { fieldAt } from './session.js';

/** A prefilled entry that was not used, and why (an i18n key below `wizard.prefill.`). */
export interface RejectedPrefill {
  path: string;
  reason: 'unknownField' | 'wrongType' | 'notAnObject';
}

/** Flattens `{ declarant: { fullName } }` and `{ 'declarant.fullName': … }` alike into paths. */
function flatten(prefill: Record<string, unknown>): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(prefill)) {
    if (key.includes('.') || value === null || typeof value !== 'object' || Array.isArray(value)) {
      entries.push([key, value]);
    } else {
      for (const [field, inner] of Object.entries(value as Record<string, unknown>)) entries.push([`${key}.${field}`, inner]);
    }
  }
  return entries;
}

/** Whether `value` has the shape the field at `path` holds (its content is validated later, like typed input). */
function shapedAnswer(bundle: BundleDefinition, path: string, value: unknown): AnswerValue | undefined {
  const field = path === PROCEDURES_PATH ? ({ kind: 'choice', multiple: true } as const) : fieldAt(bundle, path);
  if (!field) return undefined;
  if (field.kind === 'address') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const a = value as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
    const country = text(a.country).trim();
    // As the address field keeps it: a country only when one is given.
    // Codes only with the scheme they belong to; the address field checks them against its units.
    const codes = typeof a.scheme === 'string' && typeof a.provinceCode === 'string'
      ? { scheme: a.scheme, provinceCode: a.provinceCode, ...(typeof a.communeCode === 'string' ? { communeCode: a.communeCode } : {}) }
      : {};
    const address = { ...(country ? { country } : {}), province: text(a.province), commune: text(a.commune), detail: text(a.detail), ...codes };
    return isFilled(address) ? address : undefined;
  }
  if (field.kind === 'payee') {
    // An account the portal knows for this citizen; its parts are checked later, as if typed.
    const payee = toPayee(value);
    return payee && isFilled(payee) ? payee : undefined;
  }
  if (field.kind === 'upload') {
    // Files the host already holds for this citizen (e.g. a birth certificate sent by the hospital).
    return Array.isArray(value) && value.length > 0 && value.every(isDocumentFile) ? structuredClone(value) : undefined;
  }
  if (field.kind === 'choice' && field.multiple) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  }
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : undefined;
  return text === undefined ? undefined : normalizeAnswer(field.kind, text);
}

/**
 * Host data in the form a citizen's typing would have produced: `+84 912 345 678` becomes `0912345678`, as the
 * phone field stores it, so a prefilled answer is checked like a typed one.
 */
function normalizeAnswer(kind: FieldKind, text: string): string {
  switch (kind) {
    case 'phone':
      return normalizePhone(text);
    case 'personalId':
      return normalizePersonalId(text);
    case 'email':
      return normalizeEmail(text);
    case 'name':
      return normalizeName(text);
    default:
      return text.normalize('NFC');
  }
}

/**
 * Sorts a host's prefill into answers to apply and entries to report. Accepts anything: a non-object
 * prefill is reported as a whole.
 */
export function readPrefill(
  bundle: BundleDefinition,
  prefill: unknown,
  existing: Readonly<Record<string, AnswerValue | undefined>> = {},
): { answers: Record<string, AnswerValue>; rejected: RejectedPrefill[] } {
  const answers: Record<string, AnswerValue> = {};
  const rejected: RejectedPrefill[] = [];
  if (prefill === undefined || prefill === null) return { answers, rejected };
  if (typeof prefill !== 'object' || Array.isArray(prefill)) {
    return { answers, rejected: [{ path: '', reason: 'notAnObject' }] };
  }
  for (const [path, value] of flatten(prefill as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    if (path !== PROCEDURES_PATH && !fieldAt(bundle, path)) {
      rejected.push({ path, reason: 'unknownField' });
      continue;
    }
    const answer = shapedAnswer(bundle, path, value);
    if (answer === undefined) rejected.push({ path, reason: 'wrongType' });
    else if (!isFilled(existing[path])) answers[path] = answer;
  }
  return { answers, rejected };
}
