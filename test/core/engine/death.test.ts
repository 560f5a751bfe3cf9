import { expect } from '@open-wc/testing';
import { death } from '../../../src/bundles/death.js';
import { assembleDossier } from '../../../src/core/engine/dossier.js';
import { PROCEDURES_PATH } from '../../../src/core/engine/model.js';
import { FilingSession } from '../../../src/core/engine/session.js';
import { StepFlow } from '../../../src/core/engine/flow.js';
import { validateDossier } from '../../../src/core/engine/schema.js';
import { completeDeathSession } from '../../fixtures/death-answers.js';

const TODAY = '2026-11-26';
const META = { reference: '01M8C3R578VAR85RX6MYZ632E2', createdAt: '2026-11-26T10:00:00Z', language: 'vi' as const };
const step = (id: string) => death.steps.find((s) => s.id === id)!;

describe('the death bundle', () => {
  it('is complete and valid with all four procedures and the number typed', () => {
    const session = completeDeathSession({}, TODAY);
    expect(session.validateAll()).to.deep.equal([]);
    const dossier = assembleDossier(session, META);
    expect(dossier.procedures).to.deep.equal(['deathRegistration', 'residenceRemoval', 'funeralAllowance', 'survivorBenefit']);
    expect(dossier.deferred).to.deep.equal([]);
    expect((dossier.subject as Record<string, unknown>)['socialInsuranceNumber']).to.equal('0101234567');
    expect(validateDossier(death, dossier)).to.deep.equal({ ok: true });
  });

  it('files the two procedures that are always filed, without asking anything the others need', () => {
    const session = completeDeathSession({ [PROCEDURES_PATH]: [], 'funeral.regime': undefined, 'payment.payee': undefined }, TODAY);
    expect(session.procedures).to.deep.equal(['deathRegistration', 'residenceRemoval']);
    expect(session.steps.map((s) => s.id)).not.to.include.members(['funeral', 'payment']);
    expect(session.fieldShown('deceased.socialInsuranceNumber')).to.equal(false);
    expect(session.validateAll()).to.deep.equal([]);
    const dossier = assembleDossier(session, META);
    expect(Object.keys(dossier.sections)).to.deep.equal(['deathRegistration', 'residenceRemoval']);
    expect(JSON.stringify(dossier)).not.to.contain('0101234567');
  });

  it('lets the social-insurance number come later, never blocking the registration', () => {
    const session = completeDeathSession({ 'deceased.socialInsuranceNumber': { deferred: true, reason: 'Gia đình chưa tìm thấy sổ bảo hiểm' } }, TODAY);
    expect(session.validateAll()).to.deep.equal([]);
    const dossier = assembleDossier(session, META);
    expect(dossier.deferred).to.deep.equal([
      { fact: 'deceased.socialInsuranceNumber', procedures: ['funeralAllowance', 'survivorBenefit'], reason: 'Gia đình chưa tìm thấy sổ bảo hiểm' },
    ]);
    expect(dossier.sections['funeralAllowance']!.awaiting).to.deep.equal(['deceased.socialInsuranceNumber']);
    expect(dossier.sections['survivorBenefit']!.awaiting).to.deep.equal(['deceased.socialInsuranceNumber']);
    expect(dossier.sections['deathRegistration']!.awaiting).to.equal(undefined);
    expect((dossier.subject as Record<string, unknown>)['socialInsuranceNumber']).to.equal(undefined);
    expect(validateDossier(death, dossier)).to.deep.equal({ ok: true });
  });

  it('checks a typed number, and refuses "later" for a fact that cannot be deferred', () => {
    const session = completeDeathSession({ 'deceased.socialInsuranceNumber': '12345' }, TODAY);
    expect(session.validateStep(step('funeral')).map((i) => i.code)).to.deep.equal(['socialInsurance.format']);
    session.set('deceased.socialInsuranceNumber', '0101234567');
    session.set('deceased.givenName', { deferred: true, reason: '' });
    expect(session.validateStep(step('deceased')).map((i) => [i.path, i.code])).to.deep.equal([['deceased.givenName', 'invalid']]);
  });

  it('asks for an unanswered deferrable fact with both ways to answer it, not as a plain "required"', () => {
    const session = completeDeathSession({ 'deceased.socialInsuranceNumber': undefined }, TODAY);
    expect(session.validateStep(step('funeral')).map((i) => [i.path, i.code])).to.deep.equal([['deceased.socialInsuranceNumber', 'deferrable.required']]);
    session.set('deceased.givenName', '');
    expect(session.validateStep(step('deceased')).map((i) => i.code)).to.deep.equal(['required']);
  });

  it('asks for an organisation and the authorisation when the declarant is not a relative', () => {
    const session = completeDeathSession({ 'declarant.relationship': 'notRelative' }, TODAY);
    expect(session.validateStep(step('declarant')).map((i) => i.path)).to.deep.equal(['declarant.organisation']);
    expect(session.fieldsOf(step('proof'))).to.include('documents.authorisation');
    expect(session.validateStep(step('proof')).map((i) => [i.path, i.code])).to.deep.equal([['documents.authorisation', 'upload.required']]);
  });

  it('asks who becomes head of household when the deceased was the head', () => {
    const session = completeDeathSession({ 'household.deceasedWasHead': 'yes' }, TODAY);
    expect(session.fieldsOf(step('household'))).to.deep.equal(['household.deceasedWasHead', 'household.newHeadName', 'household.newHeadPersonalId']);
    expect(session.validateStep(step('household')).map((i) => i.path)).to.deep.equal(['household.newHeadName', 'household.newHeadPersonalId']);
  });

  it('takes the year of birth alone when the date is not known, and cross-checks the ID with a full date', () => {
    const session = completeDeathSession({ 'deceased.birthYear': undefined }, TODAY);
    expect(session.validateStep(step('deceased')).map((i) => [i.path, i.code])).to.deep.equal([['deceased.birthYear', 'required']]);
    session.set('deceased.birthDate', '1952-04-01');
    expect(session.fieldShown('deceased.birthYear')).to.equal(false);
    expect(session.validateStep(step('deceased')).map((i) => [i.path, i.code])).to.deep.equal([['deceased.personalId', 'personalId.birthYear']]);
  });

  it('files the survivor benefit only with the funeral allowance', () => {
    const session = completeDeathSession({ [PROCEDURES_PATH]: ['survivorBenefit'] }, TODAY);
    expect(session.validateStep(step('procedures')).map((i) => i.code)).to.deep.equal(['death.survivorNeedsFuneral']);
  });

  it('puts the steps death registration needs first', () => {
    const flow = new StepFlow(new FilingSession(death, {}, TODAY));
    const ids = death.steps.map((s) => s.id);
    expect(ids.indexOf('office')).to.be.lessThan(ids.indexOf('household'));
    expect(ids.indexOf('office')).to.be.lessThan(ids.indexOf('funeral'));
    expect(flow.current).to.equal('procedures');
  });
});
