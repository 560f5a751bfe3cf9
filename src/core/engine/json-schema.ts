/**
 * The dossier's JSON Schema, for back offices in any language. Kept out of the engine's index: it is made at
 * build time (scripts/write-schema.ts) and zod's JSON Schema writer would otherwise ship to every phone.
 */
import * as z from 'zod/mini';
import type { BundleDefinition } from './model.js';
import { dossierSchema } from './schema.js';

/** The JSON Schema of `bundle`'s dossier. */
export function dossierJsonSchema(bundle: BundleDefinition): Record<string, unknown> {
  return z.toJSONSchema(dossierSchema(bundle), { unrepresentable: 'any' }) as Record<string, unknown>;
}
