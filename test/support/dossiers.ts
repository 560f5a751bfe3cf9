/** Valid dossiers for tests that talk to the receiver, which checks every dossier against its bundle's schema. */
import { assembleDossier } from '../../src/core/engine/dossier.js';
import type { Dossier } from '../../src/core/engine/dossier.js';
import { completeBirthSession } from '../fixtures/birth-answers.js';
import { ulid } from './ulid.js';

/** A complete birth dossier with a fresh reference; `extra` replaces top-level members. */
export function birthDossier(extra: Record<string, unknown> = {}): Dossier & Record<string, unknown> {
  const dossier = assembleDossier(completeBirthSession(), {
    reference: ulid(),
    createdAt: new Date().toISOString(),
    language: 'vi',
  });
  // The fixture's birth certificate stands for a file the receiver does not hold; a dossier sent to it
  // carries no documents unless a test uploads real ones (see uploads.ts).
  return { ...dossier, documents: [], ...extra };
}
