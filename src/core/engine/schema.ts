/**
 * zod schemas derived from a bundle definition: one per field (used to validate a step) and one for the whole
 * dossier (used before sending, by the demo receiver and, as JSON Schema, by any back office). Issues carry a
 * rule code (an i18n key below `error.`) as their message, so the same schema serves every language.
 */
import * as z from 'zod/mini';
import { checkFieldValue, DEFAULT_MAX_LENGTH } from './field-checks.js';
import type { AnswerValue, BundleDefinition, FieldDefinition } from './model.js';
import { DOSSIER_FORMAT } from './model.js';
import { groupLocation } from './dossier.js';

// zod compiles object parsers with `new Function` when it can; a portal with a strict Content-Security-Policy
// forbids that, and the speed-up is irrelevant at the size of a dossier.
z.config({ jitless: true });


const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERSONAL_ID = /^\d{12}$/;
const PHONE = /^0\d{9}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const REFERENCE = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A zod check that runs the field's own check (field-checks.ts) and reports its rule code as the message. */
function fieldCheck(field: FieldDefinition, bundle: BundleDefinition, today?: string) {
  return z.superRefine<unknown>((value, ctx) => {
    const issue = checkFieldValue(field, bundle, value as AnswerValue, today);
    if (issue) ctx.issues.push({ code: 'custom', message: issue.code, params: issue.params ?? {}, input: value });
  });
}

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The schema of one field's value. The structural part (types, patterns, lengths) is what JSON Schema can
 * express for back offices; the refinement is the same check the wizard runs on each step.
 */
export function fieldSchema(field: FieldDefinition, bundle: BundleDefinition, today?: string): z.ZodMiniType {
  const structure = (() => {
    switch (field.kind) {
      case 'text':
        return text(field.maxLength ?? DEFAULT_MAX_LENGTH.text);
      case 'name':
        return text(field.maxLength ?? DEFAULT_MAX_LENGTH.name);
      case 'choice': {
        const one = z.enum((bundle.options[field.options] ?? []) as [string, ...string[]]);
        return field.multiple ? z.array(one) : one;
      }
      case 'date':
        return z.string().check(z.regex(ISO_DATE));
      case 'personalId':
        return z.string().check(z.regex(PERSONAL_ID));
      case 'phone':
        return z.string().check(z.regex(PHONE));
      case 'email':
        return text(254);
      case 'address':
        return z.strictObject({
          country: z.optional(text(100)),
          province: text(100),
          commune: text(100),
          detail: text(200),
          scheme: z.optional(text(20)),
          provinceCode: z.optional(z.string().check(z.regex(/^\d{2}$/))),
          communeCode: z.optional(z.string().check(z.regex(/^\d{5}$/))),
          previous: z.optional(
            z.strictObject({
              scheme: text(20),
              province: text(100),
              provinceCode: z.string().check(z.regex(/^\d{2}$/)),
              district: text(100),
              districtCode: z.string().check(z.regex(/^\d{3}$/)),
              commune: text(100),
              communeCode: z.string().check(z.regex(/^\d{5}$/)),
            }),
          ),
        });
      case 'payee':
        return z.union([
          z.strictObject({ method: z.literal('post') }),
          z.strictObject({
            method: z.literal('bank'),
            bin: z.string().check(z.regex(/^\d{6}$/)),
            bankName: text(200),
            bankShortName: text(100),
            accountNumber: z.string().check(z.regex(/^[0-9A-Z]{6,19}$/)),
            accountHolder: text(70),
          }),
        ]);
      case 'upload':
        return z.array(
          z.strictObject({ id: text(200), name: text(255), type: text(100), size: z.number(), sha256: z.string().check(z.regex(SHA256)) }),
        );
    }
  })();
  return (structure as z.ZodMiniType).check(fieldCheck(field, bundle, today));
}

function groupSchema(bundle: BundleDefinition, groupId: string) {
  const fields = bundle.groups[groupId]!.fields;
  return z.optional(
    z.strictObject(Object.fromEntries(Object.entries(fields).map(([id, f]) => [id, z.optional(fieldSchema(f, bundle))]))),
  );
}

/**
 * The whole dossier of one bundle. Conditions decide at filing time which fields are present, so the schema
 * marks every fact optional and checks the form of whatever is there; the wizard checks completeness.
 */
export function dossierSchema(bundle: BundleDefinition) {
  const procedureIds = Object.keys(bundle.procedures) as [string, ...string[]];
  const groupsOf = (kind: string) => Object.entries(bundle.groups).filter(([, g]) => g.role.kind === kind).map(([id]) => id);
  const [declarant] = groupsOf('declarant');
  const documentSlots = groupsOf('documents').flatMap((id) => Object.keys(bundle.groups[id]!.fields));
  const [subject] = groupsOf('subject');
  const sections = Object.fromEntries(
    procedureIds.map((procedure) => {
      const own = Object.entries(bundle.groups)
        .filter(([, g]) => g.role.kind === 'section' && g.role.procedure === procedure)
        .map(([id]) => [id, groupSchema(bundle, id)] as const);
      return [
        procedure,
        z.optional(
          z.strictObject({
            agency: z.string(),
            facts: z.array(z.string()),
            awaiting: z.optional(z.array(z.string())),
            ...Object.fromEntries(own),
          }),
        ),
      ];
    }),
  );
  return z.strictObject({
    format: z.literal(DOSSIER_FORMAT),
    bundle: z.literal(bundle.id),
    reference: z.string().check(z.regex(REFERENCE)),
    createdAt: z.iso.datetime({ offset: true }),
    language: z.enum(['vi', 'en']),
    procedures: z.array(z.enum(procedureIds)).check(z.minLength(1)),
    declarant: declarant ? groupSchema(bundle, declarant) : z.optional(z.never()),
    subject: subject ? groupSchema(bundle, subject) : z.optional(z.never()),
    parties: z.optional(z.strictObject(Object.fromEntries(groupsOf('party').map((id) => [id, groupSchema(bundle, id)])))),
    sections: z.strictObject(sections),
    documents: z.array(
      z.strictObject({
        slot: documentSlots.length > 0 ? z.enum(documentSlots as [string, ...string[]]) : z.string(),
        files: z.array(
          z.strictObject({
            id: text(200),
            name: text(255),
            type: text(100),
            size: z.number().check(z.nonnegative()),
            sha256: z.string().check(z.regex(SHA256)),
          }),
        ),
      }),
    ),
    deferred: z.array(z.object({ fact: z.string(), procedures: z.array(z.string()), reason: z.optional(z.string()) })),
  });
}

/** Validates a dossier of `bundle`, returning readable issue strings (`path: code`) when it does not conform. */
export function validateDossier(bundle: BundleDefinition, dossier: unknown): { ok: true } | { ok: false; issues: string[] } {
  const result = z.safeParse(dossierSchema(bundle), dossier);
  if (result.success) return { ok: true };
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || '(dossier)'}: ${i.message}`) };
}

