import { expect } from '@open-wc/testing';
import { birth } from '../../../src/bundles/birth.js';
import { assembleDossier } from '../../../src/core/engine/dossier.js';
import type { DocumentFile } from '../../../src/core/engine/model.js';
import { PROCEDURES_PATH } from '../../../src/core/engine/model.js';
import { validateDossier } from '../../../src/core/engine/schema.js';
import { BIRTH_CERTIFICATE, completeBirthSession } from '../../fixtures/birth-answers.js';

const TODAY = '2026-11-26';
const page = (n: number): DocumentFile => ({ ...BIRTH_CERTIFICATE, id: `page-${n}`, name: `trang-${n}.jpg` });
const step = (id: string) => birth.steps.find((s) => s.id === id)!;

describe('document slots', () => {
  describe('which slots are asked for', () => {
    it('asks for proof of the birth unless the child was abandoned, then for the record of abandonment', () => {
      const session = completeBirthSession({}, TODAY);
      expect(session.fieldsOf(step('documents'))).to.deep.equal([
        'documents.birthCertificate',
        'documents.witnessConfirmation',
        'documents.birthUndertaking',
      ]);
      session.set('registration.birthCase', 'abandoned');
      expect(session.fieldsOf(step('documents'))).to.deep.equal(['documents.abandonmentRecord']);
    });

    it('asks for an authorisation letter only when the declarant is not a parent', () => {
      const session = completeBirthSession({ 'declarant.relationship': 'grandmother' }, TODAY);
      expect(session.fieldShown('documents.authorisation')).to.equal(true);
      expect(session.validateStep(step('documents')).map((i) => [i.path, i.code])).to.deep.equal([
        ['documents.authorisation', 'upload.required'],
      ]);
      session.set('declarant.relationship', 'mother');
      expect(session.fieldShown('documents.authorisation')).to.equal(false);
    });

    it('asks for residence papers only with permanent residence, and only in the cases that need them', () => {
      const session = completeBirthSession({ 'residence.residenceCase': 'parentsOwnHome' }, TODAY);
      expect(session.fieldsOf(step('residenceDocuments'))).to.deep.equal(['documents.proofOfResidence']);
      // Optional: the home may already be in the national databases.
      expect(session.validateStep(step('residenceDocuments'))).to.deep.equal([]);
      session.set('residence.residenceCase', 'withParents');
      session.set('residence.consentMethod', 'paper');
      expect(session.fieldsOf(step('residenceDocuments'))).to.deep.equal(['documents.paperConsent']);
      session.set(PROCEDURES_PATH, ['healthInsurance']);
      expect(session.stepShown(step('residenceDocuments'))).to.equal(false);
    });
  });

  describe('either / or', () => {
    it('needs one of the birth certificate, the witness confirmation or the undertaking', () => {
      const session = completeBirthSession({ 'documents.birthCertificate': undefined }, TODAY);
      expect(session.validateStep(step('documents')).map((i) => [i.path, i.code])).to.deep.equal([
        ['documents.birthCertificate', 'birth.oneOf.birthProof'],
      ]);
      session.set('documents.birthUndertaking', [page(1)]);
      expect(session.validateStep(step('documents'))).to.deep.equal([]);
    });

    it('does not ask for it when the slots are hidden (abandoned child)', () => {
      const session = completeBirthSession(
        { 'documents.birthCertificate': undefined, 'registration.birthCase': 'abandoned', 'documents.abandonmentRecord': [page(1)] },
        TODAY,
      );
      expect(session.validateStep(step('documents'))).to.deep.equal([]);
    });
  });

  describe('files', () => {
    it('checks the number of files and their shape', () => {
      const session = completeBirthSession({ 'documents.birthCertificate': Array.from({ length: 11 }, (_, i) => page(i)) }, TODAY);
      expect(session.validateStep(step('documents'))[0]).to.include({ code: 'upload.tooMany' });
      session.set('documents.birthCertificate', [{ id: 'x', name: 'x.jpg' } as never]);
      expect(session.validateStep(step('documents'))[0]).to.include({ code: 'invalid' });
    });
  });

  describe('in the dossier', () => {
    it('lists one entry per slot with its files, in order, and leaves hidden slots out', () => {
      const session = completeBirthSession(
        {
          'documents.birthCertificate': [page(1), page(2)],
          'documents.authorisation': [page(3)],
          'residence.residenceCase': 'withParents',
          'residence.consentMethod': 'paper',
          'documents.paperConsent': [page(4)],
        },
        TODAY,
      );
      const dossier = assembleDossier(session, { reference: '01M8C3R578VAR85RX6MYZ632E2', createdAt: '2026-11-26T10:00:00Z', language: 'vi' });
      // The declarant is the father: the authorisation slot is hidden, so its file is not sent.
      expect(dossier.documents).to.deep.equal([
        { slot: 'birthCertificate', files: [page(1), page(2)] },
        { slot: 'paperConsent', files: [page(4)] },
      ]);
      expect(validateDossier(birth, dossier)).to.deep.equal({ ok: true });
    });

    it('is rejected by the schema with an unknown slot or a malformed checksum', () => {
      const session = completeBirthSession({}, TODAY);
      const dossier = assembleDossier(session, { reference: '01M8C3R578VAR85RX6MYZ632E2', createdAt: '2026-11-26T10:00:00Z', language: 'vi' });
      expect(validateDossier(birth, { ...dossier, documents: [{ slot: 'everything', files: [page(1)] }] }).ok).to.equal(false);
      expect(validateDossier(birth, { ...dossier, documents: [{ slot: 'birthCertificate', files: [{ ...page(1), sha256: 'abc' }] }] }).ok).to.equal(false);
    });
  });
});
