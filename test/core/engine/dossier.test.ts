import { expect } from '@open-wc/testing';
import { birth } from '../../../src/bundles/birth.js';
import {
  assembleDossier,
  createReference,
  defineBundle,
  DOSSIER_FORMAT,
  FilingSession,
  PROCEDURES_PATH,
  type Dossier,
  type DossierOf,
} from '../../../src/core/engine/index.js';
import { validateDossier } from '../../../src/core/engine/schema.js';
import { FATHER_ID, HOME, MOTHER_ID, completeBirthSession, BIRTH_CERTIFICATE } from '../../fixtures/birth-answers.js';

const TODAY = '2026-03-15';
const META = { reference: createReference(Date.UTC(2026, 2, 15, 2, 30)), createdAt: '2026-03-15T09:30:00+07:00', language: 'vi' } as const;

/** A deep copy, so a test can tamper with a dossier without touching the one it came from. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function expectRejected(dossier: unknown, pathStart: string): string[] {
  const result = validateDossier(birth, dossier);
  expect(result.ok).to.equal(false);
  const issues = result.ok ? [] : result.issues;
  expect(issues.some((i) => i.startsWith(pathStart)), issues.join('\n')).to.equal(true);
  return issues;
}

describe('assembleDossier', () => {
  const session = completeBirthSession({}, TODAY);
  const dossier = assembleDossier(session, META);

  it('says what it is, which bundle, which reference and exactly which procedures', () => {
    expect(dossier.format).to.equal(DOSSIER_FORMAT);
    expect(dossier.format).to.equal('lienthong.dossier/1');
    expect(dossier.bundle).to.equal('birth');
    expect(dossier.reference).to.equal(META.reference);
    expect(dossier.createdAt).to.equal(META.createdAt);
    expect(dossier.language).to.equal('vi');
    expect(dossier.procedures).to.deep.equal(['birthRegistration', 'permanentResidence', 'healthInsurance']);
    expect(dossier.documents).to.deep.equal([{ slot: 'birthCertificate', files: [BIRTH_CERTIFICATE] }]);
    expect(dossier.deferred).to.deep.equal([]);
  });

  it('is accepted by the schema of its bundle', () => {
    expect(validateDossier(birth, dossier)).to.deep.equal({ ok: true });
    // And survives the trip through JSON that a send makes.
    expect(validateDossier(birth, copy(dossier))).to.deep.equal({ ok: true });
  });

  it('holds the shared facts once: declarant, subject and the parents', () => {
    expect(dossier.declarant).to.deep.equal({
      fullName: 'Nguyễn Văn An',
      personalId: FATHER_ID,
      birthDate: '1990-05-14',
      sex: 'male',
      relationship: 'father',
      phone: '0912345678',
      email: 'nguyenvanan@example.vn',
      residenceType: 'permanent',
      residence: HOME,
    });
    expect(dossier.subject).to.include({ familyName: 'Nguyễn', middleName: 'Minh', givenName: 'Khôi', sex: 'male' });
    expect(dossier.subject).not.to.have.property('personalId');
    expect(Object.keys(dossier.parties ?? {})).to.deep.equal(['mother', 'father']);
    expect(dossier.parties?.mother).to.include({ givenName: 'Ngọc', personalId: MOTHER_ID });
    expect(dossier.parties?.father).to.include({ givenName: 'An', personalId: FATHER_ID, sameResidenceAsMother: 'yes' });
    // The child's name appears once, however many procedures need it.
    expect(JSON.stringify(dossier).match(/Khôi/g)).to.have.length(1);
  });

  it('gives each chosen procedure a section with its agency, its own facts and references to the shared ones', () => {
    expect(Object.keys(dossier.sections)).to.deep.equal(['birthRegistration', 'permanentResidence', 'healthInsurance']);
    const { birthRegistration, permanentResidence, healthInsurance } = dossier.sections;
    expect(birthRegistration?.agency).to.equal('justice');
    expect(permanentResidence?.agency).to.equal('police');
    expect(healthInsurance?.agency).to.equal('socialInsurance');
    for (const section of Object.values(dossier.sections)) {
      expect(section.facts).to.deep.equal(['declarant', 'subject', 'parties.mother', 'parties.father']);
    }
    expect(birthRegistration).to.have.property('registration');
    expect((birthRegistration?.['registration'] as Record<string, unknown>)['marriageNumber']).to.equal('125');
    expect(permanentResidence).to.have.property('residence');
    expect(healthInsurance).to.have.property('insurance');
    expect(healthInsurance).not.to.have.property('registration');
    // Section facts live only in their section.
    expect(dossier).not.to.have.property('registration');
    expect(dossier).not.to.have.property('insurance');
  });

  it('leaves out the answers of hidden fields', () => {
    // The father lives with the mother: his own residence is not asked, and a kept answer is not sent.
    const withStale = completeBirthSession({ 'father.residence': { province: 'Tỉnh Bắc Ninh', commune: 'Phường Kinh Bắc', detail: 'Số 1' } }, TODAY);
    const father = assembleDossier(withStale, META).parties?.father;
    expect(father).not.to.have.property('residence');
    expect(father).not.to.have.property('residenceType');
    expect(dossier).not.to.have.nested.property('subject.nationalityName');
  });

  it('leaves out the mother and her reference when she is unknown', () => {
    const noMother = completeBirthSession(
      {
        'registration.birthCase': 'motherUnknown',
        'registration.parentsMarried': undefined,
        'father.sameResidenceAsMother': undefined,
        'father.residenceType': 'permanent',
        'father.residence': HOME,
        'insurance.cardGuardian': 'father',
      },
      TODAY,
    );
    expect(noMother.validateAll()).to.deep.equal([]);
    const result = assembleDossier(noMother, META);
    expect(Object.keys(result.parties ?? {})).to.deep.equal(['father']);
    expect(result.sections['birthRegistration']?.facts).to.deep.equal(['declarant', 'subject', 'parties.father']);
    expect(result.sections['birthRegistration']).not.to.have.nested.property('registration.marriageNumber');
    expect(JSON.stringify(result)).not.to.contain('Ngọc');
    expect(validateDossier(birth, result)).to.deep.equal({ ok: true });
  });

  it('has only the always-filed procedure when no other is chosen', () => {
    const onlyBirth = assembleDossier(completeBirthSession({ [PROCEDURES_PATH]: undefined }, TODAY), META);
    expect(onlyBirth.procedures).to.deep.equal(['birthRegistration']);
    expect(Object.keys(onlyBirth.sections)).to.deep.equal(['birthRegistration']);
    expect(JSON.stringify(onlyBirth)).not.to.contain('Trạm Y tế');
    expect(validateDossier(birth, onlyBirth)).to.deep.equal({ ok: true });
  });

  it('carries the deferred facts it is given', () => {
    const deferred = [{ fact: 'insurance.initialCareFacility', procedures: ['healthInsurance'] }];
    const result = assembleDossier(session, { ...META, deferred });
    expect(result.deferred).to.deep.equal(deferred);
    expect(validateDossier(birth, result)).to.deep.equal({ ok: true });
  });

  it('is typed from the definition', () => {
    const typed = dossier as DossierOf<typeof birth>;
    // These lines only compile if the dossier type knows the birth bundle's facts.
    const given: string | undefined = typed.subject?.givenName;
    const residence: { province: string } | undefined = typed.declarant?.residence;
    const procedures: Array<'birthRegistration' | 'permanentResidence' | 'healthInsurance'> = typed.procedures;
    expect([given, residence?.province, procedures.length]).to.deep.equal(['Khôi', 'Thành phố Hà Nội', 3]);
  });
});

describe('validateDossier', () => {
  const good: Dossier = assembleDossier(completeBirthSession({}, TODAY), META);

  it('rejects an unknown field, wherever it is', () => {
    const top = { ...copy(good), attachments: [] };
    expectRejected(top, '(dossier)');
    const inSubject = copy(good);
    (inSubject.subject as Record<string, unknown>)['nickname'] = 'Bin';
    expectRejected(inSubject, 'subject');
    const inSection = copy(good);
    (inSection.sections['healthInsurance'] as Record<string, unknown>)['registration'] = {};
    expectRejected(inSection, 'sections.healthInsurance');
  });

  it('rejects a personal ID of the wrong pattern', () => {
    const tampered = copy(good);
    (tampered.declarant as Record<string, unknown>)['personalId'] = '00109001234X';
    expectRejected(tampered, 'declarant.personalId');
    const short = copy(good);
    (short.parties!['mother'] as Record<string, unknown>)['personalId'] = '1234';
    expectRejected(short, 'parties.mother.personalId');
  });

  it('rejects the wrong format string or bundle', () => {
    expectRejected({ ...copy(good), format: 'lienthong.dossier/2' }, 'format');
    expectRejected({ ...copy(good), bundle: 'death' }, 'bundle');
  });

  it('rejects an unknown or missing procedure', () => {
    expectRejected({ ...copy(good), procedures: ['birthRegistration', 'passport'] }, 'procedures');
    expectRejected({ ...copy(good), procedures: [] }, 'procedures');
    const section = copy(good);
    (section.sections as Record<string, unknown>)['passport'] = { agency: 'police', facts: [] };
    expectRejected(section, 'sections');
  });

  it('rejects a malformed reference, date and choice', () => {
    expectRejected({ ...copy(good), reference: 'not-a-ulid' }, 'reference');
    expectRejected({ ...copy(good), createdAt: '15/03/2026' }, 'createdAt');
    const date = copy(good);
    (date.subject as Record<string, unknown>)['birthDate'] = '2026-02-30';
    expectRejected(date, 'subject.birthDate');
    const choice = copy(good);
    (choice.subject as Record<string, unknown>)['sex'] = 'boy';
    expectRejected(choice, 'subject.sex');
  });

  it('rejects what is not a dossier at all, without throwing', () => {
    for (const value of [undefined, null, 'dossier', 42, [], {}]) expect(validateDossier(birth, value).ok).to.equal(false);
  });
});

describe('a tiny bundle', () => {
  const tiny = defineBundle({
    id: 'tiny',
    procedures: {
      main: { agency: 'justice', always: true, needs: ['person'] },
      extra: { agency: 'police', needs: ['person', 'witness'] },
    },
    options: { colour: ['red', 'green', 'blue'] },
    groups: {
      person: {
        role: { kind: 'declarant' },
        fields: { name: { kind: 'name', required: true }, colours: { kind: 'choice', options: 'colour', multiple: true } },
      },
      witness: { role: { kind: 'party' }, fields: { name: { kind: 'name', required: true } } },
      note: { role: { kind: 'section', procedure: 'extra' }, fields: { text: { kind: 'text' } } },
    },
    steps: [
      { id: 'start', choosesProcedures: true, fields: ['person.name', 'person.colours'] },
      { id: 'extra', fields: ['witness.name', 'note.text'] },
    ],
  });

  it('references only the shared groups each procedure needs', () => {
    const session = new FilingSession(
      tiny,
      { [PROCEDURES_PATH]: ['extra'], 'person.name': 'Lan', 'person.colours': ['red', 'blue'], 'witness.name': 'Hùng', 'note.text': 'Gấp' },
      TODAY,
    );
    const dossier = assembleDossier(session, META);
    expect(dossier.declarant).to.deep.equal({ name: 'Lan', colours: ['red', 'blue'] });
    expect(dossier.parties).to.deep.equal({ witness: { name: 'Hùng' } });
    expect(dossier.sections).to.deep.equal({
      main: { agency: 'justice', facts: ['declarant'] },
      extra: { agency: 'police', facts: ['declarant', 'parties.witness'], note: { text: 'Gấp' } },
    });
    expect(validateDossier(tiny, dossier)).to.deep.equal({ ok: true });
    expect(validateDossier(tiny, { ...dossier, declarant: { name: 'Lan', colours: ['purple'] } }).ok).to.equal(false);
  });

  it('leaves out a party no chosen procedure needs', () => {
    const session = new FilingSession(tiny, { 'person.name': 'Lan', 'witness.name': 'Hùng' }, TODAY);
    const dossier = assembleDossier(session, META);
    expect(dossier).not.to.have.property('parties');
    expect(dossier.sections).to.deep.equal({ main: { agency: 'justice', facts: ['declarant'] } });
  });
});
