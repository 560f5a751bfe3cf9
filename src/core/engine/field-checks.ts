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
  checkPayee,
  checkPersonalId,
  checkPhone,
  datePartsToIso,
  isoToParts,
} from '../rules/index.js';
import type { AddressValue, RuleIssue, Sex } from '../rules/index.js';
import type { Answers, AnswerValue, BundleDefinition, CrossFieldRule, DocumentFile, FieldDefinition, FieldPath } from './model.js';
import { isFilled } from './conditions.js';
import { DEFAULT_MAX_FILES } from './model.js';
import type { FieldChecks } from './filing-state.js';

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
    case 'payee':
      return checkPayee(value);
    case 'upload': {
      if (!Array.isArray(value) || !value.every(isDocumentFile)) return { code: 'invalid' };
      const min = field.minFiles ?? 1;
      const max = field.maxFiles ?? DEFAULT_MAX_FILES;
      if (value.length < min) return { code: 'upload.tooFew', params: { min } };
      return value.length > max ? { code: 'upload.tooMany', params: { max } } : null;
    }
  }
}

/** Whether a value has the shape of an uploaded file's reference. */
export function isDocumentFile(value: unknown): value is DocumentFile {
  const file = value as Partial<DocumentFile> | null;
  return (
    !!file &&
    typeof file === 'object' &&
    typeof file.id === 'string' &&
    typeof file.name === 'string' &&
    typeof file.type === 'string' &&
    typeof file.size === 'number' &&
    typeof file.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(file.sha256)
  );
}

/**
 * Either/or document slots: for each `oneOf` name, a rule on the first slot of the group that at least one
 * of its slots has files. It runs only when every slot of the group is shown (they share their conditions).
 */
export function alternativeSlotRules(bundle: BundleDefinition): CrossFieldRule[] {
  const groups = new Map<string, FieldPath[]>();
  for (const [groupId, group] of Object.entries(bundle.groups)) {
    for (const [fieldId, field] of Object.entries(group.fields)) {
      if (field.kind !== 'upload' || !field.oneOf) continue;
      const paths = groups.get(field.oneOf) ?? [];
      paths.push(`${groupId}.${fieldId}` as FieldPath);
      groups.set(field.oneOf, paths);
    }
  }
  return [...groups].map(([name, paths]) => ({
    id: `oneOf.${name}`,
    reportOn: paths[0]!,
    reads: paths,
    // The message names the alternatives, so it belongs to the bundle: `error.<bundle>.oneOf.<name>`.
    check: (answers: Answers) => (paths.some((path) => isFilled(answers[path])) ? null : { code: `${bundle.id}.oneOf.${name}` }),
  }));
}

/** Cross-checks a personal ID field declares against the owner's date of birth and sex. */
export function personalIdRules(bundle: BundleDefinition): CrossFieldRule[] {
  const rules: CrossFieldRule[] = [];
  for (const [groupId, group] of Object.entries(bundle.groups)) {
    for (const [fieldId, field] of Object.entries(group.fields)) {
      if (field.kind !== 'personalId' || !field.crossCheck) continue;
      const path = `${groupId}.${fieldId}` as FieldPath;
      const { birthDate, sex } = field.crossCheck;
      const sexPath = sex && sex !== 'male' && sex !== 'female' ? sex : undefined;
      rules.push({
        id: `${path}.matchesOwner`,
        reportOn: path,
        reads: [path, ...(birthDate ? [birthDate] : []), ...(sexPath ? [sexPath] : [])],
        check: (answers) => {
          // An ID left out where it is optional (a foreign parent) has nothing to cross-check.
          if (!isFilled(answers[path])) return null;
          const declaredSex = sexPath ? answers[sexPath] : sex;
          const declaredBirth = birthDate ? answers[birthDate] : undefined;
          return checkPersonalId(String(answers[path] ?? ''), {
            birthDate: typeof declaredBirth === 'string' ? declaredBirth : undefined,
            sex: declaredSex === 'male' || declaredSex === 'female' ? (declaredSex as Sex) : undefined,
          });
        },
      });
    }
  }
  return rules;
}


/** The standard checks, for a filing (see filing-state.ts). */
export const fieldChecks: FieldChecks = {
  checkValue: checkFieldValue,
  derivedRules: (bundle) => [...personalIdRules(bundle), ...alternativeSlotRules(bundle)],
};
