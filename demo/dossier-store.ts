/**
 * The demo receiver's storage: one JSON file per dossier under `<dataDir>/dossiers/`, named by its reference.
 * Plain files so a person can open what was received; written atomically so a crash never leaves half a
 * dossier behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A ULID: the only shape of reference the demo accepts, which also makes it a safe file name. */
export const REFERENCE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** What is kept for each dossier. */
export interface StoredRecord {
  /** When the dossier was first stored (ISO 8601). */
  receivedAt: string;
  /** The dossier exactly as received. */
  dossier: Record<string, unknown>;
}

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

  async function get(reference: string): Promise<StoredRecord | undefined> {
    if (!REFERENCE_PATTERN.test(reference)) return undefined;
    try {
      return JSON.parse(await readFile(fileOf(reference), 'utf8')) as StoredRecord;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
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
      const record = await get(reference).catch(() => undefined);
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
      const existing = await get(reference);
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

  return { get, list, putOnce };
}
