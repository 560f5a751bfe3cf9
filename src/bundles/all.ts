/**
 * Every bundle definition, imported at once: for receivers, scripts and tests that need them all (the dossier
 * check, the published JSON Schema). Pages use `index.ts`, which loads bundles on demand.
 */
import { birth } from './birth.js';
import { death } from './death.js';

export const allBundles = { birth, death } as const;
