/**
 * The birth bundle (Nghị định 63/2024/NĐ-CP): birth registration, permanent-residence registration and the
 * health-insurance card for a child under 6, filed once. The single source for everything about it; see
 * DOMAIN.md §1–3 for what the law asks and how sure we are of each point.
 *
 * Strings: `birth.<group>.<field>.label|hint`, `birth.step.<id>.title|intro`, `birth.procedure.<id>.label|hint`,
 * options `birth.option.<set>.<value>` falling back to the shared `option.<set>.<value>`.
 */
import { defineBundle } from '../core/engine/model.js';
import type { Answers, Condition, FieldDefinition, FieldPath } from '../core/engine/model.js';
import { ETHNICITY_CODES } from '../data/ethnicity-codes.js';
import { declarantContact, declarantIdentity } from './declarant.js';

const MOTHER_DETERMINED: Condition = { field: 'registration.birthCase', in: ['bothParentsKnown', 'fatherUnknown'] };
const FATHER_DETERMINED: Condition = { field: 'registration.birthCase', in: ['bothParentsKnown', 'motherUnknown'] };
const MARRIED: Condition = { field: 'registration.parentsMarried', equals: 'yes' };
const NOT_ABANDONED: Condition = { not: { field: 'registration.birthCase', equals: 'abandoned' } };

/** The facts declared for the mother and for the father: the same list, with the parent's sex fixed. */
function parentFields(sex: 'male' | 'female', group: 'mother' | 'father'): Record<string, FieldDefinition> {
  return {
    familyName: { kind: 'name', required: true },
    middleName: { kind: 'name' },
    givenName: { kind: 'name', required: true },
    // The law asks only for the year of birth; a full date lets the personal ID be cross-checked.
    birthDate: { kind: 'date', notAfter: 'today' },
    nationality: { kind: 'choice', options: 'nationality', required: true, initial: 'vn' },
    nationalityName: { kind: 'text', maxLength: 60, required: true, when: { field: `${group}.nationality`, equals: 'other' } },
    // A foreign parent (border communes) may have no Vietnamese personal ID.
    personalId: {
      kind: 'personalId',
      required: { field: `${group}.nationality`, equals: 'vn' },
      crossCheck: { birthDate: `${group}.birthDate`, sex },
    },
    ethnicity: { kind: 'choice', options: 'ethnicity', appearance: 'select', required: true, initial: '01' },
    ...(group === 'father'
      ? { sameResidenceAsMother: { kind: 'choice', options: 'yesNo', required: true, when: MOTHER_DETERMINED } as const }
      : {}),
    residenceType: {
      kind: 'choice',
      options: 'residenceType',
      required: true,
      when: group === 'father' ? { not: { field: 'father.sameResidenceAsMother', equals: 'yes' } } : undefined,
    },
    // A foreign parent (births with a foreign element in border communes) may live abroad: country first.
    residence: {
      kind: 'address',
      required: true,
      foreignAllowed: true,
      when: group === 'father' ? { not: { field: 'father.sameResidenceAsMother', equals: 'yes' } } : undefined,
    },
  };
}

/** A parent must be born before the child. */
function parentBornBeforeChild(parent: 'mother' | 'father') {
  const path = `${parent}.birthDate` as FieldPath;
  return {
    id: `${parent}BornBeforeChild`,
    reportOn: path,
    reads: [path, 'child.birthDate'] as FieldPath[],
    check: (answers: Answers) => {
      const parentBirth = String(answers[path] ?? '');
      const childBirth = String(answers['child.birthDate'] ?? '');
      return parentBirth && childBirth && parentBirth.slice(0, 4) >= childBirth.slice(0, 4)
        ? { code: 'birth.parentBornAfterChild' }
        : null;
    },
  };
}

/** An answer naming the mother or the father is only valid when the birth case says that parent is known. */
function namesKnownParent(path: FieldPath, code: string) {
  return {
    id: `${path}.isKnownParent`,
    reportOn: path,
    reads: [path, 'registration.birthCase'] as FieldPath[],
    check: (answers: Answers) => {
      const person = answers[path];
      const known = String(answers['registration.birthCase'] ?? '');
      if (person === 'mother') return ['bothParentsKnown', 'fatherUnknown'].includes(known) ? null : { code };
      if (person === 'father') return ['bothParentsKnown', 'motherUnknown'].includes(known) ? null : { code };
      return null;
    },
  };
}

export const birth = defineBundle({
  id: 'birth',
  procedures: {
    birthRegistration: { agency: 'justice', always: true, needs: ['declarant', 'child', 'mother', 'father'] },
    permanentResidence: { agency: 'police', needs: ['declarant', 'child', 'mother', 'father'] },
    healthInsurance: { agency: 'socialInsurance', needs: ['declarant', 'child', 'mother', 'father'] },
  },
  options: {
    sex: ['male', 'female'],
    yesNo: ['yes', 'no'],
    nationality: ['vn', 'other'],
    ethnicity: ETHNICITY_CODES,
    residenceType: ['permanent', 'temporary', 'current'],
    registrationKind: ['domestic', 'foreignBorderCommune'],
    birthCase: ['bothParentsKnown', 'fatherUnknown', 'motherUnknown', 'bothUnknown', 'abandoned'],
    declarantRelationship: ['father', 'mother', 'grandfather', 'grandmother', 'guardian', 'otherRelative'],
    birthPlaceKind: ['healthFacility', 'elsewhere'],
    residenceCase: ['parentsOwnHome', 'withParents', 'withGuardian', 'withRelative'],
    headOfHousehold: ['father', 'mother', 'other'],
    relationToHead: ['child', 'grandchild', 'ward', 'other'],
    consentMethod: ['vneid', 'paper'],
    cardGuardian: ['mother', 'father', 'declarant'],
    cardDelivery: ['post', 'commune', 'socialInsuranceOffice', 'electronicOnly'],
  },
  groups: {
    declarant: {
      role: { kind: 'declarant' },
      fields: {
        ...declarantIdentity,
        relationship: { kind: 'choice', options: 'declarantRelationship', required: true },
        ...declarantContact,
        residenceType: { kind: 'choice', options: 'residenceType', required: true },
        residence: { kind: 'address', required: true },
      },
    },
    child: {
      role: { kind: 'subject' },
      fields: {
        familyName: { kind: 'name', required: true },
        middleName: { kind: 'name' },
        givenName: { kind: 'name', required: true },
        sex: { kind: 'choice', options: 'sex', required: true },
        birthDate: { kind: 'date', required: true, notAfter: 'today' },
        birthPlaceKind: { kind: 'choice', options: 'birthPlaceKind', required: true },
        birthFacility: {
          kind: 'text',
          maxLength: 150,
          required: true,
          when: { field: 'child.birthPlaceKind', equals: 'healthFacility' },
        },
        birthPlace: { kind: 'address', required: true, detailOptional: true },
        ethnicity: { kind: 'choice', options: 'ethnicity', appearance: 'select', required: true, initial: '01' },
        nationality: { kind: 'choice', options: 'nationality', required: true, initial: 'vn' },
        nationalityName: { kind: 'text', maxLength: 60, required: true, when: { field: 'child.nationality', equals: 'other' } },
        // The hometown (quê quán) follows the father's or mother's; the commune is often not known.
        hometown: { kind: 'address', required: true, communeOptional: true, detailOptional: true },
      },
    },
    mother: { role: { kind: 'party' }, when: MOTHER_DETERMINED, fields: parentFields('female', 'mother') },
    father: { role: { kind: 'party' }, when: FATHER_DETERMINED, fields: parentFields('male', 'father') },
    registration: {
      role: { kind: 'section', procedure: 'birthRegistration' },
      fields: {
        registrationKind: { kind: 'choice', options: 'registrationKind', required: true, initial: 'domestic' },
        birthCase: { kind: 'choice', options: 'birthCase', required: true },
        parentsMarried: {
          kind: 'choice',
          options: 'yesNo',
          required: true,
          when: { field: 'registration.birthCase', equals: 'bothParentsKnown' },
        },
        marriageNumber: { kind: 'text', maxLength: 30, required: true, when: MARRIED },
        marriageBook: { kind: 'text', maxLength: 30, when: MARRIED },
        marriageDate: { kind: 'date', required: true, notAfter: 'today', when: MARRIED },
        marriagePlace: { kind: 'text', maxLength: 150, required: true, when: MARRIED },
        // Since 1 July 2025 the citizen may file with any commune; the office is chosen, not inferred.
        office: { kind: 'address', required: true, detailOptional: true },
        copies: { kind: 'text', maxLength: 1, inputMode: 'numeric', pattern: { source: '[1-9]', code: 'birth.copies' } },
      },
    },
    residence: {
      role: { kind: 'section', procedure: 'permanentResidence' },
      fields: {
        residenceCase: { kind: 'choice', options: 'residenceCase', required: true },
        headOfHousehold: { kind: 'choice', options: 'headOfHousehold', required: true },
        headName: { kind: 'name', maxLength: 100, required: true, when: { field: 'residence.headOfHousehold', equals: 'other' } },
        headPersonalId: { kind: 'personalId', required: true, when: { field: 'residence.headOfHousehold', equals: 'other' } },
        relationToHead: { kind: 'choice', options: 'relationToHead', required: true },
        consentMethod: {
          kind: 'choice',
          options: 'consentMethod',
          required: true,
          when: { not: { field: 'residence.residenceCase', equals: 'parentsOwnHome' } },
        },
        permanentAddress: { kind: 'address', required: true },
        // The pilot's missing field (CONTEXT.md P5): where the child actually lives now.
        livesAtPermanentAddress: { kind: 'choice', options: 'yesNo', required: true },
        currentAddress: {
          kind: 'address',
          required: true,
          when: { field: 'residence.livesAtPermanentAddress', equals: 'no' },
        },
      },
    },
    // DOMAIN.md §1–2: the papers the law asks for, one slot each. The marriage certificate is typed in, not
    // attached, and no declaration the wizard already knows is asked for as a scan (CONTEXT.md P12).
    documents: {
      role: { kind: 'documents' },
      fields: {
        // Proof of the birth: the health facility's certificate, or failing that a witness's confirmation,
        // or failing that the declarant's written undertaking. Any one of the three will do.
        birthCertificate: { kind: 'upload', oneOf: 'birthProof', when: NOT_ABANDONED },
        witnessConfirmation: { kind: 'upload', oneOf: 'birthProof', when: NOT_ABANDONED },
        birthUndertaking: { kind: 'upload', oneOf: 'birthProof', when: NOT_ABANDONED },
        abandonmentRecord: { kind: 'upload', required: true, when: { field: 'registration.birthCase', equals: 'abandoned' } },
        // Someone other than a parent files on their behalf (a grandparent, a relative, a guardian).
        authorisation: {
          kind: 'upload',
          required: true,
          when: { field: 'declarant.relationship', in: ['grandfather', 'grandmother', 'guardian', 'otherRelative'] },
        },
        // Needed only when the home is not yet in the national databases; family cases need consent instead.
        proofOfResidence: {
          kind: 'upload',
          when: { all: [{ procedure: 'permanentResidence' }, { field: 'residence.residenceCase', equals: 'parentsOwnHome' }] },
        },
        paperConsent: { kind: 'upload', required: true, when: { field: 'residence.consentMethod', equals: 'paper' } },
      },
    },
    insurance: {
      role: { kind: 'section', procedure: 'healthInsurance' },
      fields: {
        cardGuardian: { kind: 'choice', options: 'cardGuardian', required: true },
        initialCareFacility: { kind: 'text', maxLength: 200, required: true },
        cardDelivery: { kind: 'choice', options: 'cardDelivery', required: true },
        deliveryAddress: { kind: 'address', required: true, when: { field: 'insurance.cardDelivery', equals: 'post' } },
        poorHouseholdCertificate: { kind: 'text', maxLength: 30 },
        poorHouseholdCertificateDate: {
          kind: 'date',
          notAfter: 'today',
          required: true,
          when: { field: 'insurance.poorHouseholdCertificate', filled: true },
        },
      },
    },
  },
  steps: [
    { id: 'procedures', choosesProcedures: true, fields: ['registration.registrationKind'] },
    { id: 'declarant', fields: ['declarant.fullName', 'declarant.personalId', 'declarant.birthDate', 'declarant.sex', 'declarant.relationship'] },
    { id: 'declarantContact', fields: ['declarant.phone', 'declarant.email', 'declarant.residenceType', 'declarant.residence'] },
    { id: 'child', fields: ['child.familyName', 'child.middleName', 'child.givenName', 'child.sex', 'child.birthDate'] },
    { id: 'birthPlace', fields: ['child.birthPlaceKind', 'child.birthFacility', 'child.birthPlace'] },
    { id: 'origin', fields: ['child.ethnicity', 'child.nationality', 'child.nationalityName', 'child.hometown'] },
    { id: 'parents', fields: ['registration.birthCase', 'registration.parentsMarried'] },
    {
      id: 'mother',
      fields: ['mother.familyName', 'mother.middleName', 'mother.givenName', 'mother.birthDate', 'mother.nationality', 'mother.nationalityName', 'mother.personalId', 'mother.ethnicity', 'mother.residenceType', 'mother.residence'],
    },
    {
      id: 'father',
      fields: ['father.familyName', 'father.middleName', 'father.givenName', 'father.birthDate', 'father.nationality', 'father.nationalityName', 'father.personalId', 'father.ethnicity', 'father.sameResidenceAsMother', 'father.residenceType', 'father.residence'],
    },
    { id: 'marriage', fields: ['registration.marriageNumber', 'registration.marriageBook', 'registration.marriageDate', 'registration.marriagePlace'] },
    { id: 'office', fields: ['registration.office', 'registration.copies'] },
    {
      id: 'documents',
      fields: ['documents.birthCertificate', 'documents.witnessConfirmation', 'documents.birthUndertaking', 'documents.abandonmentRecord', 'documents.authorisation'],
    },
    {
      id: 'residence',
      procedure: 'permanentResidence',
      fields: ['residence.residenceCase', 'residence.headOfHousehold', 'residence.headName', 'residence.headPersonalId', 'residence.relationToHead', 'residence.consentMethod'],
    },
    {
      id: 'residenceAddress',
      procedure: 'permanentResidence',
      fields: ['residence.permanentAddress', 'residence.livesAtPermanentAddress', 'residence.currentAddress'],
    },
    { id: 'residenceDocuments', procedure: 'permanentResidence', fields: ['documents.proofOfResidence', 'documents.paperConsent'] },
    {
      id: 'insurance',
      procedure: 'healthInsurance',
      fields: ['insurance.cardGuardian', 'insurance.initialCareFacility', 'insurance.cardDelivery', 'insurance.deliveryAddress', 'insurance.poorHouseholdCertificate', 'insurance.poorHouseholdCertificateDate'],
    },
  ],
  rules: [
    {
      // The interconnected bundle is for children under 6 (DOMAIN.md §10); older children file separately.
      id: 'childUnderSix',
      reportOn: 'child.birthDate',
      reads: ['child.birthDate'],
      check: (answers, { today }) => {
        const born = String(answers['child.birthDate'] ?? '');
        // Six years before the filing day, as ISO text: dates compare as strings, and 29/02 needs no care.
        const sixYearsBefore = `${String(Number(today.slice(0, 4)) - 6).padStart(4, '0')}${today.slice(4)}`;
        return born && born <= sixYearsBefore ? { code: 'birth.childTooOld' } : null;
      },
    },
    parentBornBeforeChild('mother'),
    parentBornBeforeChild('father'),
    // The household head and the card's guardian can only be a parent the birth case says is known.
    namesKnownParent('residence.headOfHousehold', 'birth.headNotKnownParent'),
    namesKnownParent('insurance.cardGuardian', 'birth.guardianNotKnownParent'),
  ],
});

/** The birth bundle's definition type. */
export type BirthBundle = typeof birth;
