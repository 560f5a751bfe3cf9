/**
 * Validates a dossier of any shipped bundle against the schema derived from that bundle's definition, the
 * same check the wizard runs before sending. For receivers written in TypeScript (the demo receiver uses it);
 * others use the published JSON Schema.
 */
import { validateDossier } from '../core/engine/schema.js';
import type { BundleDefinition } from '../core/engine/model.js';
import { allBundles } from './all.js';

/** `{ ok: true }`, or the reasons a dossier does not conform (never throws, whatever it is given). */
export function validateAnyDossier(dossier: unknown): { ok: true } | { ok: false; issues: string[] } {
  const name = dossier && typeof dossier === 'object' ? (dossier as { bundle?: unknown }).bundle : undefined;
  const bundle: BundleDefinition | undefined =
    typeof name === 'string' && Object.hasOwn(allBundles, name) ? allBundles[name as keyof typeof allBundles] : undefined;
  if (!bundle) return { ok: false, issues: [`bundle: unknown bundle ${JSON.stringify(name ?? null)}`] };
  return validateDossier(bundle, dossier);
}
