import { expect } from '@open-wc/testing';
import { birth } from '../../../src/bundles/birth.js';
import { REVIEW_STEP, StepFlow } from '../../../src/core/engine/flow.js';
import { PROCEDURES_PATH } from '../../../src/core/engine/model.js';
import { FilingSession } from '../../../src/core/engine/session.js';
import { birthAnswers, completeBirthSession } from '../../fixtures/birth-answers.js';

const TODAY = '2026-03-15';
const ANSWERS = birthAnswers(TODAY);

/** Answers the shown fields of the current step from the fixture, as a citizen would type them. */
function answerCurrentStep(session: FilingSession, flow: StepFlow): void {
  const step = flow.currentStep;
  if (!step) return;
  if (step.choosesProcedures) session.set(PROCEDURES_PATH, ANSWERS[PROCEDURES_PATH]);
  for (const path of step.fields) if (ANSWERS[path] !== undefined) session.set(path, ANSWERS[path]);
}

/** A complete session (with `overrides`), its flow on the review step. */
function onReview(overrides: Record<string, undefined | string | string[]> = {}) {
  const session = completeBirthSession(overrides, TODAY);
  const flow = new StepFlow(session, REVIEW_STEP);
  return { session, flow };
}

describe('StepFlow', () => {
  it('starts on the first shown step, or where it is told if that step is shown', () => {
    const session = new FilingSession(birth, {}, TODAY);
    expect(new StepFlow(session).current).to.equal('procedures');
    expect(new StepFlow(session, 'child').current).to.equal('child');
    expect(new StepFlow(session, REVIEW_STEP).current).to.equal(REVIEW_STEP);
    expect(new StepFlow(session, 'nowhere').current).to.equal('procedures');
    // The insurance step is hidden until the procedure is chosen.
    expect(new StepFlow(session, 'insurance').current).to.equal('procedures');
  });

  it('walks the whole birth bundle, step by step, to review', () => {
    const session = new FilingSession(birth, {}, TODAY);
    const flow = new StepFlow(session);
    const visited: string[] = [];
    for (let guard = 0; flow.current !== REVIEW_STEP && guard < 50; guard++) {
      visited.push(flow.current);
      answerCurrentStep(session, flow);
      expect(flow.next(), flow.current).to.deep.equal([]);
    }
    // Every step but the residence documents, which the fixture family's case does not need.
    expect(visited).to.deep.equal(birth.steps.map((s) => s.id).filter((id) => id !== 'residenceDocuments'));
    expect(flow.currentStep).to.equal(undefined);
    expect(session.validateAll()).to.deep.equal([]);
  });

  describe('next', () => {
    it('validates only the current step and returns its issues without moving', () => {
      const session = new FilingSession(birth, {}, TODAY);
      const flow = new StepFlow(session, 'declarant');
      const issues = flow.next();
      expect(flow.current).to.equal('declarant');
      expect(issues.map((i) => i.path)).to.deep.equal([
        'declarant.fullName',
        'declarant.personalId',
        'declarant.birthDate',
        'declarant.sex',
        'declarant.relationship',
      ]);
      expect(issues.every((i) => i.code === 'required')).to.equal(true);
    });

    it('moves on when the current step is right, whatever is missing later', () => {
      const session = new FilingSession(birth, {}, TODAY);
      const flow = new StepFlow(session);
      // The first step only asks for the registration kind, which is preselected.
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal('declarant');
      for (const path of ['declarant.fullName', 'declarant.personalId', 'declarant.birthDate', 'declarant.sex', 'declarant.relationship']) {
        session.set(path, ANSWERS[path]);
      }
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal('declarantContact');
    });

    it('reports a wrong answer, not only a missing one', () => {
      const session = completeBirthSession({ 'declarant.sex': 'female' }, TODAY);
      const flow = new StepFlow(session, 'declarant');
      expect(flow.next()).to.deep.equal([{ path: 'declarant.personalId', code: 'personalId.sex' }]);
      expect(flow.current).to.equal('declarant');
    });

    it('does nothing on the review step', () => {
      const { flow } = onReview();
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal(REVIEW_STEP);
    });
  });

  describe('back', () => {
    it('never validates and keeps every answer', () => {
      const session = new FilingSession(birth, {}, TODAY);
      const flow = new StepFlow(session, 'declarantContact');
      session.set('declarant.phone', '12');
      session.set('declarant.email', 'an@');
      const before = session.answers;
      flow.back();
      expect(flow.current).to.equal('declarant');
      flow.back();
      expect(flow.current).to.equal('procedures');
      expect(session.answers).to.equal(before);
      expect(session.get('declarant.phone')).to.equal('12');
    });

    it('stays on the first step', () => {
      const flow = new StepFlow(new FilingSession(birth, {}, TODAY));
      expect(flow.isFirst).to.equal(true);
      flow.back();
      expect(flow.current).to.equal('procedures');
    });

    it('goes from review to the last shown step', () => {
      const { flow } = onReview({ [PROCEDURES_PATH]: undefined });
      flow.back();
      expect(flow.current).to.equal('documents');
    });
  });

  describe('hidden steps', () => {
    it('are skipped going forward and back', () => {
      const session = completeBirthSession(
        { 'registration.birthCase': 'fatherUnknown', 'registration.parentsMarried': undefined, [PROCEDURES_PATH]: ['healthInsurance'] },
        TODAY,
      );
      const flow = new StepFlow(session, 'parents');
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal('mother');
      expect(flow.next()).to.deep.equal([]);
      // No father, no marriage.
      expect(flow.current).to.equal('office');
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal('documents');
      expect(flow.next()).to.deep.equal([]);
      // No residence steps: permanent residence was not chosen.
      expect(flow.current).to.equal('insurance');
      flow.back();
      expect(flow.current).to.equal('documents');
      flow.back();
      expect(flow.current).to.equal('office');
      flow.back();
      expect(flow.current).to.equal('mother');
    });

    it('moves on from a step that an answer has just hidden', () => {
      const session = completeBirthSession({ 'registration.parentsMarried': 'no' }, TODAY);
      const flow = new StepFlow(session, 'father');
      // Changed elsewhere (e.g. in another tab of the same draft): the father is now unknown.
      session.set('registration.birthCase', 'fatherUnknown');
      expect(flow.current).to.equal('office');
      expect(flow.currentStep?.id).to.equal('office');
    });
  });

  describe('change from review', () => {
    it('goes to the step that asks for the answer, and Next goes back to review', () => {
      const { session, flow } = onReview();
      expect(flow.change('child.givenName')).to.equal(true);
      expect(flow.current).to.equal('child');
      expect(flow.returningToReview).to.equal(true);
      session.set('child.givenName', 'Khang');
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal(REVIEW_STEP);
      expect(flow.returningToReview).to.equal(false);
    });

    it('finds the procedures question and conditional fields', () => {
      const { flow } = onReview();
      expect(flow.change(PROCEDURES_PATH)).to.equal(true);
      expect(flow.current).to.equal('procedures');
      expect(flow.change('registration.marriageDate')).to.equal(true);
      expect(flow.current).to.equal('marriage');
      expect(flow.change('residence.permanentAddress')).to.equal(true);
      expect(flow.current).to.equal('residenceAddress');
    });

    it('refuses an unknown or hidden answer and stays put', () => {
      const { flow } = onReview();
      expect(flow.change('child.nickname')).to.equal(false);
      // The father lives with the mother, so his residence is not asked.
      expect(flow.change('father.residence')).to.equal(false);
      expect(flow.current).to.equal(REVIEW_STEP);
      expect(flow.returningToReview).to.equal(false);
    });

    it('keeps the citizen on the step while it has issues', () => {
      const { session, flow } = onReview();
      flow.change('declarant.phone');
      session.set('declarant.phone', '0243852123');
      expect(flow.next().map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: 'declarant.phone', code: 'phone.format' }]);
      expect(flow.current).to.equal('declarantContact');
      expect(flow.returningToReview).to.equal(true);
    });

    it('goes first to a step the change revealed that still needs answers', () => {
      const insuranceAnswers = Object.fromEntries(Object.keys(ANSWERS).filter((p) => p.startsWith('insurance.')).map((p) => [p, undefined]));
      const { session, flow } = onReview({ [PROCEDURES_PATH]: ['permanentResidence'], ...insuranceAnswers });
      expect(session.steps.map((s) => s.id)).not.to.include('insurance');

      flow.change(PROCEDURES_PATH);
      session.set(PROCEDURES_PATH, ['permanentResidence', 'healthInsurance']);
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal('insurance');
      expect(flow.returningToReview).to.equal(true);

      expect(flow.next().map((i) => i.path)).to.deep.equal(['insurance.cardGuardian', 'insurance.initialCareFacility', 'insurance.cardDelivery']);
      for (const [path, value] of Object.entries(ANSWERS)) if (path.startsWith('insurance.')) session.set(path, value);
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal(REVIEW_STEP);
    });

    it('visits a revealed parent step before returning to review', () => {
      const fatherAnswers = Object.fromEntries(Object.keys(ANSWERS).filter((p) => p.startsWith('father.')).map((p) => [p, undefined]));
      const { session, flow } = onReview({ 'registration.birthCase': 'fatherUnknown', 'registration.parentsMarried': undefined, ...fatherAnswers });
      flow.change('registration.birthCase');
      expect(flow.current).to.equal('parents');
      session.set('registration.birthCase', 'bothParentsKnown');
      // The same step now asks whether the parents are married.
      expect(flow.next()).to.deep.equal([{ path: 'registration.parentsMarried', code: 'required' }]);
      session.set('registration.parentsMarried', 'no');
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal('father');
    });

    it('skips revealed steps that are already complete', () => {
      // Answers kept from before: the insurance step reappears already answered.
      const { session, flow } = onReview({ [PROCEDURES_PATH]: ['permanentResidence'] });
      flow.change(PROCEDURES_PATH);
      session.set(PROCEDURES_PATH, ['permanentResidence', 'healthInsurance']);
      expect(flow.next()).to.deep.equal([]);
      expect(flow.current).to.equal(REVIEW_STEP);
    });

    it('forgets the way back when the citizen goes to review another way', () => {
      const { flow } = onReview();
      flow.change('child.givenName');
      expect(flow.goTo(REVIEW_STEP)).to.equal(true);
      expect(flow.returningToReview).to.equal(false);
    });
  });

  describe('position', () => {
    it('counts the shown steps and the review step', () => {
      const session = new FilingSession(birth, {}, TODAY);
      const flow = new StepFlow(session);
      // procedures, declarant, declarantContact, child, birthPlace, origin, parents, office, documents + review
      expect(flow.position).to.deep.equal({ index: 1, total: 10 });
      flow.next();
      expect(flow.position).to.deep.equal({ index: 2, total: 10 });
      session.set(PROCEDURES_PATH, ['healthInsurance']);
      expect(flow.position).to.deep.equal({ index: 2, total: 11 });
    });

    it('puts review last', () => {
      const { flow } = onReview();
      // Every step but the residence documents, which this family's case does not need.
      expect(flow.position).to.deep.equal({ index: birth.steps.length, total: birth.steps.length });
      expect(flow.isFirst).to.equal(false);
    });
  });

  describe('goTo and firstInvalidStep', () => {
    it('goes only to shown steps', () => {
      const session = new FilingSession(birth, {}, TODAY);
      const flow = new StepFlow(session);
      expect(flow.goTo('office')).to.equal(true);
      expect(flow.current).to.equal('office');
      expect(flow.goTo('insurance')).to.equal(false);
      expect(flow.goTo('nowhere')).to.equal(false);
      expect(flow.current).to.equal('office');
    });

    it('finds the first step with issues', () => {
      expect(new StepFlow(completeBirthSession({}, TODAY)).firstInvalidStep()).to.equal(undefined);
      const flow = new StepFlow(completeBirthSession({ 'child.hometown': undefined, 'insurance.cardDelivery': undefined }, TODAY));
      expect(flow.firstInvalidStep()?.id).to.equal('origin');
    });
  });
});
