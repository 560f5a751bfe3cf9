/** Every bundle the library ships, by the name a page writes in `<lt-wizard bundle="…">`. */
import type { BundleDefinition } from '../core/engine/model.js';
import { birth } from './birth.js';

export const bundles = { birth } as const;

export type BundleName = keyof typeof bundles;

/** The definition named `name`, or undefined for anything else (never throws: the name comes from a page). */
export function findBundle(name: unknown): BundleDefinition | undefined {
  return typeof name === 'string' && Object.hasOwn(bundles, name) ? bundles[name as BundleName] : undefined;
}

export { birth };
