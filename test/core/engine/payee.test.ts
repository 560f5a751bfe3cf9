import { expect } from '@open-wc/testing';
import { defineBundle } from '../../../src/core/engine/model.js';
import { FilingSession } from '../../../src/core/engine/session.js';
import { assembleDossier } from '../../../src/core/engine/dossier.js';
import { validateDossier } from '../../../src/core/engine/schema.js';
import { answerText } from '../../../src/elements/wizard/internal/answer-text.js';
import { createI18n, loadLaterStrings, localizerFor } from '../../../src/i18n/i18n.js';

/** A bundle with nothing but a payee, as a funeral-allowance section will have. */
const allowance = defineBundle({
  id: 'allowance',
  procedures: { funeral: { agency: 'socialInsurance', always: true, needs: [] } },
  options: {},
  groups: {
    payment: { role: { kind: 'section', procedure: 'funeral' }, fields: { payee: { kind: 'payee', required: true } } },
  },
  steps: [{ id: 'payment', fields: ['payment.payee'] }],
});

const TRANSFER = {
  method: 'bank',
  bin: '970436',
  bankName: 'Ngân hàng TMCP Ngoại Thương Việt Nam',
  bankShortName: 'Vietcombank',
  accountNumber: '0123456789',
  accountHolder: 'NGUYEN VAN AN',
} as const;

describe('payee answers', () => {
  const step = allowance.steps[0]!;

  it('are required, then checked part by part', () => {
    const session = new FilingSession(allowance, {}, '2026-11-26');
    expect(session.validateStep(step).map((i) => i.code)).to.deep.equal(['required']);
    session.set('payment.payee', { ...TRANSFER, bin: '' });
    expect(session.validateStep(step).map((i) => i.code)).to.deep.equal(['payee.bankMissing']);
    session.set('payment.payee', { ...TRANSFER, accountNumber: '12' });
    expect(session.validateStep(step)[0]!.code).to.match(/^payee\./);
    session.set('payment.payee', TRANSFER);
    expect(session.validateStep(step)).to.deep.equal([]);
    session.set('payment.payee', { method: 'post' });
    expect(session.validateStep(step)).to.deep.equal([]);
  });

  it('go into the dossier and pass its schema, which refuses a malformed account', () => {
    const session = new FilingSession(allowance, { 'payment.payee': TRANSFER }, '2026-11-26');
    const dossier = assembleDossier(session, { reference: '01M8C3R578VAR85RX6MYZ632E2', createdAt: '2026-11-26T10:00:00Z', language: 'vi' });
    expect((dossier.sections['funeral'] as Record<string, unknown>)['payment']).to.deep.equal({ payee: TRANSFER });
    expect(validateDossier(allowance, dossier)).to.deep.equal({ ok: true });
    const bad = structuredClone(dossier);
    ((bad.sections['funeral'] as Record<string, Record<string, Record<string, string>>>)['payment']!['payee']!)['accountNumber'] = '01-23';
    expect(validateDossier(allowance, bad).ok).to.equal(false);
  });

  it('read on the review as a person would say them, in either language', async () => {
    const instance = createI18n('vi');
    await loadLaterStrings(instance);
    expect(answerText(localizerFor(instance, 'vi'), allowance, 'payment.payee', TRANSFER)).to.equal(
      'Chuyển khoản: Vietcombank, số tài khoản 0123456789, chủ tài khoản NGUYEN VAN AN',
    );
    expect(answerText(localizerFor(instance, 'vi'), allowance, 'payment.payee', { method: 'post' })).to.equal('Nhận tiền mặt qua bưu điện');
    expect(answerText(localizerFor(instance, 'en'), allowance, 'payment.payee', TRANSFER)).to.match(/^[A-Z][a-z].*Vietcombank.*0123456789.*NGUYEN VAN AN$/);
  });
});
