import { expect } from '@open-wc/testing';
import { birth } from '../../../src/bundles/birth.js';
import { holds, isFilled } from '../../../src/core/engine/conditions.js';
import type { Condition } from '../../../src/core/engine/model.js';

describe('isFilled', () => {
  it('counts non-blank text, non-empty lists and addresses with any part entered', () => {
    expect(isFilled('Nguyễn')).to.equal(true);
    expect(isFilled('   ')).to.equal(false);
    expect(isFilled('')).to.equal(false);
    expect(isFilled(undefined)).to.equal(false);
    expect(isFilled(['healthInsurance'])).to.equal(true);
    expect(isFilled([])).to.equal(false);
    expect(isFilled({ province: 'Thành phố Hà Nội', commune: '', detail: '' })).to.equal(true);
    expect(isFilled({ country: 'Lào', province: '', commune: '', detail: '' })).to.equal(true);
    // A half-typed address is an answer (so its missing part is reported), not a missing one.
    expect(isFilled({ province: ' ', commune: 'Phường Láng', detail: '' })).to.equal(true);
    expect(isFilled({ country: '', province: ' ', commune: '', detail: '' })).to.equal(false);
  });
});

describe('holds', () => {
  const married: Condition = { field: 'registration.parentsMarried', equals: 'yes' };
  const motherKnown: Condition = { field: 'registration.birthCase', in: ['bothParentsKnown', 'fatherUnknown'] };

  it('holds when there is no condition', () => {
    expect(holds(undefined, {}, [])).to.equal(true);
  });

  it('equals: compares one answer', () => {
    expect(holds(married, { 'registration.parentsMarried': 'yes' }, [])).to.equal(true);
    expect(holds(married, { 'registration.parentsMarried': 'no' }, [])).to.equal(false);
    expect(holds(married, {}, [])).to.equal(false);
  });

  it('in: matches any of the listed values', () => {
    expect(holds(motherKnown, { 'registration.birthCase': 'fatherUnknown' }, [])).to.equal(true);
    expect(holds(motherKnown, { 'registration.birthCase': 'motherUnknown' }, [])).to.equal(false);
    expect(holds(motherKnown, {}, [])).to.equal(false);
  });

  it('filled: true and false', () => {
    const filled: Condition = { field: 'insurance.poorHouseholdCertificate', filled: true };
    const empty: Condition = { field: 'insurance.poorHouseholdCertificate', filled: false };
    expect(holds(filled, { 'insurance.poorHouseholdCertificate': 'HN-2025-0012' }, [])).to.equal(true);
    expect(holds(filled, { 'insurance.poorHouseholdCertificate': '  ' }, [])).to.equal(false);
    expect(holds(empty, {}, [])).to.equal(true);
    expect(holds(empty, { 'insurance.poorHouseholdCertificate': 'HN-2025-0012' }, [])).to.equal(false);
  });

  it('procedure: reads the chosen procedures, not the answers', () => {
    const wantsCard: Condition = { procedure: 'healthInsurance' };
    expect(holds(wantsCard, {}, ['birthRegistration', 'healthInsurance'])).to.equal(true);
    expect(holds(wantsCard, { 'request.procedures': ['healthInsurance'] }, ['birthRegistration'])).to.equal(false);
  });

  it('all, any and not combine conditions', () => {
    const answers = { 'registration.birthCase': 'bothParentsKnown', 'registration.parentsMarried': 'no' };
    expect(holds({ all: [motherKnown, married] }, answers, [])).to.equal(false);
    expect(holds({ all: [motherKnown, { not: married }] }, answers, [])).to.equal(true);
    expect(holds({ any: [married, motherKnown] }, answers, [])).to.equal(true);
    expect(holds({ any: [married, { procedure: 'permanentResidence' }] }, answers, [])).to.equal(false);
    expect(holds({ not: { not: married } }, answers, [])).to.equal(false);
  });

  it('empty all holds and empty any does not', () => {
    expect(holds({ all: [] }, {}, [])).to.equal(true);
    expect(holds({ any: [] }, {}, [])).to.equal(false);
  });

  it('a multiple-choice answer matches when any of its values does', () => {
    const answers = { 'request.procedures': ['permanentResidence', 'healthInsurance'] };
    expect(holds({ field: 'request.procedures', equals: 'healthInsurance' }, answers, [])).to.equal(true);
    expect(holds({ field: 'request.procedures', equals: 'birthRegistration' }, answers, [])).to.equal(false);
    expect(holds({ field: 'request.procedures', in: ['birthRegistration', 'permanentResidence'] }, answers, [])).to.equal(true);
    expect(holds({ field: 'request.procedures', in: ['birthRegistration'] }, answers, [])).to.equal(false);
    expect(holds({ field: 'request.procedures', filled: true }, { 'request.procedures': [] }, [])).to.equal(false);
  });

  it('an address answer never equals a string', () => {
    const answers = { 'declarant.residence': { province: 'yes', commune: '', detail: '' } };
    expect(holds({ field: 'declarant.residence', equals: 'yes' }, answers, [])).to.equal(false);
    expect(holds({ field: 'declarant.residence', filled: true }, answers, [])).to.equal(true);
  });

  it("evaluates the birth bundle's own conditions", () => {
    const residenceWhen = birth.groups.father.fields['residence']!.when!;
    expect(holds(residenceWhen, { 'father.sameResidenceAsMother': 'yes' }, [])).to.equal(false);
    expect(holds(residenceWhen, { 'father.sameResidenceAsMother': 'no' }, [])).to.equal(true);
    // Not answered yet (e.g. the mother is unknown, so the question is not asked): the father's residence is asked.
    expect(holds(residenceWhen, {}, [])).to.equal(true);
    expect(holds(birth.groups.mother.when, { 'registration.birthCase': 'motherUnknown' }, [])).to.equal(false);
    expect(holds(birth.groups.father.when, { 'registration.birthCase': 'motherUnknown' }, [])).to.equal(true);
  });
});
