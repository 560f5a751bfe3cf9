/**
 * Journeys through the death bundle in a real browser, against the demo receiver behind the test runner:
 * every procedure with the social-insurance number typed; the number left for later, the dossier received,
 * then the number supplied and joined to it; only the two procedures that are always filed; a declarant who is
 * not a relative; and the host's lookup hook answering, failing and finding nothing.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { LtWizard, SubmittedEvent } from '../../src/index.js';
import type { SupplementedEvent } from '../../src/elements/supplement/supplement.js';
import type { LookupRequest } from '../../src/elements/wizard/internal/lookups.js';
import type { AnswerValue } from '../../src/core/engine/index.js';
import { deathAnswers, FATHER_ID } from '../fixtures/death-answers.js';
import { clearFaults, injectFaults, storedDossier, TEST_ENDPOINT } from '../support/server-control.js';
import { WizardHarness } from '../support/wizard-harness.js';
import { drawnImage, uploadedFile } from '../support/uploads.js';

const SI_PATH = 'deceased.socialInsuranceNumber';

async function deathWizard(template = html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} no-history></lt-wizard>`) {
  const el = await fixture<LtWizard>(template);
  await el.updateComplete;
  return { el, h: new WizardHarness(el) };
}

/** The answers with a real death notice to upload, and `overrides` applied (undefined removes an answer). */
async function answersWith(overrides: Record<string, AnswerValue | File[] | undefined> = {}): Promise<Record<string, AnswerValue>> {
  const answers: Record<string, unknown> = {
    ...deathAnswers(),
    'documents.deathProof': [await drawnImage('giay-bao-tu.jpg')],
    ...overrides,
  };
  for (const [path, value] of Object.entries(answers)) if (value === undefined) delete answers[path];
  return answers as Record<string, AnswerValue>;
}

/** Walks to the step titled `title`, answering every step before it from `answers`. */
async function fillUntil(h: WizardHarness, answers: Record<string, AnswerValue>, title: string): Promise<void> {
  for (let i = 0; i < 20 && h.heading !== title; i++) {
    await h.answerStep(answers);
    const before = h.heading;
    await h.next();
    if (h.heading === before) throw new Error(`Stuck on "${before}": ${h.summaryMessages.join(' | ')}`);
  }
  expect(h.heading).to.equal(title);
}

/** Sends from the review and returns the reference and the dossier the receiver stored. */
async function send(el: LtWizard, h: WizardHarness) {
  const submitted = oneEvent(el, 'lt-submitted') as Promise<SubmittedEvent>;
  await h.next();
  const { detail } = await submitted;
  await el.updateComplete;
  const stored = await storedDossier(detail.reference);
  return { detail, dossier: stored!.dossier as Record<string, any>, stored: stored as Record<string, any> };
}

describe('lt-wizard — the death bundle', () => {
  afterEach(() => clearFaults());

  it('loads the bundle on demand and opens gently, saying what is needed and what can wait', async () => {
    const { el, h } = await deathWizard();
    expect(h.heading).to.equal('Những việc sẽ làm');
    const intro = el.shadowRoot!.querySelector('.intro')!.textContent!;
    expect(intro).to.contain('chia buồn');
    expect(intro).to.contain('giấy báo tử');
    expect(intro).to.contain('bổ sung sau');
    // Death registration and residence removal are always filed; the others are offered.
    expect(el.shadowRoot!.querySelector('.always')!.textContent).to.contain('Đăng ký khai tử, Xóa đăng ký thường trú');
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const { el, h } = await deathWizard(html`<lt-wizard bundle="death" lang="en" endpoint=${TEST_ENDPOINT} no-history></lt-wizard>`);
    expect(h.heading).to.equal('What will be done');
    expect(el.shadowRoot!.querySelector('.intro')!.textContent).to.contain('later');
  });

  it('files all four procedures with the number typed, typed like a person', async function () {
    this.timeout(90_000);
    const { el, h } = await deathWizard();
    const answers = await answersWith();
    await h.fillToReview(answers);
    const rows = h.reviewRows;
    expect(rows['Trợ cấp mai táng']).to.deep.include(['Mã số bảo hiểm xã hội', '0101234567']);
    expect(rows['Cách nhận tiền']![0]![1]).to.contain('Vietcombank');

    const { detail, dossier } = await send(el, h);
    expect(detail.deferred).to.deep.equal([]);
    expect(dossier.bundle).to.equal('death');
    expect(dossier.procedures).to.deep.equal(['deathRegistration', 'residenceRemoval', 'funeralAllowance', 'survivorBenefit']);
    expect(dossier.subject.socialInsuranceNumber).to.equal('0101234567');
    expect(dossier.subject.personalId).to.equal(FATHER_ID);
    expect(dossier.deferred).to.deep.equal([]);
    expect(dossier.sections.funeralAllowance.agency).to.equal('socialInsurance');
    expect(dossier.sections.funeralAllowance.awaiting ?? []).to.deep.equal([]);
    expect(dossier.sections.funeralAllowance.payment.payee).to.include({ method: 'bank', bin: '970436', accountHolder: 'NGUYEN THI LAN' });
    expect(dossier.documents.map((d: { slot: string }) => d.slot)).to.deep.equal(['deathProof']);
    // Nothing is left to give later: the confirmation says nothing about it.
    expect(el.shadowRoot!.querySelector('[part="later"]')).to.equal(null);
  });

  it('sends at once without the number, then joins the number given later to the same dossier', async function () {
    this.timeout(90_000);
    const { el, h } = await deathWizard(
      html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} no-history supplement-href="/khai-tu?bo-sung={reference}"></lt-wizard>`,
    );
    const answers = await answersWith({ [SI_PATH]: { deferred: true, reason: 'Chưa tìm thấy sổ bảo hiểm xã hội' } });
    await fillUntil(h, answers, 'Trợ cấp mai táng');
    // Never a fault: the choice to give it later is offered, and choosing it lets the citizen go on.
    await h.answerStep(answers);
    await expect(el).to.be.accessible();
    await h.fillToReview(answers);
    expect(h.reviewRows['Trợ cấp mai táng']).to.deep.include(['Mã số bảo hiểm xã hội', 'Bổ sung sau (lý do: Chưa tìm thấy sổ bảo hiểm xã hội)']);

    const { detail, dossier } = await send(el, h);
    const waiting = { fact: SI_PATH, procedures: ['funeralAllowance', 'survivorBenefit'], reason: 'Chưa tìm thấy sổ bảo hiểm xã hội' };
    expect(detail.deferred).to.deep.equal([waiting]);
    expect(dossier.deferred).to.deep.equal([waiting]);
    expect(dossier.subject).not.to.have.property('socialInsuranceNumber');
    expect(dossier.sections.funeralAllowance.awaiting).to.deep.equal([SI_PATH]);
    expect(dossier.sections.survivorBenefit.awaiting).to.deep.equal([SI_PATH]);
    // Registration and residence removal wait for nothing.
    expect(dossier.sections.deathRegistration.awaiting ?? []).to.deep.equal([]);
    expect(dossier.sections.residenceRemoval.awaiting ?? []).to.deep.equal([]);

    // The confirmation says what is left, who waits for it and where to give it.
    const later = el.shadowRoot!.querySelector('[part="later"]')!;
    expect(later.textContent).to.contain('Mã số bảo hiểm xã hội');
    expect(later.textContent).to.contain('Trợ cấp mai táng, Trợ cấp tuất sẽ chờ thông tin này.');
    expect(later.querySelector('a')!.getAttribute('href')).to.equal(`/khai-tu?bo-sung=${detail.reference}`);
    await expect(el).to.be.accessible();

    // Days later: the short flow asks only for the number and joins it to the dossier.
    const back = await deathWizard(html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} supplement=${detail.reference}></lt-wizard>`);
    const supplement = back.el.shadowRoot!.querySelector('lt-supplement')!;
    await waitFor(() => supplement.shadowRoot?.querySelector('form') ?? null);
    const flow = new WizardHarness(supplement as unknown as LtWizard);
    expect(flow.heading).to.equal('Bổ sung thông tin còn thiếu');
    expect(supplement.shadowRoot!.querySelector('.intro')!.textContent).to.contain(detail.reference);
    expect(flow.fieldPaths).to.deep.equal([SI_PATH]);
    await expect(back.el).to.be.accessible();

    // A wrong number is caught before sending.
    await flow.typeInto(flow.field(SI_PATH).shadowRoot!.querySelector('input')!, '01012');
    await clickSend(supplement);
    expect(flow.summaryMessages).to.deep.equal(['Mã số bảo hiểm xã hội: Mã số bảo hiểm xã hội gồm đúng 10 chữ số. Vui lòng kiểm tra lại trên thẻ bảo hiểm y tế hoặc sổ bảo hiểm xã hội.']);
    expect(flow.field(SI_PATH).error).to.not.equal('');

    await flow.typeInto(flow.field(SI_PATH).shadowRoot!.querySelector('input')!, '0101234567');
    const supplemented = oneEvent(back.el, 'lt-supplemented') as Promise<SupplementedEvent>;
    await clickSend(supplement);
    const done = await supplemented;
    expect(done.detail.facts).to.deep.equal({ [SI_PATH]: '0101234567' });
    expect(done.detail.receipt.complete).to.equal(true);
    await waitFor(() => (flow.heading === 'Đã nhận thông tin bổ sung' ? true : null));
    expect(supplement.shadowRoot!.textContent).to.contain('đã đủ thông tin');

    const record = (await storedDossier(detail.reference)) as Record<string, any>;
    expect(record.supplements).to.have.length(1);
    expect(record.supplements[0].facts).to.deep.equal({ [SI_PATH]: '0101234567' });
    // The dossier itself stays as received.
    expect(record.dossier.deferred).to.deep.equal([waiting]);

    // Coming back once more: nothing is awaited, and the page says so.
    const again = await deathWizard(html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} supplement=${detail.reference}></lt-wizard>`);
    const message = await supplementMessage(again.el);
    expect(message).to.contain(`Hồ sơ ${detail.reference} đã đủ thông tin, không cần bổ sung thêm.`);
  });

  it('files only the two procedures that are always filed, never asking about insurance or money', async function () {
    this.timeout(60_000);
    const { el, h } = await deathWizard();
    el.prefill = { ...deathAnswers(), 'request.procedures': [], 'documents.deathProof': [await uploadedFile(await drawnImage('giay-bao-tu.jpg'), 'deathProof')] };
    await el.updateComplete;
    const titles: string[] = [];
    for (let i = 0; i < 20 && el.currentStep !== 'review'; i++) {
      titles.push(h.heading);
      await h.next();
    }
    expect(el.currentStep).to.equal('review');
    expect(titles).to.include('Hộ gia đình');
    expect(titles).not.to.include('Trợ cấp mai táng');
    expect(titles).not.to.include('Cách nhận tiền');
    const { dossier } = await send(el, h);
    expect(dossier.procedures).to.deep.equal(['deathRegistration', 'residenceRemoval']);
    expect(Object.keys(dossier.sections)).to.deep.equal(['deathRegistration', 'residenceRemoval']);
    expect(dossier.subject).not.to.have.property('socialInsuranceNumber');
    expect(dossier.deferred).to.deep.equal([]);
  });

  it('asks a declarant who is not a relative for the organisation and the authorisation letter', async function () {
    this.timeout(60_000);
    const { el, h } = await deathWizard();
    const answers = await answersWith({
      'request.procedures': [],
      'declarant.relationship': 'notRelative',
      'declarant.organisation': 'Ủy ban nhân dân phường Kim Liên',
      'documents.authorisation': [await drawnImage('giay-gioi-thieu.jpg')],
    });
    await fillUntil(h, answers, 'Người đi khai');
    expect(h.fieldPaths).not.to.include('declarant.organisation');
    await h.answerStep(answers);
    expect(h.fieldPaths).to.include('declarant.organisation');
    await fillUntil(h, answers, 'Giấy báo tử');
    expect(h.fieldPaths).to.include('documents.authorisation');
    // The letter is required: without it the step does not go on.
    const { 'documents.authorisation': letter, ...withoutLetter } = answers;
    await h.answerStep(withoutLetter);
    await h.next();
    expect(h.heading).to.equal('Giấy báo tử');
    expect(h.summaryMessages.join(' ')).to.contain('Văn bản ủy quyền hoặc giấy giới thiệu');
    await h.answerStep({ 'documents.authorisation': letter! });
    await h.fillToReview(answers);
    const { dossier } = await send(el, h);
    expect(dossier.declarant.relationship).to.equal('notRelative');
    expect(dossier.declarant.organisation).to.equal('Ủy ban nhân dân phường Kim Liên');
    expect(dossier.documents.map((d: { slot: string }) => d.slot)).to.deep.equal(['deathProof', 'authorisation']);
  });

  describe("the host's lookup", () => {
    /** A wizard at the funeral step whose lookup hook does `hook`. */
    async function atFuneral(hook: (request: LookupRequest) => unknown) {
      const { el, h } = await deathWizard();
      el.lookups = { [SI_PATH]: hook };
      el.prefill = { ...deathAnswers(), [SI_PATH]: undefined, 'documents.deathProof': [await uploadedFile(await drawnImage('giay-bao-tu.jpg'), 'deathProof')] };
      await el.updateComplete;
      for (let i = 0; i < 20 && h.heading !== 'Trợ cấp mai táng'; i++) await h.next();
      expect(h.heading).to.equal('Trợ cấp mai táng');
      const field = h.field(SI_PATH);
      return { el, h, field, root: field.shadowRoot! };
    }

    it('shows what it finds and uses it only when the citizen says so', async () => {
      const requests: LookupRequest[] = [];
      const { el, h, field, root } = await atFuneral(async (request) => {
        requests.push(request);
        return '0101234567';
      });
      await h.answer(SI_PATH, '');
      await pressLookup(root);
      expect(requests).to.have.length(1);
      expect(requests[0]!.answers['deceased.personalId']).to.equal(FATHER_ID);
      expect(requests[0]!.path).to.equal(SI_PATH);
      const status = await waitFor(() => (root.textContent!.includes('0101234567') ? root : null));
      expect(status).to.not.equal(null);
      // Shown, not used: the answer is still empty.
      expect(el.answers[SI_PATH] ?? '').to.equal('');
      await expect(el).to.be.accessible();
      await pressUse(root);
      await el.updateComplete;
      expect(el.answers[SI_PATH]).to.equal('0101234567');
      expect(field.value).to.equal('0101234567');
    });

    it('says calmly when the lookup fails, and the citizen can still type it or give it later', async () => {
      const { el, h, root } = await atFuneral(async () => {
        throw new Error('service down');
      });
      await h.answer(SI_PATH, '');
      await pressLookup(root);
      await waitFor(() => (root.querySelector('[role="status"]')?.textContent?.trim() ? true : null));
      expect(el.answers[SI_PATH] ?? '').to.equal('');
      expect(root.querySelector('.invalid')).to.equal(null);
      await expect(el).to.be.accessible();
      await h.answer(SI_PATH, { deferred: true, reason: '' });
      await h.next();
      expect(h.heading).to.equal('Cách nhận tiền');
    });

    it('says when nothing is found', async () => {
      const { el, h, root } = await atFuneral(async () => null);
      await h.answer(SI_PATH, '');
      await pressLookup(root);
      const found = await waitFor(() => root.querySelector('[role="status"]')?.textContent?.trim() || null);
      expect(found).to.not.equal('');
      expect(el.answers[SI_PATH] ?? '').to.equal('');
      expect(root.textContent).not.to.contain('0101234567');
    });
  });

  it('says clearly when a supplement is for an unknown reference', async () => {
    const { el } = await deathWizard(html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} supplement="01JZZZZZZZZZZZZZZZZZZZZZZZ"></lt-wizard>`);
    expect(await supplementMessage(el)).to.contain('Không tìm thấy hồ sơ có mã 01JZZZZZZZZZZZZZZZZZZZZZZZ');
    await expect(el).to.be.accessible();
  });

  it('says it cannot reach the portal when the page gives no endpoint, and goes on once it does', async () => {
    const { dossier } = await sentWithDeferredNumber();
    const { el } = await deathWizard(html`<lt-wizard bundle="death" supplement=${dossier.reference}></lt-wizard>`);
    expect(await supplementMessage(el)).to.contain('Chưa kết nối được');
    el.endpoint = TEST_ENDPOINT;
    await el.updateComplete;
    const supplement = el.shadowRoot!.querySelector('lt-supplement')!;
    expect(await waitFor(() => supplement.shadowRoot!.querySelector('form'))).to.not.equal(null);
  });

  it('offers to try again when the status cannot be read, and then asks', async () => {
    const { dossier } = await sentWithDeferredNumber();
    await injectFaults({ path: `${TEST_ENDPOINT}/dossiers/${dossier.reference}/deferred`, method: 'GET', responses: [503, 503, 503, 503] });
    const { el } = await deathWizard(html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} supplement=${dossier.reference}></lt-wizard>`);
    expect(await supplementMessage(el)).to.contain('đang bận');
    const supplement = el.shadowRoot!.querySelector('lt-supplement')!;
    supplement.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    expect(await waitFor(() => supplement.shadowRoot!.querySelector('form'))).to.not.equal(null);
  });
});

/** A death dossier sent straight to the receiver with the number deferred. */
async function sentWithDeferredNumber() {
  const { assembleDossier } = await import('../../src/core/engine/dossier.js');
  const { completeDeathSession } = await import('../fixtures/death-answers.js');
  const { createHttpTransport } = await import('../../src/core/transport/http-transport.js');
  const { ulid } = await import('../support/ulid.js');
  const session = completeDeathSession({ [SI_PATH]: { deferred: true, reason: '' } });
  const dossier = { ...assembleDossier(session, { reference: ulid(), createdAt: new Date().toISOString(), language: 'vi' }), documents: [] };
  await createHttpTransport({ endpoint: TEST_ENDPOINT }).submit(dossier as never);
  return { dossier };
}

/** Polls `probe` until it gives something (at most 10 s). */
async function waitFor<T>(probe: () => T | null | undefined): Promise<T | null> {
  for (let waited = 0; waited < 10_000; waited += 25) {
    const found = probe();
    if (found !== null && found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

/** The supplement flow's message once it has one (problem or status). */
async function supplementMessage(el: LtWizard): Promise<string> {
  const supplement = await waitFor(() => el.shadowRoot!.querySelector('lt-supplement'));
  const alert = await waitFor(() => supplement!.shadowRoot?.querySelector('[role="alert"]'));
  return alert?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function clickSend(supplement: Element): Promise<void> {
  supplement.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  await (supplement as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 50));
}

async function pressLookup(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('#lookup')!.click();
  await new Promise((r) => setTimeout(r, 0));
}

async function pressUse(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('#use')!.click();
  await new Promise((r) => setTimeout(r, 0));
}
