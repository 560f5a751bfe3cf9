/**
 * Every bundle the library ships, by the name a page writes in `<lt-wizard bundle="…">`.
 *
 * The birth bundle comes with the main module, so its wizard shows at once. Others load when a page asks for
 * them: a phone filing a birth never downloads the death bundle, and the reverse costs one small request.
 */
import type { BundleDefinition } from '../core/engine/model.js';
import { birth } from './birth.js';

/** Bundles in the main module, available without waiting. */
export const bundles = { birth } as const;

/** Bundles loaded on demand, each as its own chunk. */
const loaders = {
  death: () => import('./death.js').then((m) => m.death),
} as const;

/** The name of every shipped bundle. */
export type BundleName = keyof typeof bundles | keyof typeof loaders;

export const BUNDLE_NAMES: readonly BundleName[] = [...Object.keys(bundles), ...Object.keys(loaders)] as BundleName[];

/**
 * The definition named `name` if it is in the main module (`birth`), else undefined; bundles loaded on demand
 * come through {@link loadBundle}. Never throws: the name comes from a page.
 */
export function findBundle(name: unknown): BundleDefinition | undefined {
  return typeof name === 'string' && Object.hasOwn(bundles, name) ? bundles[name as keyof typeof bundles] : undefined;
}

/**
 * The definition named `name`, loading it if needed; undefined for a name no bundle has. Rejects only when the
 * module could not be fetched (offline).
 */
export async function loadBundle(name: unknown): Promise<BundleDefinition | undefined> {
  const shipped = findBundle(name);
  if (shipped || typeof name !== 'string' || !Object.hasOwn(loaders, name)) return shipped;
  return loaders[name as keyof typeof loaders]();
}

/** Whether `name` names a shipped bundle, loaded or not. */
export function isBundleName(name: unknown): name is BundleName {
  return typeof name === 'string' && (BUNDLE_NAMES as readonly string[]).includes(name);
}

export { birth };
