/**
 * The demo receiver's storage: one JSON file per dossier under `<dataDir>/dossiers/`, named by its reference.
 * Plain files so a person can open what was received; written atomically so a crash never leaves half a
 * dossier behind. Facts supplied later for a dossier's `deferred` entries are kept beside it, in
 * `<reference>.supplements.json`, so the dossier file stays exactly as received.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A ULID: the only shape of reference the demo accepts, which also makes it a safe file name. */
export const REFERENCE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Facts supplied after the dossier, for its `deferred` entries. */
export interface StoredSupplement {
  /** When the supplement was first stored (ISO 8601). */
  receivedAt: string;
  /** The `Idempotency-Key` it came with: the same key again is the same supplement. */
  idempotencyKey: string;
  /** The facts by path, as received (e.g. `{ "deceased.socialInsuranceNumber": "0123456789" }`). */
  facts: Record<string, unknown>;
}

/** What is kept for each dossier. */
export interface StoredRecord {
  /** When the dossier was first stored (ISO 8601). */
  receivedAt: string;
  /** The dossier exactly as received. */
  dossier: Record<string, unknown>;
  /** Facts supplied later, oldest first (always present when read through {@link DossierStore.get}). */
  supplements?: StoredSupplement[];
}

/** A deferred fact the back end still waits for. */
export interface AwaitedFact {
  fact: string;
  /** The procedures waiting for it. */
  procedures: string[];
  /** The citizen's reason for giving it later, when they gave one. */
  reason?: string;
}

/** What a dossier still waits for (the answer to `GET …/dossiers/<reference>/deferred`). */
export interface DeferredStatus {
  reference: string;
  /** The dossier's `bundle` ('' when it has none). */
  bundle: string;
  /** Deferred facts not supplied yet, in the dossier's order; empty when complete. */
  awaiting: AwaitedFact[];
}

/** The outcome of {@link DossierStore.supplement}. */
export type SupplementOutcome =
  /** No dossier has this reference. */
  | { outcome: 'not-found' }
  /** Stored now; `complete` when nothing is awaited any more. */
  | { outcome: 'created'; supplement: StoredSupplement; complete: boolean }
  /** The same supplement (same key and facts, or the same facts) was stored before; nothing was written. */
  | { outcome: 'duplicate'; supplement: StoredSupplement; complete: boolean }
  /** Another supplement was stored with this key and different facts. */
  | { outcome: 'conflict' }
  /** The dossier awaits nothing (it deferred nothing, or everything was supplied). */
  | { outcome: 'completed' }
  /** The facts are not all awaited, or a value is malformed; one issue per problem, worded for people. */
  | { outcome: 'invalid'; issues: string[] };

/** One line of the listing. */
export interface DossierSummary {
  reference: string;
  receivedAt: string;
  /** The dossier's `bundle`, or null when it has none. */
  bundle: string | null;
  /** The procedures the citizen asked for. */
  procedures: string[];
}

/** The outcome of {@link DossierStore.putOnce}. */
export type PutOutcome =
  | { outcome: 'created'; record: StoredRecord }
  | { outcome: 'duplicate'; record: StoredRecord }
  | { outcome: 'conflict'; record: StoredRecord };

/** File-backed dossier storage. */
export interface DossierStore {
  /** The stored record, or undefined. */
  get(reference: string): Promise<StoredRecord | undefined>;
  /** Summaries, newest first. */
  list(): Promise<DossierSummary[]>;
  /** Stores `dossier` unless the reference is taken; says whether it was new, the same again, or different. */
  putOnce(reference: string, dossier: Record<string, unknown>): Promise<PutOutcome>;
  /** What the dossier still waits for, or undefined when there is no such dossier. */
  deferredStatus(reference: string): Promise<DeferredStatus | undefined>;
  /**
   * Stores facts supplied later with the dossier, once: checked against what it awaits (see
   * {@link checkSupplement}), serialised with every other write of that reference.
   */
  supplement(reference: string, idempotencyKey: string, facts: Record<string, unknown>): Promise<SupplementOutcome>;
}

/** The longest supplied value, in characters. */
export const MAX_FACT_LENGTH = 200;

/** The dossier's well-formed `deferred` entries, one per fact (procedures of repeated entries merged). */
export function deferredOf(dossier: unknown): AwaitedFact[] {
  const deferred = (dossier as { deferred?: unknown } | null | undefined)?.deferred;
  if (!Array.isArray(deferred)) return [];
  const byFact = new Map<string, AwaitedFact>();
  for (const item of deferred as Array<{ fact?: unknown; procedures?: unknown; reason?: unknown } | null>) {
    if (typeof item?.fact !== 'string' || item.fact === '') continue;
    const procedures = Array.isArray(item.procedures) ? item.procedures.filter((p): p is string => typeof p === 'string') : [];
    const known = byFact.get(item.fact);
    if (known) {
      for (const procedure of procedures) if (!known.procedures.includes(procedure)) known.procedures.push(procedure);
      continue;
    }
    byFact.set(item.fact, { fact: item.fact, procedures, ...(typeof item.reason === 'string' ? { reason: item.reason } : {}) });
  }
  return [...byFact.values()];
}

/** The deferred facts of `dossier` that none of `supplements` has supplied yet. */
export function awaitingOf(dossier: unknown, supplements: StoredSupplement[] = []): AwaitedFact[] {
  const supplied = new Set(supplements.flatMap((supplement) => Object.keys(supplement.facts ?? {})));
  return deferredOf(dossier).filter((entry) => !supplied.has(entry.fact));
}

/** A path as shown in an issue: never longer than a line. */
function shown(path: string): string {
  return path.length > 80 ? `${path.slice(0, 79)}…` : path;
}

/**
 * What is wrong with supplying `facts` to a dossier awaiting `awaiting` (empty: nothing): every fact must be
 * awaited, and every value a non-empty string of at most {@link MAX_FACT_LENGTH} characters; a fact ending in
 * `socialInsuranceNumber` must be 10 digits. Issues name the fact and are worded for people.
 */
export function checkSupplement(facts: Record<string, unknown>, awaiting: AwaitedFact[]): string[] {
  const awaited = new Set(awaiting.map((entry) => entry.fact));
  const issues: string[] = [];
  const entries = Object.entries(facts);
  if (entries.length === 0) return ['facts: name at least one deferred fact and its value.'];
  for (const [path, value] of entries) {
    if (!awaited.has(path)) {
      issues.push(`${shown(path)}: this fact was not deferred in the dossier, or it has already been supplied.`);
    } else if (typeof value !== 'string' || value.trim() === '') {
      issues.push(`${shown(path)}: must be a non-empty text.`);
    } else if (value.length > MAX_FACT_LENGTH) {
      issues.push(`${shown(path)}: must be at most ${MAX_FACT_LENGTH} characters.`);
    } else if (/socialInsuranceNumber$/i.test(path) && !/^\d{10}$/.test(value)) {
      issues.push(`${shown(path)}: a social-insurance number is exactly 10 digits.`);
    }
  }
  return issues;
}

/** JSON with object keys sorted at every level, so two equal dossiers compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Writes through a temporary file and a rename, so readers see the old file or the new one, never a part. */
async function writeAtomic(file: string, data: string): Promise<void> {
  const temp = join(file, '..', `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data, 'utf8');
    // Without the flush a power cut after the rename can leave an empty file on some file systems.
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Opens (lazily creating) the store under `dataDir`. */
export function createDossierStore(dataDir: string): DossierStore {
  const dir = join(dataDir, 'dossiers');
  const fileOf = (reference: string) => join(dir, `${reference}.json`);
  const supplementsFileOf = (reference: string) => join(dir, `${reference}.supplements.json`);
  // Per-reference queue: two identical requests racing must not both find "nothing stored" and both write.
  const queues = new Map<string, Promise<unknown>>();

  function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (queues.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return result;
  }

  /** The dossier file alone (as received, without supplements). */
  async function getDossier(reference: string): Promise<StoredRecord | undefined> {
    if (!REFERENCE_PATTERN.test(reference)) return undefined;
    try {
      return JSON.parse(await readFile(fileOf(reference), 'utf8')) as StoredRecord;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function getSupplements(reference: string): Promise<StoredSupplement[]> {
    try {
      const value: unknown = JSON.parse(await readFile(supplementsFileOf(reference), 'utf8'));
      return Array.isArray(value) ? (value as StoredSupplement[]) : [];
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async function get(reference: string): Promise<StoredRecord | undefined> {
    const record = await getDossier(reference);
    return record && { ...record, supplements: await getSupplements(reference) };
  }

  async function deferredStatus(reference: string): Promise<DeferredStatus | undefined> {
    const record = await get(reference);
    if (!record) return undefined;
    const bundle = record.dossier?.['bundle'];
    return { reference, bundle: typeof bundle === 'string' ? bundle : '', awaiting: awaitingOf(record.dossier, record.supplements) };
  }

  function supplement(reference: string, idempotencyKey: string, facts: Record<string, unknown>): Promise<SupplementOutcome> {
    if (!REFERENCE_PATTERN.test(reference)) return Promise.resolve({ outcome: 'not-found' });
    return serialized(reference, async (): Promise<SupplementOutcome> => {
      const record = await getDossier(reference);
      if (!record) return { outcome: 'not-found' };
      const supplements = await getSupplements(reference);
      // Idempotency first, so a retry of the supplement that completed the dossier still gets its receipt.
      const canonical = canonicalJson(facts);
      const sameKey = supplements.find((stored) => stored.idempotencyKey === idempotencyKey);
      if (sameKey && canonicalJson(sameKey.facts) !== canonical) return { outcome: 'conflict' };
      const same = sameKey ?? supplements.find((stored) => canonicalJson(stored.facts) === canonical);
      if (same) return { outcome: 'duplicate', supplement: same, complete: awaitingOf(record.dossier, supplements).length === 0 };
      const awaiting = awaitingOf(record.dossier, supplements);
      if (awaiting.length === 0) return { outcome: 'completed' };
      const issues = checkSupplement(facts, awaiting);
      if (issues.length) return { outcome: 'invalid', issues };
      const stored: StoredSupplement = { receivedAt: new Date().toISOString(), idempotencyKey, facts };
      const all = [...supplements, stored];
      await writeAtomic(supplementsFileOf(reference), `${JSON.stringify(all, null, 2)}\n`);
      return { outcome: 'created', supplement: stored, complete: awaitingOf(record.dossier, all).length === 0 };
    });
  }

  async function list(): Promise<DossierSummary[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    const summaries: DossierSummary[] = [];
    for (const name of names) {
      const reference = name.endsWith('.json') ? name.slice(0, -5) : '';
      if (!REFERENCE_PATTERN.test(reference)) continue; // temporary files and strays
      const record = await getDossier(reference).catch(() => undefined);
      if (!record) continue;
      const { bundle, procedures } = record.dossier ?? {};
      summaries.push({
        reference,
        receivedAt: String(record.receivedAt),
        bundle: typeof bundle === 'string' ? bundle : null,
        procedures: Array.isArray(procedures) ? procedures.filter((p): p is string => typeof p === 'string') : [],
      });
    }
    return summaries.sort((a, b) =>
      a.receivedAt === b.receivedAt ? (a.reference < b.reference ? 1 : -1) : a.receivedAt < b.receivedAt ? 1 : -1,
    );
  }

  function putOnce(reference: string, dossier: Record<string, unknown>): Promise<PutOutcome> {
    if (!REFERENCE_PATTERN.test(reference)) return Promise.reject(new Error(`Not a reference: ${reference}`));
    return serialized(reference, async () => {
      const existing = await getDossier(reference);
      if (existing) {
        // Idempotency: the same content again is the same submission; different content is a clash.
        const same = canonicalJson(existing.dossier) === canonicalJson(dossier);
        return { outcome: same ? 'duplicate' : 'conflict', record: existing };
      }
      const record: StoredRecord = { receivedAt: new Date().toISOString(), dossier };
      await mkdir(dir, { recursive: true });
      await writeAtomic(fileOf(reference), `${JSON.stringify(record, null, 2)}\n`);
      return { outcome: 'created', record };
    });
  }

  return { get, list, putOnce, deferredStatus, supplement };
}
