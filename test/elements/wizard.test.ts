import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LtWizard, SubmittedEvent, SubmitFailedEvent } from '../../src/index.js';
import { birthAnswers, FATHER_ID, HOME, MOTHER_ID } from '../fixtures/birth-answers.js';
import { clearFaults, injectFaults, stallUploadAfter, storedDossier, submissionCount, TEST_ENDPOINT, UPLOADS_PATH } from '../support/server-control.js';
import { WizardHarness } from '../support/wizard-harness.js';
import { drawnImage, uploadedFile } from '../support/uploads.js';

async function wizard(template = html`<lt-wizard bundle="birth" endpoint=${TEST_ENDPOINT} no-history></lt-wizard>`) {
  const el = await fixture<LtWizard>(template);
  await el.updateComplete;
  return { el, h: new WizardHarness(el) };
}

/**
 * A wizard started with every answer prefilled, then walked to the review step. The birth certificate is a
 * real file uploaded to the test receiver first, since the receiver checks every file a dossier refers to.
 */
async function atReview(answers: Record<string, unknown> = birthAnswers()) {
  const { el, h } = await wizard();
  el.prefill = { ...answers, 'documents.birthCertificate': [await uploadedFile()] };
  await el.updateComplete;
  await h.fillToReview({});
  return { el, h };
}

describe('lt-wizard', () => {
  afterEach(() => clearFaults());

  it('is accessible on its first step, with errors, and on the review step', async () => {
    const { el, h } = await wizard();
    await expect(el).to.be.accessible();
    await h.next();
    await h.next();
    expect(h.summaryMessages.length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
    const review = await atReview();
    await expect(review.el).to.be.accessible();
  });

  describe('a complete birth journey, typed like a person', () => {
    it('goes from the first step to a dossier stored by a real server', async function () {
      // Every answer is typed key by key, addresses searched and chosen: slower than the default timeout.
      this.timeout(40_000);
      const { el, h } = await wizard();
      const certificate = await drawnImage('giay-chung-sinh.jpg', { width: 1200, height: 1600 });
      const answers = { ...birthAnswers(), 'documents.birthCertificate': [certificate] } as never;
      expect(h.heading).to.equal('Chọn thủ tục');
      expect(h.progress).to.match(/^Bước 1 \/ \d+$/);
      await h.fillToReview(answers);
      expect(h.heading).to.equal('Kiểm tra lại trước khi gửi');

      const rows = h.reviewRows;
      expect(rows['Thông tin của trẻ']).to.deep.include(['Tên', 'Khôi']);
      expect(rows['Người đi khai']).to.deep.include(['Số định danh cá nhân', FATHER_ID]);
      // Documents are reviewed per slot, each file with its size.
      expect(rows['Giấy tờ đính kèm']![0]![0]).to.equal('Giấy chứng sinh');
      expect(rows['Giấy tờ đính kèm']![0]![1]).to.match(/^giay-chung-sinh\.jpg \([\d,.]+ KB\)$/);
      expect(rows['Nơi thường trú và nơi ở hiện tại của trẻ']).to.deep.include([
        'Nơi đề nghị đăng ký thường trú',
        'Số 12, ngõ 34 Nguyễn Trãi, Phường Thanh Xuân, Thành phố Hà Nội',
      ]);

      const submitted = oneEvent(el, 'lt-submitted') as Promise<SubmittedEvent>;
      await h.next();
      const { detail } = await submitted;
      await el.updateComplete;
      expect(h.heading).to.equal('Hồ sơ đã được gửi');
      expect(el.shadowRoot!.querySelector('.reference')!.textContent).to.equal(detail.reference);

      const stored = await storedDossier(detail.reference);
      const dossier = stored!.dossier as Record<string, any>;
      expect(dossier.format).to.equal('lienthong.dossier/1');
      expect(dossier.procedures).to.deep.equal(['birthRegistration', 'permanentResidence', 'healthInsurance']);
      expect(dossier.subject.givenName).to.equal('Khôi');
      expect(dossier.parties.mother.personalId).to.equal(MOTHER_ID);
      expect(dossier.sections.permanentResidence.agency).to.equal('police');
      expect(dossier.sections.permanentResidence.facts).to.include('subject');
      // Chosen from today's units: names as officially written, with their codes and the scheme of the codes.
      expect(dossier.sections.permanentResidence.residence.permanentAddress).to.deep.equal({
        ...HOME,
        scheme: '2025-07',
        provinceCode: '01',
        communeCode: '00367',
      });
      expect(dossier.sections.healthInsurance.insurance.cardDelivery).to.equal(answers['insurance.cardDelivery']);
      // Declared once: the child's name is nowhere in the sections.
      expect(JSON.stringify(dossier.sections)).not.to.contain('Khôi');
      // The certificate was uploaded on its step; the dossier lists it under its slot, with its checksum.
      expect(dossier.documents).to.have.length(1);
      expect(dossier.documents[0].slot).to.equal('birthCertificate');
      expect(dossier.documents[0].files[0].name).to.equal('giay-chung-sinh.jpg');
      expect(dossier.documents[0].files[0].sha256).to.match(/^[0-9a-f]{64}$/);
    });
  });

  describe('navigation', () => {
    it('validates only the current step on Continue and moves focus to the summary', async () => {
      const { h } = await wizard();
      await h.next();
      expect(h.heading).to.equal('Người đi khai');
      await h.next();
      expect(h.heading).to.equal('Người đi khai');
      expect(h.summaryMessages).to.have.length(5);
      expect(h.summaryMessages[0]).to.contain('Họ, chữ đệm và tên');
      expect(h.focused?.closest('.box') ?? h.focused).to.exist;
      expect((h.focused as HTMLElement).getAttribute('role')).to.equal('alert');
    });

    it('focuses the field itself when it is the only problem', async () => {
      const { el, h } = await wizard();
      el.prefill = { declarant: { personalId: FATHER_ID, birthDate: '1990-05-14', sex: 'male', relationship: 'father' } };
      await el.updateComplete;
      await h.next();
      await h.next();
      expect(h.summaryMessages).to.have.length(1);
      expect(h.focused?.getRootNode()).to.equal(h.field('declarant.fullName').shadowRoot);
    });

    it('goes back without validating and keeps every answer', async () => {
      const { h } = await wizard();
      await h.next();
      await h.answer('declarant.fullName', 'Nguyễn Văn An');
      await h.back();
      expect(h.heading).to.equal('Chọn thủ tục');
      expect(h.summaryMessages).to.deep.equal([]);
      await h.next();
      expect(h.field('declarant.fullName').value).to.equal('Nguyễn Văn An');
    });

    it('skips the steps of procedures not chosen and leaves their answers out of the dossier', async () => {
      const answers = { ...birthAnswers(), 'request.procedures': [] };
      const { el, h } = await atReview(answers);
      expect(h.progress).to.equal('Bước 13 / 13');
      expect(Object.keys(h.reviewRows)).not.to.include('Thẻ bảo hiểm y tế của trẻ');
      const submitted = oneEvent(el, 'lt-submitted') as Promise<SubmittedEvent>;
      await h.next();
      const { detail } = await submitted;
      expect(detail.procedures).to.deep.equal(['birthRegistration']);
      expect(Object.keys(detail.dossier.sections)).to.deep.equal(['birthRegistration']);
    });

    it('shows a step revealed by an answer, and hides it again', async () => {
      const answers: Record<string, unknown> = { ...birthAnswers(), 'registration.parentsMarried': 'no' };
      for (const path of Object.keys(answers)) if (path.startsWith('registration.marriage')) delete answers[path];
      const { el, h } = await atReview(answers);
      expect(Object.keys(h.reviewRows)).not.to.include('Giấy chứng nhận kết hôn của cha mẹ');
      await h.change('Cha, mẹ của trẻ', 'Cha mẹ của trẻ đã đăng ký kết hôn chưa?');
      expect(h.heading).to.equal('Cha, mẹ của trẻ');
      await h.answer('registration.parentsMarried', 'yes');
      await h.next();
      // The change revealed the marriage step, still empty: it comes before the review.
      expect(el.currentStep).to.equal('marriage');
    });

    it('returns to the review after a change from it', async () => {
      const { el, h } = await atReview();
      await h.change('Thông tin của trẻ', 'Tên');
      expect(el.currentStep).to.equal('child');
      const button = el.shadowRoot!.querySelector('[part="next"]')!;
      expect(button.textContent!.trim()).to.equal('Lưu và quay lại phần kiểm tra');
      await h.answer('child.givenName', 'Minh');
      await h.next();
      expect(el.currentStep).to.equal('review');
      expect(h.reviewRows['Thông tin của trẻ']).to.deep.include(['Tên', 'Minh']);
    });

    it("moves between steps with the browser's Back button", async () => {
      const { el, h } = await wizard(html`<lt-wizard bundle="birth" endpoint=${TEST_ENDPOINT}></lt-wizard>`);
      await h.next();
      expect(el.currentStep).to.equal('declarant');
      const moved = oneEvent(el, 'lt-step-change');
      history.back();
      await moved;
      await el.updateComplete;
      expect(el.currentStep).to.equal('procedures');
    });

    it('leaves history alone with no-history', async () => {
      const { h } = await wizard();
      const length = history.length;
      await h.next();
      expect(history.length).to.equal(length);
    });
  });

  describe('documents', () => {
    /** A wizard with everything before the documents step answered, showing that step. */
    async function atDocuments(extra: Record<string, unknown> = {}) {
      const { el, h } = await wizard();
      const answers: Record<string, unknown> = { ...birthAnswers(), ...extra };
      delete answers['documents.birthCertificate'];
      el.prefill = answers;
      await el.updateComplete;
      for (let i = 0; i < 20 && el.currentStep !== 'documents'; i++) await h.next();
      expect(el.currentStep).to.equal('documents');
      return { el, h };
    }

    it('asks for one of the proofs of birth, and accepts any one of them', async () => {
      const { el, h } = await atDocuments();
      // Not "optional": one of the three is needed.
      const label = h.field('documents.birthCertificate').shadowRoot!.querySelector('#label')!.textContent!;
      expect(label).to.contain('(một trong ba giấy tờ đầu tiên là đủ)');
      expect(label).not.to.contain('không bắt buộc');
      await h.next();
      expect(h.summaryMessages).to.have.length(1);
      expect(h.summaryMessages[0]).to.contain('giấy chứng sinh, hoặc văn bản của người làm chứng, hoặc giấy cam đoan');
      await h.answer('documents.witnessConfirmation', [await drawnImage('xac-nhan-nguoi-lam-chung.png', { type: 'image/png' })] as never);
      await h.next();
      expect(el.currentStep).not.to.equal('documents');
      expect(el.answers['documents.witnessConfirmation']).to.have.length(1);
    });

    it('asks for the authorisation letter when a grandparent files', async () => {
      const { h } = await atDocuments({ 'declarant.relationship': 'grandmother' });
      expect(h.fieldPaths).to.include('documents.authorisation');
      const { h: parent } = await atDocuments();
      expect(parent.fieldPaths).not.to.include('documents.authorisation');
    });

    it('keeps a file that finishes uploading after the citizen went back', async () => {
      const { el, h } = await atDocuments();
      // The upload's data is held back a moment, so it is still going when Back is pressed.
      await injectFaults({ path: UPLOADS_PATH, method: 'PATCH', responses: [{ delayMs: 800 }] });
      const slot = h.field('documents.birthCertificate') as unknown as HTMLElement & { addFiles(files: File[]): void; pendingCount: number };
      slot.addFiles([await drawnImage()]);
      for (let i = 0; i < 100 && slot.pendingCount === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await h.back();
      expect(el.currentStep).to.equal('office');
      for (let i = 0; i < 150 && !el.answers['documents.birthCertificate']; i++) await new Promise((r) => setTimeout(r, 20));
      expect(el.answers['documents.birthCertificate']).to.have.length(1);
      await h.next();
      expect(h.field('documents.birthCertificate').value).to.have.length(1);
    });

    it('waits for files still uploading rather than going on without them', async () => {
      const { el, h } = await atDocuments();
      await stallUploadAfter(1024);
      const slot = h.field('documents.birthCertificate') as unknown as HTMLElement & { addFiles(files: File[]): void; pendingCount: number };
      slot.addFiles([await drawnImage('giay-chung-sinh.jpg', { width: 1200, height: 1600 })]);
      for (let i = 0; i < 100 && slot.pendingCount === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await h.next();
      expect(el.currentStep).to.equal('documents');
      expect(h.summaryMessages[0]).to.contain('Đang tải lên 1 tệp');
    });
  });

  describe('keyboard only', () => {
    it('fills a step, continues with Enter and lands on the next heading', async () => {
      const { el, h } = await wizard();
      el.prefill = { declarant: { fullName: 'Nguyễn Văn An', personalId: FATHER_ID, birthDate: '1990-05-14' } };
      await el.updateComplete;
      // Tab from the first checkbox to Continue, and press it.
      h.field('request.procedures').focus();
      for (let i = 0; i < 10 && h.focused?.textContent?.trim() !== 'Tiếp tục'; i++) await sendKeys({ press: 'Tab' });
      expect(h.focused?.textContent?.trim()).to.equal('Tiếp tục');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal('declarant');
      expect(h.focused?.tagName).to.equal('H1');
      // Tab to the sex question, pick with the arrow keys, then the relationship.
      h.field('declarant.birthDate').focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(h.focused?.getRootNode()).to.equal(h.field('declarant.sex').shadowRoot);
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      // Enter in a text box continues, as in a native form.
      h.field('declarant.fullName').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.answers['declarant.sex']).to.equal('male');
      expect(el.answers['declarant.relationship']).to.equal('mother');
      // Male and "mother" are accepted separately; the step is complete.
      expect(el.currentStep).to.equal('declarantContact');
      expect(h.focused?.tagName).to.equal('H1');
      // Shift+Tab from the heading reaches Back, and Enter on it goes back without checking.
      for (let i = 0; i < 5 && h.focused?.textContent?.trim() !== 'Quay lại'; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      }
      expect(h.focused?.textContent?.trim()).to.equal('Quay lại');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStep).to.equal('declarant');
    });
  });

  describe('rules across fields', () => {
    it('rejects a personal ID whose century and sex digit disagree with the declared sex', async () => {
      const { el, h } = await wizard();
      el.prefill = { declarant: { fullName: 'Nguyễn Thị Hoa', personalId: FATHER_ID, birthDate: '1990-05-14', sex: 'female', relationship: 'mother' } };
      await el.updateComplete;
      await h.next();
      await h.next();
      expect(h.summaryMessages).to.have.length(1);
      expect(h.summaryMessages[0]).to.contain('Số định danh cá nhân');
      expect(h.field('declarant.personalId').error).to.not.equal('');
    });
  });

  describe('language', () => {
    it('switches to English at run time without losing answers', async () => {
      const { el, h } = await wizard();
      await h.next();
      await h.answer('declarant.fullName', 'Nguyễn Văn An');
      el.lang = 'en';
      await el.updateComplete;
      expect(h.heading).to.equal('The person applying');
      expect(h.progress).to.match(/^Step 2 of \d+$/);
      expect(h.field('declarant.fullName').value).to.equal('Nguyễn Văn An');
      el.lang = 'vi';
      await el.updateComplete;
      expect(h.heading).to.equal('Người đi khai');
    });

    it("uses the host's strings over the shipped ones", async () => {
      const { el } = await wizard();
      el.resources = { vi: { wizard: { next: 'Sang bước sau' } } };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="next"]')!.textContent!.trim()).to.equal('Sang bước sau');
    });
  });

  describe('submitting', () => {
    it('keeps everything after a failed submit and succeeds when sent again, storing one dossier', async () => {
      const { el, h } = await atReview();
      await injectFaults({ responses: [503, 503, 503, 503] });
      const failed = oneEvent(el, 'lt-submit-failed') as Promise<SubmitFailedEvent>;
      await h.next();
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.kind).to.equal('server');
      expect(el.shadowRoot!.querySelector('.failure')!.textContent).to.contain('Chưa gửi được hồ sơ');
      expect(el.currentStep).to.equal('review');
      expect(h.reviewRows['Thông tin của trẻ']).to.deep.include(['Tên', 'Khôi']);

      await clearFaults();
      const submitted = oneEvent(el, 'lt-submitted') as Promise<SubmittedEvent>;
      await h.next();
      const done = await submitted;
      expect(done.detail.reference).to.equal(detail.reference);
      expect(await storedDossier(detail.reference)).to.exist;
    });

    it('sends once when Send is pressed twice', async () => {
      const { el, h } = await atReview();
      const submitted = oneEvent(el, 'lt-submitted') as Promise<SubmittedEvent>;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!;
      button.click();
      button.click();
      await h.next();
      const { detail } = await submitted;
      expect(await submissionCount(detail.reference)).to.equal(1);
    });

    it('sends nothing when the host cancels lt-submit', async () => {
      const { el, h } = await atReview();
      let reference = '';
      el.addEventListener('lt-submit', (event) => {
        reference = event.detail.dossier.reference;
        event.preventDefault();
      });
      await h.next();
      expect(reference).to.match(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(el.currentStep).to.equal('review');
      expect(await submissionCount(reference)).to.equal(0);
    });

    it('uses a transport the host provides', async () => {
      const { el, h } = await atReview();
      const sent: unknown[] = [];
      el.transport = {
        submit: async (dossier) => {
          sent.push(dossier);
          return { reference: dossier.reference, receivedAt: new Date().toISOString(), duplicate: false };
        },
        upload: async () => {
          throw new Error('no uploads in this test');
        },
        deferred: async () => {
          throw new Error('no deferred facts in this test');
        },
        supplement: async () => {
          throw new Error('no supplements in this test');
        },
      };
      await h.next();
      expect(sent).to.have.length(1);
      expect(el.currentStep).to.equal('submitted');
    });
  });

  describe('bad input', () => {
    it('says clearly that a bundle is unknown, showing its name as text', async () => {
      const { el } = await wizard(html`<lt-wizard bundle="<img src=x onerror=alert(1)>"></lt-wizard>`);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Không tìm thấy nhóm thủ tục “<img src=x onerror=alert(1)>”');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses what it can of a malformed prefill and says the rest was left out', async () => {
      const { el, h } = await wizard();
      let rejected: unknown[] = [];
      el.addEventListener('lt-prefill-rejected', (event) => (rejected = event.detail.rejected));
      el.prefill = {
        declarant: { fullName: 'Nguyễn Văn An', birthDate: 19900514, sex: ['male'] },
        'child.shoeSize': 42,
        __proto__: { polluted: true },
      };
      await el.updateComplete;
      expect(rejected.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('.notice.warning')!.textContent).to.contain('không dùng được');
      await h.next();
      expect(h.field('declarant.fullName').value).to.equal('Nguyễn Văn An');
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });

    it('survives a prefill that is not an object at all', async () => {
      const { el } = await wizard();
      el.prefill = 'declarant=An';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notice.warning')).to.exist;
      el.prefill = null;
      await el.updateComplete;
      expect(el.currentStep).to.equal('procedures');
    });

    it('shows hostile strings as text on the review', async () => {
      const hostile = '<img src=x onerror="window.hacked=1">';
      const { h, el } = await atReview({ ...birthAnswers(), 'child.birthFacility': hostile });
      expect(h.reviewRows['Nơi sinh của trẻ']).to.deep.include(['Tên cơ sở y tế', hostile]);
      expect(el.shadowRoot!.querySelector('lt-review')!.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('ignores resources that are not objects', async () => {
      const { el, h } = await wizard();
      el.resources = 'nope' as never;
      await el.updateComplete;
      expect(h.heading).to.equal('Chọn thủ tục');
    });
  });

  describe('prefill', () => {
    it('fills in what the portal knows and asks the citizen to check it', async () => {
      const { el, h } = await wizard();
      el.prefill = { declarant: { fullName: 'Nguyễn Văn An', personalId: FATHER_ID } };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('điền sẵn');
      await h.next();
      expect(h.field('declarant.personalId').value).to.equal(FATHER_ID);
      expect((h.field('declarant.personalId') as unknown as { hint: string }).hint).to.contain('vui lòng kiểm tra');
    });
  });
});
