import { expect } from '@open-wc/testing';
import { birth } from '../../../src/bundles/birth.js';
import { death } from '../../../src/bundles/death.js';
import { FilingSession, PROCEDURES_PATH, readPrefill } from '../../../src/core/engine/index.js';
import { FATHER_ID } from '../../fixtures/birth-answers.js';

/** What a portal knows about a citizen signed in with VNeID. */
const VNEID = {
  fullName: 'Nguyễn Văn An',
  personalId: FATHER_ID,
  birthDate: '1990-05-14',
  sex: 'male',
  phone: '0912345678',
  residence: { province: 'Thành phố Hà Nội', commune: 'Phường Thanh Xuân', detail: 'Số 12, ngõ 34 Nguyễn Trãi' },
};

describe('readPrefill', () => {
  it('reads the nested form', () => {
    const { answers, rejected } = readPrefill(birth, { declarant: VNEID });
    expect(rejected).to.deep.equal([]);
    expect(answers).to.deep.equal({
      'declarant.fullName': 'Nguyễn Văn An',
      'declarant.personalId': FATHER_ID,
      'declarant.birthDate': '1990-05-14',
      'declarant.sex': 'male',
      'declarant.phone': '0912345678',
      'declarant.residence': { ...VNEID.residence },
    });
  });

  it('reads the flat form, and both mixed', () => {
    const flat = readPrefill(birth, { 'declarant.fullName': 'Nguyễn Văn An', 'child.familyName': 'Nguyễn' });
    expect(flat).to.deep.equal({ answers: { 'declarant.fullName': 'Nguyễn Văn An', 'child.familyName': 'Nguyễn' }, rejected: [] });
    const mixed = readPrefill(birth, { 'declarant.fullName': 'Nguyễn Văn An', mother: { givenName: 'Ngọc' } });
    expect(mixed.answers).to.deep.equal({ 'declarant.fullName': 'Nguyễn Văn An', 'mother.givenName': 'Ngọc' });
  });

  it('reads the chosen procedures, nested or flat', () => {
    expect(readPrefill(birth, { request: { procedures: ['healthInsurance'] } }).answers).to.deep.equal({ [PROCEDURES_PATH]: ['healthInsurance'] });
    expect(readPrefill(birth, { [PROCEDURES_PATH]: ['permanentResidence'] }).answers).to.deep.equal({ [PROCEDURES_PATH]: ['permanentResidence'] });
    expect(readPrefill(birth, { [PROCEDURES_PATH]: 'permanentResidence' }).rejected).to.deep.equal([{ path: PROCEDURES_PATH, reason: 'wrongType' }]);
  });

  it('sets aside and reports unknown paths', () => {
    const { answers, rejected } = readPrefill(birth, {
      declarant: { fullName: 'Nguyễn Văn An', nickname: 'Bin' },
      'child.shoeSize': '18',
      pet: { name: 'Mực' },
      declarantName: 'Nguyễn Văn An',
    });
    expect(answers).to.deep.equal({ 'declarant.fullName': 'Nguyễn Văn An' });
    expect(rejected).to.deep.equal([
      { path: 'declarant.nickname', reason: 'unknownField' },
      { path: 'child.shoeSize', reason: 'unknownField' },
      { path: 'pet.name', reason: 'unknownField' },
      { path: 'declarantName', reason: 'unknownField' },
    ]);
  });

  it('sets aside and reports values of the wrong type', () => {
    const { answers, rejected } = readPrefill(birth, {
      declarant: { fullName: ['Nguyễn', 'Văn', 'An'], residence: 'Hà Nội', sex: true, birthDate: { year: 1990 }, phone: '0912345678' },
      [PROCEDURES_PATH]: ['healthInsurance', 3],
    });
    expect(answers).to.deep.equal({ 'declarant.phone': '0912345678' });
    expect(rejected).to.deep.equal([
      { path: 'declarant.fullName', reason: 'wrongType' },
      { path: 'declarant.residence', reason: 'wrongType' },
      { path: 'declarant.sex', reason: 'wrongType' },
      { path: 'declarant.birthDate', reason: 'wrongType' },
      { path: PROCEDURES_PATH, reason: 'wrongType' },
    ]);
  });

  it('reads an account the portal knows as a payee, and sets aside what is not one', () => {
    const account = { method: 'bank', bin: '970436', bankName: 'Vietcombank', bankShortName: 'Vietcombank', accountNumber: '0123456789', accountHolder: 'NGUYEN THI LAN' };
    expect(readPrefill(death, { payment: { payee: account } }).answers).to.deep.equal({ 'payment.payee': account });
    expect(readPrefill(death, { 'payment.payee': { method: 'post', extra: 1 } }).answers).to.deep.equal({ 'payment.payee': { method: 'post' } });
    const { answers, rejected } = readPrefill(death, { payment: { payee: { method: 'cheque' } } });
    expect(answers).to.deep.equal({});
    expect(rejected).to.deep.equal([{ path: 'payment.payee', reason: 'wrongType' }]);
  });

  it('reports a prefill that is not an object, as a whole', () => {
    for (const prefill of ['Nguyễn Văn An', 42, true, ['declarant.fullName'], () => 'x']) {
      const result = readPrefill(birth, prefill);
      expect(result.answers, String(prefill)).to.deep.equal({});
      expect(result.rejected, String(prefill)).to.deep.equal([{ path: '', reason: 'notAnObject' }]);
    }
  });

  it('takes nothing and reports nothing from an absent prefill or absent values', () => {
    expect(readPrefill(birth, undefined)).to.deep.equal({ answers: {}, rejected: [] });
    expect(readPrefill(birth, null)).to.deep.equal({ answers: {}, rejected: [] });
    expect(readPrefill(birth, {})).to.deep.equal({ answers: {}, rejected: [] });
    expect(readPrefill(birth, { declarant: { fullName: null, email: '', phone: undefined } })).to.deep.equal({ answers: {}, rejected: [] });
  });

  it('never overwrites an existing answer', () => {
    const existing = { 'declarant.fullName': 'Trần Thị Bích Ngọc', 'declarant.phone': '   ' };
    const { answers, rejected } = readPrefill(birth, { declarant: { fullName: 'Nguyễn Văn An', phone: '0912345678' } }, existing);
    // The typed name stays; a blank answer is no answer, so the phone is offered.
    expect(answers).to.deep.equal({ 'declarant.phone': '0912345678' });
    expect(rejected).to.deep.equal([]);
  });

  it('accepts numbers where text is expected, as strings', () => {
    const { answers, rejected } = readPrefill(birth, {
      registration: { copies: 2, office: { province: 'Thành phố Hà Nội', commune: 'Phường Thanh Xuân', detail: 12 } },
      'declarant.phone': 912345678,
    });
    expect(rejected).to.deep.equal([]);
    expect(answers['registration.copies']).to.equal('2');
    expect(answers['registration.office']).to.deep.equal({ province: 'Thành phố Hà Nội', commune: 'Phường Thanh Xuân', detail: '12' });
    // Accepted as text, then validated like typed input: a number loses its leading zero, and the check says so.
    expect(answers['declarant.phone']).to.equal('912345678');
  });

  it('normalises identifiers as the fields do when a citizen types them', () => {
    const { answers } = readPrefill(birth, {
      declarant: { phone: '+84 912 345 678', personalId: '001 090 012 345', fullName: '  Nguyễn   Văn An ', email: ' an@example.vn ' },
    });
    expect(answers['declarant.phone']).to.equal('0912345678');
    expect(answers['declarant.personalId']).to.equal('001090012345');
    expect(answers['declarant.fullName']).to.equal('Nguyễn Văn An');
    expect(answers['declarant.email']).to.equal('an@example.vn');
  });

  it('does not validate content: that is the step’s job, with the citizen looking', () => {
    const { answers } = readPrefill(birth, { declarant: { personalId: '12345', sex: 'unknown' } });
    expect(answers).to.deep.equal({ 'declarant.personalId': '12345', 'declarant.sex': 'unknown' });
    const session = new FilingSession(birth, answers, '2026-03-15');
    const issues = session.validateStep(birth.steps[1]!).map(({ path, code }) => ({ path, code }));
    expect(issues).to.deep.include({ path: 'declarant.personalId', code: 'personalId.format' });
    expect(issues).to.deep.include({ path: 'declarant.sex', code: 'choice' });
  });

  it('never throws on hostile keys', () => {
    const hostile = JSON.parse('{"__proto__": {"fullName": "x"}, "constructor": {"name": "x"}, "toString.x": "y", "child.constructor": "z"}') as unknown;
    const { answers, rejected } = readPrefill(birth, hostile);
    expect(answers).to.deep.equal({});
    expect(rejected.map((r) => r.reason)).to.deep.equal(['unknownField', 'unknownField', 'unknownField', 'unknownField']);
  });

  it('gives answers a session takes as they are', () => {
    const { answers } = readPrefill(birth, { declarant: VNEID });
    const session = new FilingSession(birth, answers, '2026-03-15');
    expect(session.get('declarant.fullName')).to.equal('Nguyễn Văn An');
    // The preselected answers of the definition are still there.
    expect(session.get('child.nationality')).to.equal('vn');
  });
});
