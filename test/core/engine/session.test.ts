import { expect } from '@open-wc/testing';
import { birth } from '../../../src/bundles/birth.js';
import { defineBundle, PROCEDURES_PATH, type StepDefinition } from '../../../src/core/engine/model.js';
import { FilingSession, fieldAt, splitPath } from '../../../src/core/engine/session.js';
import { FATHER_ID, HOME, MOTHER_ID, birthAnswers, completeBirthSession, monthsBefore } from '../../fixtures/birth-answers.js';

/** A fixed filing day, so dates in the cases read as they are. */
const TODAY = '2026-03-15';

function step(id: string): StepDefinition {
  const found = birth.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

/** The codes of `step`'s issues by path. */
function issuesOf(session: FilingSession, id: string): Record<string, string> {
  return Object.fromEntries(session.validateStep(step(id)).map((i) => [i.path, i.code]));
}

const stepIds = (session: FilingSession) => session.steps.map((s) => s.id);

describe('FilingSession', () => {
  describe('paths', () => {
    it('splits group.field and finds the definition', () => {
      expect(splitPath('child.givenName')).to.deep.equal(['child', 'givenName']);
      expect(fieldAt(birth, 'child.givenName')).to.equal(birth.groups.child.fields.givenName);
      expect(fieldAt(birth, 'child.nickname')).to.equal(undefined);
      expect(fieldAt(birth, 'pet.name')).to.equal(undefined);
      expect(fieldAt(birth, 'child')).to.equal(undefined);
    });

    it("never finds a field among an object's inherited properties", () => {
      for (const path of ['child.constructor', 'constructor.name', '__proto__.fields', 'toString.length', 'child.hasOwnProperty']) {
        expect(fieldAt(birth, path), path).to.equal(undefined);
        expect(new FilingSession(birth, {}, TODAY).fieldShown(path), path).to.equal(false);
      }
    });
  });

  describe('answers', () => {
    it('starts with the preselected answers of the definition', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.get('child.nationality')).to.equal('vn');
      expect(session.get('child.ethnicity')).to.equal('01');
      expect(session.get('registration.registrationKind')).to.equal('domestic');
      expect(session.get('mother.nationality')).to.equal('vn');
    });

    it('lets given answers override the preselected ones', () => {
      const session = new FilingSession(birth, { 'child.nationality': 'other' }, TODAY);
      expect(session.get('child.nationality')).to.equal('other');
    });

    it('removes an answer set to empty', () => {
      const session = new FilingSession(birth, {}, TODAY);
      session.set('child.givenName', 'Khôi');
      expect(session.answers).to.have.property('child.givenName', 'Khôi');
      session.set('child.givenName', '  ');
      expect(session.answers).not.to.have.property('child.givenName');
      session.set('request.procedures', ['healthInsurance']);
      session.set('request.procedures', []);
      expect(session.answers).not.to.have.property('request.procedures');
      session.set('child.birthPlace', undefined);
      expect(session.get('child.birthPlace')).to.equal(undefined);
    });

    it('replaces the answers object on every change, so a renderer can compare by identity', () => {
      const session = new FilingSession(birth, {}, TODAY);
      const before = session.answers;
      session.set('child.givenName', 'Khôi');
      expect(session.answers).not.to.equal(before);
      expect(before).not.to.have.property('child.givenName');
    });

    it('fixes the filing day', () => {
      expect(new FilingSession(birth, {}, TODAY).today).to.equal(TODAY);
      expect(new FilingSession(birth).today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('procedures', () => {
    it('always files birth registration', () => {
      expect(new FilingSession(birth, {}, TODAY).procedures).to.deep.equal(['birthRegistration']);
    });

    it('adds the chosen procedures, in definition order', () => {
      const session = new FilingSession(birth, { [PROCEDURES_PATH]: ['healthInsurance', 'permanentResidence'] }, TODAY);
      expect(session.procedures).to.deep.equal(['birthRegistration', 'permanentResidence', 'healthInsurance']);
      session.set(PROCEDURES_PATH, ['healthInsurance']);
      expect(session.procedures).to.deep.equal(['birthRegistration', 'healthInsurance']);
    });

    it('ignores unknown ids and a non-list answer', () => {
      expect(new FilingSession(birth, { [PROCEDURES_PATH]: ['passport', 'healthInsurance'] }, TODAY).procedures).to.deep.equal([
        'birthRegistration',
        'healthInsurance',
      ]);
      expect(new FilingSession(birth, { [PROCEDURES_PATH]: 'healthInsurance' }, TODAY).procedures).to.deep.equal(['birthRegistration']);
    });

    it('lists the procedures the citizen may leave out', () => {
      expect(new FilingSession(birth, {}, TODAY).optionalProcedures).to.deep.equal(['permanentResidence', 'healthInsurance']);
    });

    it('reports an unknown procedure on the procedures step', () => {
      const session = new FilingSession(birth, { [PROCEDURES_PATH]: ['passport'] }, TODAY);
      expect(session.validateStep(step('procedures'))).to.deep.equal([{ path: PROCEDURES_PATH, code: 'choice' }]);
      session.set(PROCEDURES_PATH, ['permanentResidence']);
      expect(session.validateStep(step('procedures'))).to.deep.equal([]);
    });

    it('puts the procedures question first on the step that chooses them', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.fieldsOf(step('procedures'))).to.deep.equal([PROCEDURES_PATH, 'registration.registrationKind']);
    });
  });

  describe('visibility', () => {
    it('hides the mother when she is not determined, and the father likewise', () => {
      const session = new FilingSession(birth, { 'registration.birthCase': 'motherUnknown' }, TODAY);
      expect(session.groupShown('mother')).to.equal(false);
      expect(session.groupShown('father')).to.equal(true);
      expect(session.fieldShown('mother.givenName')).to.equal(false);
      expect(session.fieldShown('father.givenName')).to.equal(true);
      session.set('registration.birthCase', 'fatherUnknown');
      expect(session.groupShown('mother')).to.equal(true);
      expect(session.groupShown('father')).to.equal(false);
      session.set('registration.birthCase', 'abandoned');
      expect(session.groupShown('mother')).to.equal(false);
      expect(session.groupShown('father')).to.equal(false);
    });

    it('asks about the parents only once the birth case is known', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.groupShown('mother')).to.equal(false);
      expect(session.groupShown('father')).to.equal(false);
      expect(stepIds(session)).not.to.include.members(['mother', 'father']);
    });

    it('shows a section only when its procedure is chosen', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.groupShown('registration')).to.equal(true);
      expect(session.groupShown('residence')).to.equal(false);
      expect(session.groupShown('insurance')).to.equal(false);
      session.set(PROCEDURES_PATH, ['permanentResidence']);
      expect(session.groupShown('residence')).to.equal(true);
      expect(session.groupShown('insurance')).to.equal(false);
    });

    it('knows no unknown group or field', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.groupShown('pet')).to.equal(false);
      expect(session.fieldShown('child.nickname')).to.equal(false);
      expect(session.fieldShown(PROCEDURES_PATH)).to.equal(true);
    });

    it('follows field conditions', () => {
      const session = new FilingSession(birth, { 'registration.birthCase': 'bothParentsKnown' }, TODAY);
      expect(session.fieldShown('child.birthFacility')).to.equal(false);
      session.set('child.birthPlaceKind', 'healthFacility');
      expect(session.fieldShown('child.birthFacility')).to.equal(true);

      expect(session.fieldShown('father.sameResidenceAsMother')).to.equal(true);
      expect(session.fieldShown('father.residence')).to.equal(true);
      session.set('father.sameResidenceAsMother', 'yes');
      expect(session.fieldShown('father.residence')).to.equal(false);
      expect(session.fieldShown('father.residenceType')).to.equal(false);

      session.set('registration.birthCase', 'motherUnknown');
      expect(session.fieldShown('father.sameResidenceAsMother')).to.equal(false);
    });

    it('asks whether the parents are married only when both are known', () => {
      const session = new FilingSession(birth, { 'registration.birthCase': 'bothParentsKnown' }, TODAY);
      expect(session.fieldShown('registration.parentsMarried')).to.equal(true);
      session.set('registration.birthCase', 'fatherUnknown');
      expect(session.fieldShown('registration.parentsMarried')).to.equal(false);
    });

    it('makes a conditionally required field required only when its condition holds', () => {
      const session = new FilingSession(birth, { 'registration.birthCase': 'bothParentsKnown' }, TODAY);
      expect(session.fieldRequired('mother.personalId')).to.equal(true);
      session.set('mother.nationality', 'other');
      expect(session.fieldRequired('mother.personalId')).to.equal(false);
      expect(session.fieldRequired('child.middleName')).to.equal(false);
      expect(session.fieldRequired('child.givenName')).to.equal(true);
      expect(session.fieldRequired('child.nickname')).to.equal(false);
    });
  });

  describe('steps', () => {
    it('shows the residence steps only when permanent residence is chosen', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.stepShown(step('residence'))).to.equal(false);
      expect(session.stepShown(step('residenceAddress'))).to.equal(false);
      session.set(PROCEDURES_PATH, ['permanentResidence']);
      expect(session.stepShown(step('residence'))).to.equal(true);
      expect(session.stepShown(step('residenceAddress'))).to.equal(true);
      expect(session.stepShown(step('insurance'))).to.equal(false);
    });

    it("shows the marriage step only when the parents are married", () => {
      const session = new FilingSession(birth, { 'registration.birthCase': 'bothParentsKnown' }, TODAY);
      expect(session.stepShown(step('marriage'))).to.equal(false);
      session.set('registration.parentsMarried', 'no');
      expect(session.stepShown(step('marriage'))).to.equal(false);
      session.set('registration.parentsMarried', 'yes');
      expect(session.stepShown(step('marriage'))).to.equal(true);
    });

    it('lists the shown steps in order', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(stepIds(session)).to.deep.equal(['procedures', 'declarant', 'declarantContact', 'child', 'birthPlace', 'origin', 'parents', 'office', 'documents']);
      // The fixture family's residence case needs no residence documents.
      expect(stepIds(completeBirthSession({}, TODAY))).to.deep.equal(birth.steps.map((s) => s.id).filter((id) => id !== 'residenceDocuments'));
      const withoutMother = completeBirthSession(
        { 'registration.birthCase': 'motherUnknown', 'registration.parentsMarried': undefined, 'father.sameResidenceAsMother': undefined },
        TODAY,
      );
      expect(stepIds(withoutMother)).to.deep.equal([
        'procedures', 'declarant', 'declarantContact', 'child', 'birthPlace', 'origin', 'parents', 'father', 'office', 'documents',
        'residence', 'residenceAddress', 'insurance',
      ]);
    });

    it('lists only the shown fields of a step', () => {
      const session = completeBirthSession({}, TODAY);
      expect(session.fieldsOf(step('father'))).not.to.include('father.residence');
      expect(session.fieldsOf(step('father'))).to.include('father.sameResidenceAsMother');
      expect(session.fieldsOf(step('origin'))).to.deep.equal(['child.ethnicity', 'child.nationality', 'child.hometown']);
    });
  });

  describe('validateStep', () => {
    it('accepts the complete fixture on every step', () => {
      const session = completeBirthSession({}, TODAY);
      for (const s of session.steps) expect(session.validateStep(s), s.id).to.deep.equal([]);
      expect(session.validateAll()).to.deep.equal([]);
    });

    it('accepts the fixture on the real filing day', () => {
      expect(completeBirthSession().validateAll()).to.deep.equal([]);
    });

    it('reports required answers in the order of the fields', () => {
      const session = new FilingSession(birth, {}, TODAY);
      expect(session.validateStep(step('declarant'))).to.deep.equal([
        { path: 'declarant.fullName', code: 'required' },
        { path: 'declarant.personalId', code: 'required' },
        { path: 'declarant.birthDate', code: 'required' },
        { path: 'declarant.sex', code: 'required' },
        { path: 'declarant.relationship', code: 'required' },
      ]);
      // The middle name is optional; blank answers count as missing.
      session.set('child.familyName', '   ');
      expect(session.validateStep(step('child')).map((i) => i.path)).to.deep.equal([
        'child.familyName',
        'child.givenName',
        'child.sex',
        'child.birthDate',
      ]);
    });

    it('requires the personal ID of a Vietnamese parent only', () => {
      const session = completeBirthSession({ 'mother.personalId': undefined }, TODAY);
      expect(issuesOf(session, 'mother')).to.deep.equal({ 'mother.personalId': 'required' });
      session.set('mother.nationality', 'other');
      expect(issuesOf(session, 'mother')).to.deep.equal({ 'mother.nationalityName': 'required' });
      session.set('mother.nationalityName', 'Lào');
      // A foreign mother with no Vietnamese personal ID: nothing to cross-check, nothing wrong.
      expect(issuesOf(session, 'mother')).to.deep.equal({});
    });

    it('reports a malformed personal ID, phone, e-mail and date with their codes', () => {
      const session = completeBirthSession(
        { 'declarant.personalId': '00109001234', 'declarant.phone': '0243 852 1234', 'declarant.email': 'an@', 'declarant.birthDate': '1990-02-30' },
        TODAY,
      );
      expect(issuesOf(session, 'declarant')).to.deep.equal({ 'declarant.personalId': 'personalId.format', 'declarant.birthDate': 'date.invalid' });
      expect(issuesOf(session, 'declarantContact')).to.deep.equal({ 'declarant.phone': 'phone.format', 'declarant.email': 'email.format' });
      for (const id of ['abcdefghijkl', '0010900123456', '001 090 012 345']) {
        session.set('declarant.personalId', id);
        expect(issuesOf(session, 'declarant')['declarant.personalId'], id).to.equal('personalId.format');
      }
      // A landline passes the shape check (0 and nine digits) but not the mobile prefixes.
      session.set('declarant.phone', '0243852123');
      expect(issuesOf(session, 'declarantContact')['declarant.phone']).to.equal('phone.format');
      session.set('declarant.phone', '+84912345678');
      expect(issuesOf(session, 'declarantContact')['declarant.phone']).to.equal('phone.format');
      for (const date of ['14/05/1990', '1990-5-14', '1990-13-01']) {
        session.set('declarant.birthDate', date);
        expect(issuesOf(session, 'declarant')['declarant.birthDate'], date).to.equal('date.invalid');
      }
      // A bare year is not a full date of birth.
      session.set('declarant.birthDate', '1990');
      expect(issuesOf(session, 'declarant')['declarant.birthDate']).to.be.oneOf(['date.incomplete', 'date.invalid']);
    });

    it('reports a date after the filing day', () => {
      const session = completeBirthSession({ 'child.birthDate': '2026-03-16' }, TODAY);
      expect(session.validateStep(step('child'))).to.deep.equal([
        { path: 'child.birthDate', code: 'date.future', params: { max: '15/03/2026' } },
      ]);
      session.set('child.birthDate', TODAY);
      expect(session.validateStep(step('child'))).to.deep.equal([]);
    });

    it('reports names, choices, lengths and patterns', () => {
      const session = completeBirthSession(
        { 'child.givenName': 'Khôi 2', 'child.sex': 'boy', 'registration.copies': '12', 'registration.marriageNumber': '1'.repeat(31) },
        TODAY,
      );
      expect(issuesOf(session, 'child')).to.deep.equal({ 'child.givenName': 'name.characters', 'child.sex': 'choice' });
      expect(session.validateStep(step('office'))).to.deep.equal([{ path: 'registration.copies', code: 'text.tooLong', params: { max: 1 } }]);
      expect(issuesOf(session, 'marriage')).to.deep.equal({ 'registration.marriageNumber': 'text.tooLong' });
      session.set('registration.copies', '0');
      expect(issuesOf(session, 'office')).to.deep.equal({ 'registration.copies': 'birth.copies' });
    });

    it('reports the missing parts of an address', () => {
      const session = completeBirthSession({ 'declarant.residence': { province: 'Thành phố Hà Nội', commune: '', detail: 'Số 12' } }, TODAY);
      expect(issuesOf(session, 'declarantContact')).to.deep.equal({ 'declarant.residence': 'address.communeMissing' });
      session.set('declarant.residence', { province: 'Thành phố Hà Nội', commune: 'Phường Thanh Xuân', detail: ' ' });
      expect(issuesOf(session, 'declarantContact')).to.deep.equal({ 'declarant.residence': 'address.detailMissing' });
      session.set('declarant.residence', { province: '', commune: 'Phường Thanh Xuân', detail: 'Số 12' });
      expect(issuesOf(session, 'declarantContact')).to.deep.equal({ 'declarant.residence': 'address.provinceMissing' });
      session.set('declarant.residence', { province: ' ', commune: '', detail: '' });
      expect(issuesOf(session, 'declarantContact')).to.deep.equal({ 'declarant.residence': 'required' });
      // The hometown needs only its province; the birth place may leave out the detail line.
      session.set('child.hometown', { province: 'Tỉnh Ninh Bình', commune: '', detail: '' });
      expect(issuesOf(session, 'origin')).to.deep.equal({});
      session.set('child.birthPlace', { province: 'Thành phố Hà Nội', commune: '', detail: '' });
      expect(issuesOf(session, 'birthPlace')).to.deep.equal({ 'child.birthPlace': 'address.communeMissing' });
    });

    describe('personal ID against the declared birth date and sex', () => {
      // 001 Hà Nội, G 0 = born in the 1900s and male, YY 90.
      it('accepts 001090012345 for a man born in 1990', () => {
        const session = completeBirthSession({}, TODAY);
        expect(session.get('declarant.personalId')).to.equal(FATHER_ID);
        expect(issuesOf(session, 'declarant')).to.deep.equal({});
      });

      it('rejects it for a woman', () => {
        const session = completeBirthSession({ 'declarant.sex': 'female' }, TODAY);
        expect(session.validateStep(step('declarant'))).to.deep.equal([{ path: 'declarant.personalId', code: 'personalId.sex' }]);
      });

      it('rejects it for someone born in 1991', () => {
        const session = completeBirthSession({ 'declarant.birthDate': '1991-05-14' }, TODAY);
        expect(session.validateStep(step('declarant'))).to.deep.equal([
          { path: 'declarant.personalId', code: 'personalId.birthYear', params: { idYear: 1990, declaredYear: 1991 } },
        ]);
      });

      it('rejects it for someone born in 2090 would-be century mismatch: 2000s IDs need G 2 or 3', () => {
        const session = completeBirthSession({ 'declarant.personalId': '001290012345' }, TODAY);
        expect(session.validateStep(step('declarant'))).to.deep.equal([
          { path: 'declarant.personalId', code: 'personalId.birthYear', params: { idYear: 2090, declaredYear: 1990 } },
        ]);
      });

      it("checks a parent's ID against the parent's fixed sex", () => {
        // The father's ID in the mother's place: right year format, wrong sex.
        const session = completeBirthSession({ 'mother.personalId': FATHER_ID, 'mother.birthDate': '1990-05-14' }, TODAY);
        expect(issuesOf(session, 'mother')).to.deep.equal({ 'mother.personalId': 'personalId.sex' });
        session.set('mother.personalId', MOTHER_ID);
        session.set('mother.birthDate', '1992-08-21');
        expect(issuesOf(session, 'mother')).to.deep.equal({});
        // Without a birth date (the law asks only for the year), only the sex is checked.
        session.set('mother.birthDate', undefined);
        expect(issuesOf(session, 'mother')).to.deep.equal({});
      });

      it('reports the format first and does not cross-check a malformed ID', () => {
        const session = completeBirthSession({ 'declarant.personalId': '0010900123', 'declarant.sex': 'female' }, TODAY);
        expect(session.validateStep(step('declarant'))).to.deep.equal([{ path: 'declarant.personalId', code: 'personalId.format' }]);
      });
    });

    describe("the birth bundle's rules across fields", () => {
      it('childTooOld: a child of six or more files separately', () => {
        const session = completeBirthSession({ 'child.birthDate': '2020-03-15' }, TODAY);
        expect(session.validateStep(step('child'))).to.deep.equal([{ path: 'child.birthDate', code: 'birth.childTooOld' }]);
        session.set('child.birthDate', '2020-03-16');
        expect(session.validateStep(step('child'))).to.deep.equal([]);
        session.set('child.birthDate', monthsBefore(TODAY, 71));
        expect(session.validateStep(step('child'))).to.deep.equal([]);
      });

      it('parentBornAfterChild: a parent must be born before the child', () => {
        const session = completeBirthSession({ 'child.birthDate': '2025-10-01', 'mother.birthDate': '2025-01-01', 'mother.personalId': '001325034567' }, TODAY);
        expect(issuesOf(session, 'mother')).to.deep.equal({ 'mother.birthDate': 'birth.parentBornAfterChild' });
        session.set('father.birthDate', '2026-01-01');
        session.set('father.personalId', '001226012345');
        expect(issuesOf(session, 'father')).to.deep.equal({ 'father.birthDate': 'birth.parentBornAfterChild' });
        // Reported on the parent's step, not the child's.
        expect(issuesOf(session, 'child')).to.deep.equal({});
      });

      it('headNotKnownParent: the household head must be a parent the birth case names', () => {
        const session = completeBirthSession({ 'registration.birthCase': 'fatherUnknown', 'residence.headOfHousehold': 'father' }, TODAY);
        expect(session.validateStep(step('residence'))).to.deep.equal([{ path: 'residence.headOfHousehold', code: 'birth.headNotKnownParent' }]);
        session.set('residence.headOfHousehold', 'mother');
        expect(session.validateStep(step('residence'))).to.deep.equal([]);
        session.set('registration.birthCase', 'motherUnknown');
        expect(session.validateStep(step('residence'))).to.deep.equal([{ path: 'residence.headOfHousehold', code: 'birth.headNotKnownParent' }]);
      });

      it('guardianNotKnownParent: the card guardian must be a known parent or the declarant', () => {
        const session = completeBirthSession({ 'registration.birthCase': 'motherUnknown', 'insurance.cardGuardian': 'mother' }, TODAY);
        expect(issuesOf(session, 'insurance')).to.deep.equal({ 'insurance.cardGuardian': 'birth.guardianNotKnownParent' });
        session.set('insurance.cardGuardian', 'declarant');
        expect(issuesOf(session, 'insurance')).to.deep.equal({});
      });
    });

    describe('hidden fields', () => {
      it('are never validated', () => {
        const session = completeBirthSession(
          {
            'registration.parentsMarried': 'no',
            'registration.marriageNumber': undefined,
            'registration.marriageDate': 'not a date',
            'child.birthPlaceKind': 'elsewhere',
            'child.birthFacility': 'x'.repeat(500),
            'father.residence': { province: '', commune: 'nowhere', detail: '' },
          },
          TODAY,
        );
        expect(session.validateAll()).to.deep.equal([]);
        // Even asked directly, a hidden step has nothing to check.
        expect(session.validateStep(step('marriage'))).to.deep.equal([]);
      });

      it('do not feed rules across fields', () => {
        // The mother is unknown, so her (wrong) birth date and ID are not held against the filing.
        const session = completeBirthSession(
          {
            'registration.birthCase': 'motherUnknown',
            'mother.birthDate': '2026-01-01',
            'mother.personalId': FATHER_ID,
            'insurance.cardGuardian': 'father',
            // With the mother unknown, "same residence as the mother" is not asked: the father's own is.
            'father.residenceType': 'permanent',
            'father.residence': HOME,
          },
          TODAY,
        );
        expect(session.validateAll()).to.deep.equal([]);
      });

      it('keep their answers, out of shownAnswers', () => {
        const session = completeBirthSession({}, TODAY);
        session.set('registration.birthCase', 'motherUnknown');
        expect(session.get('mother.givenName')).to.equal('Ngọc');
        expect(session.get('registration.parentsMarried')).to.equal('yes');
        const shown = session.shownAnswers.map((a) => a.path);
        expect(shown).not.to.include('mother.givenName');
        expect(shown).not.to.include('registration.parentsMarried');
        expect(shown).not.to.include('father.sameResidenceAsMother');
        expect(shown).to.include('father.givenName');
        // Shown again, nothing had to be typed twice.
        session.set('registration.birthCase', 'bothParentsKnown');
        expect(session.shownAnswers.map((a) => a.path)).to.include('mother.givenName');
      });
    });
  });

  describe('conditions on answers of hidden fields', () => {
    // A kept answer of a hidden question must not steer what is asked: once the birth case changes, "the
    // parents are married" and "the father lives with the mother" no longer describe this filing.
    // Skipped until conditions stop reading hidden answers (the engine evaluates `when` against every kept
    // answer); unskip both with the fix.
    it('a married answer left over from an earlier birth case does not bring the marriage step back', () => {
      const session = completeBirthSession({}, TODAY);
      session.set('registration.birthCase', 'fatherUnknown');
      expect(session.stepShown(step('marriage'))).to.equal(false);
      expect(session.shownAnswers.map((a) => a.path)).not.to.include('registration.marriageNumber');
    });

    it("once the mother is unknown, the father's residence is asked even if he was said to live with her", () => {
      const session = completeBirthSession({}, TODAY);
      session.set('registration.birthCase', 'motherUnknown');
      expect(session.fieldShown('father.sameResidenceAsMother')).to.equal(false);
      expect(session.fieldShown('father.residence')).to.equal(true);
      expect(session.validateStep(step('father')).map((i) => i.path)).to.deep.equal(['father.residenceType', 'father.residence']);
    });
  });

  describe('shownAnswers', () => {
    it('lists every shown, filled answer once, in step order, without the procedures', () => {
      const session = completeBirthSession({}, TODAY);
      const paths = session.shownAnswers.map((a) => a.path);
      expect(paths[0]).to.equal('registration.registrationKind');
      expect(paths).not.to.include(PROCEDURES_PATH);
      expect(new Set(paths).size).to.equal(paths.length);
      expect(paths.indexOf('declarant.fullName')).to.be.lessThan(paths.indexOf('child.givenName'));
      // Everything the fixture answered is shown, except what its own answers hide.
      const hidden = ['father.residenceType', 'father.residence'];
      const expected = Object.keys(birthAnswers(TODAY)).filter((p) => p !== PROCEDURES_PATH && !hidden.includes(p));
      expect([...paths].sort()).to.deep.equal(expected.sort());
    });

    it('leaves out the sections of procedures not chosen', () => {
      const session = completeBirthSession({ [PROCEDURES_PATH]: undefined }, TODAY);
      const groups = new Set(session.shownAnswers.map((a) => splitPath(a.path)[0]));
      expect([...groups].sort()).to.deep.equal(['child', 'declarant', 'documents', 'father', 'mother', 'registration']);
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
          fields: {
            name: { kind: 'name', required: true },
            colours: { kind: 'choice', options: 'colour', multiple: true, required: true },
            why: { kind: 'text', required: true, when: { field: 'person.colours', in: ['red'] } },
          },
        },
        witness: { role: { kind: 'party' }, fields: { name: { kind: 'name', required: true } } },
      },
      steps: [
        { id: 'start', choosesProcedures: true, fields: [] },
        { id: 'person', fields: ['person.name', 'person.colours', 'person.why'] },
        { id: 'witness', fields: ['witness.name'] },
      ],
    });

    it('shows a party only when a chosen procedure needs it', () => {
      const session = new FilingSession(tiny, {}, TODAY);
      expect(session.groupShown('witness')).to.equal(false);
      expect(stepIds(session)).to.deep.equal(['start', 'person']);
      session.set(PROCEDURES_PATH, ['extra']);
      expect(stepIds(session)).to.deep.equal(['start', 'person', 'witness']);
    });

    it('validates a multiple choice and conditions on it', () => {
      const session = new FilingSession(tiny, { 'person.name': 'Lan', 'person.colours': ['green', 'red'] }, TODAY);
      expect(session.validateStep(tiny.steps[1])).to.deep.equal([{ path: 'person.why', code: 'required' }]);
      session.set('person.colours', ['green', 'purple']);
      expect(session.validateStep(tiny.steps[1])).to.deep.equal([{ path: 'person.colours', code: 'choice' }]);
      session.set('person.colours', 'green');
      expect(session.validateStep(tiny.steps[1])).to.deep.equal([{ path: 'person.colours', code: 'invalid' }]);
      session.set('person.colours', ['blue']);
      expect(session.validateStep(tiny.steps[1])).to.deep.equal([]);
    });

    it('shows a step that chooses procedures even with no fields', () => {
      const session = new FilingSession(tiny, {}, TODAY);
      expect(session.stepShown(tiny.steps[0])).to.equal(true);
      expect(session.fieldsOf(tiny.steps[0])).to.deep.equal([PROCEDURES_PATH]);
      expect(session.validateStep(tiny.steps[0])).to.deep.equal([]);
    });
  });
});
