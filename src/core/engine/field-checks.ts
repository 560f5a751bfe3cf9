/**
 * The check of one answer against its field definition: presence aside, is the value of the right form?
 * Plain rules, no zod, so the first step of a wizard can validate without loading the dossier schema; the
 * zod schema (schema.ts) runs these same checks as refinements, so there is one definition of "valid".
 */
import {
  checkAddress,
  checkDateRange,
  checkEmail,
  checkLength,
  checkName,
  checkPersonalId,
  checkPhone,
  datePartsToIso,
  isoToParts,
} from '../rules/index.js';
import type { AddressValue, RuleIssue } from '../rules/index.js';
import type { AnswerValue, BundleDefinition, FieldDefinition } from './model.js';

/** Default longest text, when a definition does not say. */
export const DEFAULT_MAX_LENGTH = { text: 200, name: 50 } as const;

const isText = (value: unknown): value is string => typeof value === 'string';

/** Checks a non-empty value of `field`; `today` (ISO) bounds dates that may not be in the future. */
export function checkFieldValue(field: FieldDefinition, bundle: BundleDefinition, value: AnswerValue, today?: string): RuleIssue | null {
  switch (field.kind) {
    case 'text': {
      if (!isText(value)) return { code: 'invalid' };
      const issue = checkLength(value, { max: field.maxLength ?? DEFAULT_MAX_LENGTH.text, min: field.minLength });
      if (issue) return issue;
      const pattern = field.pattern && new RegExp(`^(?:${field.pattern.source})$`);
      return pattern && !pattern.test(value) ? { code: field.pattern!.code } : null;
    }
    case 'name':
      return isText(value) ? checkName(value, { maxLength: field.maxLength ?? DEFAULT_MAX_LENGTH.name }) : { code: 'invalid' };
    case 'choice': {
      const options = bundle.options[field.options] ?? [];
      const values = field.multiple ? value : [value];
      if (!Array.isArray(values)) return { code: 'invalid' };
      return values.every((v) => isText(v) && options.includes(v)) ? null : { code: 'choice' };
    }
    case 'date': {
      if (!isText(value)) return { code: 'invalid' };
      const parsed = datePartsToIso(isoToParts(value));
      if ('issue' in parsed) return parsed.issue;
      if (parsed.value !== value) return { code: 'date.invalid' };
      return checkDateRange(value, { notAfter: field.notAfter === 'today' ? today : undefined, notBefore: field.notBefore });
    }
    case 'personalId':
      return isText(value) ? checkPersonalId(value) : { code: 'invalid' };
    case 'phone':
      return isText(value) ? checkPhone(value) : { code: 'invalid' };
    case 'email':
      return isText(value) ? checkEmail(value) : { code: 'invalid' };
    case 'address':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return { code: 'invalid' };
      return checkAddress(value as AddressValue, field);
  }
}
