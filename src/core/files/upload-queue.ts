/**
 * A headless upload manager for one document slot (vaadin keeps its upload manager apart from the UI the same
 * way): it takes the files a citizen picked, checks and shrinks them one at a time, uploads each as soon as it
 * is ready, and tells its listeners about every change. It renders nothing; `<lt-upload-slot>` draws it.
 *
 * Uploads of every queue on the page share one limit ({@link UPLOAD_CONCURRENCY}): twenty photos dropped on a
 * phone on 3G go two at a time, so the first ones finish (and are safe) early instead of all crawling together.
 */
import { TransportError, isTransportError } from '../transport/transport.js';
import type { Transport, UploadedFile } from '../transport/transport.js';
import { FILE_KIND_MIME, isImageKind } from './file-kinds.js';
import type { FileKind } from './file-kinds.js';
import { prepareFile } from './prepare.js';
import type { PreparedFile, SlotRules } from './prepare.js';
import { FileRejection } from './rejection.js';

/** Where a file is: queued, being checked or shrunk, uploading, held by the back end, or stopped. */
export type UploadState = 'waiting' | 'checking' | 'shrinking' | 'uploading' | 'done' | 'failed' | 'rejected';

/** Why a file is `failed` or `rejected`: a message key below `error.` and the values it interpolates. */
export interface UploadIssue {
  code: string;
  params?: Record<string, string | number>;
}

/** One file of a queue as its listeners see it. A new object whenever anything about the file changes. */
export interface UploadItem {
  /** Stable for the life of the item; unique on the page. */
  readonly key: string;
  /** The citizen's file name. */
  readonly name: string;
  /** Bytes: the picked file's, then what will be (or was) uploaded once it is prepared. */
  readonly size: number;
  readonly state: UploadState;
  /** Share of the bytes sent, 0..1; 1 once done. */
  readonly progress: number;
  /** Why the file is failed or rejected. */
  readonly error?: UploadIssue;
  /** What the back end holds, once done. */
  readonly uploaded?: UploadedFile;
  /** The real kind, once sniffed (or from the type of a restored file). */
  readonly kind?: FileKind;
  /** Bytes a browser can show as a thumbnail (decodable images only: never PDF, never HEIC). */
  readonly previewBlob?: Blob;
}

/** What a slot takes (kinds, largest size after shrinking). Read as each file is checked. */
export type UploadRules = SlotRules;

/** Options of an {@link UploadQueue}. */
export interface UploadQueueOptions {
  /** The document slot the files belong to, sent with each upload. */
  slot: string;
  rules: UploadRules;
  /** Asked at the start of every upload, so a transport provided later (or replaced) is used. */
  transport: () => Transport | Promise<Transport>;
  /** Files beyond this many are rejected with `upload.tooMany`. */
  maxFiles: number;
}

/** Uploads running at once on the whole page, whatever the number of slots. */
export const UPLOAD_CONCURRENCY = 2;

/** The states in which a file is still on its way (the slot is `pending`). */
export const ACTIVE_STATES: ReadonlySet<UploadState> = new Set(['waiting', 'checking', 'shrinking', 'uploading']);

/**
 * First come, first served turns, shared by every queue. A turn is given back when the upload settles or the
 * moment it is aborted: a host transport that ignores the signal must not hold the page's uploads hostage.
 */
class Limiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    await this.turn(signal);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      signal.removeEventListener('abort', release);
      this.running -= 1;
      while (this.running < this.limit && this.waiting.length) this.waiting.shift()!();
    };
    signal.addEventListener('abort', release, { once: true });
    try {
      return await task();
    } finally {
      release();
    }
  }

  private turn(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(aborted());
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal.removeEventListener('abort', cancel);
        this.running += 1;
        resolve();
      };
      // Removed while waiting: leave the line without ever taking a turn.
      const cancel = () => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(aborted());
      };
      this.waiting.push(grant);
      signal.addEventListener('abort', cancel, { once: true });
    });
  }
}

const limiter = new Limiter(UPLOAD_CONCURRENCY);

const aborted = () => new TransportError('aborted', 'The upload was cancelled.');

let serial = 0;
/** Keys unique on the page, so an element can use them in ids. */
const nextKey = () => `upload-${(serial += 1)}`;

/** A queue's own record of a file; `item` is the public snapshot. */
interface Entry {
  item: UploadItem;
  /** The picked file, until it is prepared (then dropped, so a 12 MP original is not kept in memory). */
  file?: File;
  /** The checked (and maybe shrunk) bytes, kept for a retry. */
  prepared?: PreparedFile;
  /** Aborts the upload in progress. */
  controller?: AbortController;
}

/** The kind a restored file's type stands for. */
function kindOfType(type: string): FileKind | undefined {
  const mime = type.toLowerCase() === 'image/heif' ? 'image/heic' : type.toLowerCase();
  return (Object.keys(FILE_KIND_MIME) as FileKind[]).find((kind) => FILE_KIND_MIME[kind] === mime);
}

/** Reads anything as an uploaded file, or undefined when it has no usable id (never throws). */
export function toUploadedFile(value: unknown): UploadedFile | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['id'] !== 'string' || !v['id']) return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const size = typeof v['size'] === 'number' && Number.isFinite(v['size']) && v['size'] >= 0 ? v['size'] : 0;
  return { id: v['id'], name: text(v['name']), type: text(v['type']), size, sha256: text(v['sha256']) };
}

/** The usable files of any value (a host's, a restored state's), in order. */
export function toUploadedFiles(value: unknown): UploadedFile[] {
  return Array.isArray(value) ? value.map(toUploadedFile).filter((file): file is UploadedFile => !!file) : [];
}

/** Whether two lists hold the same files in the same order. */
export function sameFiles(a: readonly UploadedFile[], b: readonly UploadedFile[]): boolean {
  return a.length === b.length && a.every((file, i) => file.id === b[i]!.id);
}

/**
 * The files of one document slot, from picking to uploaded.
 *
 * Files are checked in the order added, one at a time (a phone cannot decode several 12 MP photos at once), so
 * the limit and the duplicate check see the files before them. Each accepted file then waits for a turn and
 * uploads. Nothing here throws: every problem becomes a state with a message key.
 *
 * @fires change - After every change of `items`, progress included.
 */
export class UploadQueue extends EventTarget {
  /** What files must be; a change applies to files checked afterwards. */
  rules: UploadRules;
  /** Most files; a change applies to files checked afterwards. */
  maxFiles: number;
  /** The document slot sent with each upload; a change applies to uploads started afterwards. */
  slot: string;

  private readonly transport: () => Transport | Promise<Transport>;
  private entries: Entry[] = [];
  private snapshot: readonly UploadItem[] = [];
  private preparing = false;

  constructor(options: UploadQueueOptions) {
    super();
    this.slot = String(options.slot ?? '');
    this.rules = options.rules;
    this.maxFiles = options.maxFiles;
    this.transport = options.transport;
  }

  /** Every file, in the order shown (and uploaded files submitted). */
  get items(): readonly UploadItem[] {
    return this.snapshot;
  }

  /** The files the back end holds, in order: the slot's value. */
  get uploaded(): UploadedFile[] {
    return this.entries.flatMap((entry) => (entry.item.state === 'done' && entry.item.uploaded ? [entry.item.uploaded] : []));
  }

  /** How many files are still on their way (waiting, checking, shrinking or uploading). */
  get pendingCount(): number {
    return this.entries.filter((entry) => ACTIVE_STATES.has(entry.item.state)).length;
  }

  /** Adds files; each is checked, then uploaded. Returns the new items' keys. Anything not a file is ignored. */
  add(files: Iterable<File> | ArrayLike<File>): string[] {
    let list: unknown[];
    try {
      list = Array.from(files as ArrayLike<unknown>);
    } catch {
      return [];
    }
    const added: Entry[] = [];
    for (const file of list) {
      if (!(file instanceof File)) continue;
      added.push({ file, item: { key: nextKey(), name: file.name, size: file.size, state: 'waiting', progress: 0 } });
    }
    if (!added.length) return [];
    this.entries = [...this.entries, ...added];
    this.emit();
    void this.pump();
    return added.map((entry) => entry.item.key);
  }

  /** Removes a file, aborting its upload if one is running. Returns whether it was there. */
  remove(key: string): boolean {
    const entry = this.find(key);
    if (!entry) return false;
    // Taken out first, so the upload's rejection (kind `aborted`) finds nothing to report on.
    this.entries = this.entries.filter((other) => other !== entry);
    entry.controller?.abort();
    entry.file = undefined;
    this.emit();
    return true;
  }

  /** Uploads a failed file again. With a resumable transport it continues from where it stopped. */
  retry(key: string): boolean {
    const entry = this.find(key);
    if (!entry || entry.item.state !== 'failed' || !entry.prepared) return false;
    void this.upload(entry);
    return true;
  }

  /** Moves a file `delta` places (pages of one paper are read in this order). Returns whether it moved. */
  move(key: string, delta: number): boolean {
    const from = this.entries.findIndex((entry) => entry.item.key === key);
    if (from < 0 || !Number.isFinite(delta)) return false;
    const to = Math.max(0, Math.min(this.entries.length - 1, from + Math.trunc(delta)));
    if (to === from) return false;
    const entries = [...this.entries];
    entries.splice(to, 0, ...entries.splice(from, 1));
    this.entries = entries;
    this.emit();
    return true;
  }

  /**
   * Makes the uploaded files exactly `files` (the host's value, e.g. a restored draft), in their order. Files
   * still on their way, failed or rejected stay after them: a host echoing a value back must not cancel work.
   */
  restore(files: readonly UploadedFile[]): void {
    const wanted = toUploadedFiles(files);
    if (sameFiles(wanted, this.uploaded)) return;
    const done = new Map(this.entries.filter((e) => e.item.state === 'done').map((e) => [e.item.uploaded!.id, e]));
    const restored = wanted.map((file): Entry => {
      const existing = done.get(file.id);
      done.delete(file.id);
      if (existing) return existing;
      const kind = kindOfType(file.type);
      return {
        item: { key: nextKey(), name: file.name, size: file.size, state: 'done', progress: 1, uploaded: file, ...(kind ? { kind } : {}) },
      };
    });
    this.entries = [...restored, ...this.entries.filter((entry) => entry.item.state !== 'done')];
    this.emit();
  }

  /** Removes every file, aborting uploads in progress. */
  clear(): void {
    const entries = this.entries;
    this.entries = [];
    for (const entry of entries) entry.controller?.abort();
    this.emit();
  }

  private find(key: string): Entry | undefined {
    return this.entries.find((entry) => entry.item.key === key);
  }

  private has(entry: Entry): boolean {
    return this.entries.includes(entry);
  }

  private patch(entry: Entry, changes: Partial<UploadItem>): void {
    const item: { -readonly [K in keyof UploadItem]: UploadItem[K] } = { ...entry.item, ...changes };
    // `error: undefined` clears the message (a retry): the key goes, so `'error' in item` stays meaningful.
    if (item.error === undefined) delete item.error;
    entry.item = item;
    if (this.has(entry)) this.emit();
  }

  private emit(): void {
    this.snapshot = Object.freeze(this.entries.map((entry) => entry.item));
    this.dispatchEvent(new Event('change'));
  }

  /** Checks files one at a time, in order, until none is left waiting to be checked. */
  private async pump(): Promise<void> {
    if (this.preparing) return;
    this.preparing = true;
    try {
      for (;;) {
        const entry = this.entries.find((candidate) => candidate.file && candidate.item.state === 'waiting');
        if (!entry) break;
        await this.prepare(entry);
      }
    } finally {
      this.preparing = false;
    }
  }

  private async prepare(entry: Entry): Promise<void> {
    const file = entry.file!;
    const others = this.entries.filter((other) => other !== entry && other.item.state !== 'rejected');
    // Only files already accepted count: a corrupt file rejected earlier does not take a place.
    const accepted = others.filter((other) => other.prepared || other.item.uploaded).length;
    if (accepted >= this.maxFiles) {
      entry.file = undefined;
      this.patch(entry, { state: 'rejected', error: { code: 'upload.tooMany', params: { max: this.maxFiles, count: this.maxFiles } } });
      return;
    }
    const hashes = new Set<string>();
    for (const other of others) {
      const hash = other.prepared?.sha256 ?? other.item.uploaded?.sha256;
      if (hash) hashes.add(hash);
    }
    this.patch(entry, { state: 'checking' });
    let result: Awaited<ReturnType<typeof prepareFile>>;
    try {
      result = await prepareFile(file, this.rules, hashes, (stage) => {
        if (this.has(entry) && entry.item.state !== stage) this.patch(entry, { state: stage });
      });
    } catch (cause) {
      // prepareFile reports problems as rejections; this only guards the queue against the unexpected.
      result = { rejection: new FileRejection('file.unreadable', { name: file.name }, { cause }) };
    }
    entry.file = undefined;
    if (!this.has(entry)) return;
    if ('rejection' in result) {
      const { code, params } = result.rejection;
      this.patch(entry, { state: 'rejected', error: { code, ...(params ? { params } : {}) } });
      return;
    }
    const prepared = result.file;
    entry.prepared = prepared;
    const previewable = isImageKind(prepared.kind) && prepared.kind !== 'heic';
    this.patch(entry, {
      name: prepared.name || entry.item.name,
      size: prepared.size,
      kind: prepared.kind,
      ...(previewable ? { previewBlob: prepared.blob } : {}),
    });
    void this.upload(entry);
  }

  private async upload(entry: Entry): Promise<void> {
    const prepared = entry.prepared!;
    const controller = new AbortController();
    entry.controller = controller;
    const { signal } = controller;
    this.patch(entry, { state: 'waiting', progress: 0, error: undefined });
    try {
      const answer = await limiter.run(signal, async () => {
        if (!this.has(entry)) throw aborted();
        this.patch(entry, { state: 'uploading' });
        const transport = await this.transport();
        return transport.upload(
          { file: prepared.blob, name: prepared.name, type: prepared.type, sha256: prepared.sha256, slot: this.slot },
          {
            signal,
            onProgress: ({ sent, total }) => {
              if (signal.aborted || !this.has(entry) || entry.item.state !== 'uploading') return;
              // Whole percents only (a listener re-renders on each change, not on every chunk of bytes), and
              // never 100 % before the back end has confirmed it holds the file.
              const share = total > 0 ? Math.min(1, Math.max(0, sent / total)) : 0;
              const progress = Math.min(0.99, Math.round(share * 100) / 100);
              if (progress !== entry.item.progress) this.patch(entry, { progress });
            },
          },
        );
      });
      if (signal.aborted || !this.has(entry)) return;
      const found = toUploadedFile(answer);
      if (!found) throw new TransportError('server', 'The transport gave no file id.', { retryable: false });
      // What the back end said, completed with what we know when a host transport leaves something out.
      const uploaded: UploadedFile = {
        id: found.id,
        name: found.name || prepared.name,
        type: found.type || prepared.type,
        size: found.size || prepared.size,
        sha256: found.sha256 || prepared.sha256,
      };
      this.patch(entry, { state: 'done', progress: 1, uploaded });
    } catch (error) {
      // Removed by the citizen (or the whole queue cleared): the item is already gone, nothing to tell.
      if (signal.aborted || !this.has(entry)) return;
      if (isTransportError(error, 'aborted')) {
        // Cancelled by the transport or host, not by us: as with a removal, the file leaves the list.
        this.entries = this.entries.filter((other) => other !== entry);
        this.emit();
        return;
      }
      // A file the back end will never take is a permanent answer, not a stall: say so and offer no retry.
      if (isTransportError(error, 'too-large')) this.patch(entry, { state: 'rejected', error: { code: 'upload.serverTooLarge' } });
      else if (isTransportError(error, 'unsupported-type')) this.patch(entry, { state: 'rejected', error: { code: 'upload.serverType' } });
      // Anything else has already been retried by the transport; the citizen decides when to try again.
      else this.patch(entry, { state: 'failed', error: { code: 'upload.failed' } });
    } finally {
      if (entry.controller === controller) delete entry.controller;
    }
  }
}
