/**
 * The death bundle (Nghị định 63/2024/NĐ-CP): death registration, removal of permanent residence, the funeral
 * allowance and, where the deceased qualifies, the survivor benefit, filed once. The single source for
 * everything about it; see DOMAIN.md §4–6 for what the law asks and how sure we are of each point.
 *
 * Order matters for grieving families who must register the death at once to bury or cremate: the steps that
 * death registration needs come first and ask only what it needs; nothing a later procedure needs blocks it.
 * The deceased's social-insurance number can be given later (`deferrable`): the dossier is sent without it and
 * the funeral-allowance and survivor sections say they await it (CONTEXT.md P6).
 *
 * Strings: `death.<group>.<field>.label|hint`, `death.step.<id>.title|intro`, `death.procedure.<id>.label|hint`,
 * options `death.option.<set>.<value>` falling back to the shared `option.<set>.<value>`.
 */
import { defineBundle } from '../core/engine/model.js';
import type { Answers, Condition } from '../core/engine/model.js';
import { PROCEDURES_PATH } from '../core/engine/model.js';
import { ETHNICITY_CODES } from '../data/ethnicity-codes.js';
import { declarantContact, declarantIdentity } from './declarant.js';

/** Procedures that pay money, and so need to know who receives it and how. */
const PAYS: Condition = { any: [{ procedure: 'funeralAllowance' }, { procedure: 'survivorBenefit' }] };
const NOT_RELATIVE: Condition = { field: 'declarant.relationship', equals: 'notRelative' };
/** The regimes that pay through social insurance, which identifies the deceased by the number. */
const INSURANCE_REGIME: Condition = { field: 'funeral.regime', in: ['socialInsurance', 'merit', 'unknown'] };

export const death = defineBundle({
  id: 'death',
  procedures: {
    // The national portal files 2, 3 or 4 procedures: registration and residence removal always go together.
    deathRegistration: { agency: 'justice', always: true, needs: ['declarant', 'deceased'] },
    residenceRemoval: { agency: 'police', always: true, needs: ['declarant', 'deceased'] },
    funeralAllowance: { agency: 'socialInsurance', needs: ['declarant', 'deceased'] },
    survivorBenefit: { agency: 'socialInsurance', needs: ['declarant', 'deceased'] },
  },
  options: {
    sex: ['male', 'female'],
    yesNo: ['yes', 'no'],
    nationality: ['vn', 'other'],
    ethnicity: ETHNICITY_CODES,
    residenceType: ['permanent', 'temporary', 'current'],
    // A representative of an agency or organisation, or anyone else, may register a death (Luật Hộ tịch Art 33).
    declarantRelationship: ['spouse', 'child', 'parent', 'sibling', 'grandchild', 'otherRelative', 'notRelative'],
    placeOfDeathKind: ['healthFacility', 'home', 'elsewhere'],
    deathProofKind: ['deathNotice', 'courtDecision', 'otherSubstitute'],
    regime: ['socialInsurance', 'socialProtection', 'merit', 'unknown'],
    organiser: ['declarant', 'someoneElse'],
  },
  groups: {
    declarant: {
      role: { kind: 'declarant' },
      fields: {
        ...declarantIdentity,
        relationship: { kind: 'choice', options: 'declarantRelationship', required: true },
        organisation: { kind: 'text', maxLength: 150, required: true, when: NOT_RELATIVE },
        ...declarantContact,
        residence: { kind: 'address', required: true },
      },
    },
    deceased: {
      role: { kind: 'subject' },
      fields: {
        familyName: { kind: 'name', required: true },
        middleName: { kind: 'name' },
        givenName: { kind: 'name', required: true },
        // The date of birth, or only the year when that is all the family knows.
        birthDate: { kind: 'date', notAfter: 'today' },
        birthYear: {
          kind: 'text',
          maxLength: 4,
          inputMode: 'numeric',
          required: { field: 'deceased.birthDate', filled: false },
          when: { field: 'deceased.birthDate', filled: false },
          pattern: { source: '(18|19|20)\\d{2}', code: 'death.birthYear' },
        },
        sex: { kind: 'choice', options: 'sex', required: true },
        ethnicity: { kind: 'choice', options: 'ethnicity', appearance: 'select', required: true, initial: '01' },
        nationality: { kind: 'choice', options: 'nationality', required: true, initial: 'vn' },
        nationalityName: { kind: 'text', maxLength: 60, required: true, when: { field: 'deceased.nationality', equals: 'other' } },
        personalId: { kind: 'personalId', crossCheck: { birthDate: 'deceased.birthDate', sex: 'deceased.sex' } },
        lastResidence: { kind: 'address', required: true },
        // Needed only by social insurance: may be given later, so it never blocks the death registration.
        socialInsuranceNumber: {
          kind: 'text',
          maxLength: 10,
          inputMode: 'numeric',
          required: true,
          when: { all: [{ procedure: 'funeralAllowance' }, INSURANCE_REGIME] },
          pattern: { source: '\\d{10}', code: 'socialInsurance.format' },
          deferrable: { procedures: ['funeralAllowance', 'survivorBenefit'] },
        },
      },
    },
    registration: {
      role: { kind: 'section', procedure: 'deathRegistration' },
      fields: {
        deathDate: { kind: 'date', required: true, notAfter: 'today' },
        deathTime: { kind: 'text', maxLength: 5, pattern: { source: '([01]?\\d|2[0-3])[:h.]([0-5]\\d)', code: 'death.time' } },
        placeOfDeathKind: { kind: 'choice', options: 'placeOfDeathKind', required: true },
        healthFacility: { kind: 'text', maxLength: 150, required: true, when: { field: 'registration.placeOfDeathKind', equals: 'healthFacility' } },
        placeOfDeath: { kind: 'address', required: true, detailOptional: true },
        cause: { kind: 'text', maxLength: 200, required: true },
        proofKind: { kind: 'choice', options: 'deathProofKind', required: true, initial: 'deathNotice' },
        proofNumber: { kind: 'text', maxLength: 30 },
        proofDate: { kind: 'date', required: true, notAfter: 'today' },
        proofIssuer: { kind: 'text', maxLength: 150, required: true },
        office: { kind: 'address', required: true, detailOptional: true },
      },
    },
    household: {
      role: { kind: 'section', procedure: 'residenceRemoval' },
      fields: {
        deceasedWasHead: { kind: 'choice', options: 'yesNo', required: true },
        headName: { kind: 'name', maxLength: 100, required: true, when: { field: 'household.deceasedWasHead', equals: 'no' } },
        // When the head has died the household must name a new one (Luật Cư trú Art 26; DOMAIN.md §5 [U]).
        newHeadName: { kind: 'name', maxLength: 100, required: true, when: { field: 'household.deceasedWasHead', equals: 'yes' } },
        newHeadPersonalId: { kind: 'personalId', required: true, when: { field: 'household.deceasedWasHead', equals: 'yes' } },
      },
    },
    funeral: {
      role: { kind: 'section', procedure: 'funeralAllowance' },
      fields: {
        regime: { kind: 'choice', options: 'regime', required: true },
        organiser: { kind: 'choice', options: 'organiser', required: true },
        organiserName: { kind: 'name', maxLength: 100, required: true, when: { field: 'funeral.organiser', equals: 'someoneElse' } },
        organiserPersonalId: { kind: 'personalId', required: true, when: { field: 'funeral.organiser', equals: 'someoneElse' } },
        organiserRelationship: { kind: 'text', maxLength: 60, required: true, when: { field: 'funeral.organiser', equals: 'someoneElse' } },
      },
    },
    payment: {
      role: { kind: 'section', procedure: 'funeralAllowance' },
      when: PAYS,
      fields: {
        // Money amounts are set by law and change: the wizard never states one.
        payee: { kind: 'payee', required: true },
      },
    },
    documents: {
      role: { kind: 'documents' },
      fields: {
        // The death notice, or the paper that replaces it (a court decision, or another substitute).
        deathProof: { kind: 'upload', required: true },
        authorisation: { kind: 'upload', required: true, when: NOT_RELATIVE },
        // Social-protection burial support needs the decision or list ending the monthly allowance (NĐ 20/2021).
        allowanceDecision: {
          kind: 'upload',
          when: { all: [{ procedure: 'funeralAllowance' }, { field: 'funeral.regime', equals: 'socialProtection' }] },
        },
      },
    },
  },
  steps: [
    { id: 'procedures', choosesProcedures: true, fields: [] },
    { id: 'declarant', fields: ['declarant.fullName', 'declarant.personalId', 'declarant.birthDate', 'declarant.sex', 'declarant.relationship', 'declarant.organisation'] },
    { id: 'declarantContact', fields: ['declarant.phone', 'declarant.email', 'declarant.residence'] },
    {
      id: 'deceased',
      fields: ['deceased.familyName', 'deceased.middleName', 'deceased.givenName', 'deceased.birthDate', 'deceased.birthYear', 'deceased.sex', 'deceased.ethnicity', 'deceased.nationality', 'deceased.nationalityName', 'deceased.personalId', 'deceased.lastResidence'],
    },
    { id: 'death', fields: ['registration.deathDate', 'registration.deathTime', 'registration.placeOfDeathKind', 'registration.healthFacility', 'registration.placeOfDeath', 'registration.cause'] },
    { id: 'proof', fields: ['registration.proofKind', 'registration.proofNumber', 'registration.proofDate', 'registration.proofIssuer', 'documents.deathProof', 'documents.authorisation'] },
    { id: 'office', fields: ['registration.office'] },
    { id: 'household', procedure: 'residenceRemoval', fields: ['household.deceasedWasHead', 'household.headName', 'household.newHeadName', 'household.newHeadPersonalId'] },
    {
      id: 'funeral',
      procedure: 'funeralAllowance',
      fields: ['funeral.regime', 'deceased.socialInsuranceNumber', 'funeral.organiser', 'funeral.organiserName', 'funeral.organiserPersonalId', 'funeral.organiserRelationship', 'documents.allowanceDecision'],
    },
    { id: 'payment', when: PAYS, fields: ['payment.payee'] },
  ],
  rules: [
    {
      // The survivor benefit is filed with the funeral allowance (the portal's 4th procedure follows the 3rd).
      id: 'survivorNeedsFuneral',
      reportOn: PROCEDURES_PATH,
      reads: [],
      check: (answers: Answers) => {
        const chosen = answers[PROCEDURES_PATH];
        const list = Array.isArray(chosen) ? (chosen as string[]) : [];
        return list.includes('survivorBenefit') && !list.includes('funeralAllowance') ? { code: 'death.survivorNeedsFuneral' } : null;
      },
    },
  ],
});

/** The death bundle's definition type. */
export type DeathBundle = typeof death;
