/**
 * The demo receiver's uploads: the tus resumable-upload protocol (@tus/server with its file store) under
 * `{basePath}/uploads`, bytes kept in `<dataDir>/uploads/<id>` with tus's `<id>.json` beside them.
 *
 * Integrity: when an upload finishes, its bytes are hashed and compared with the SHA-256 the client declared
 * at creation. A match is recorded in `<id>.sha256`; a mismatch is deleted at once and answered 460 (tus's
 * "checksum mismatch"). Only recorded uploads count as finished, so a dossier can only refer to files whose
 * stored bytes are exactly what the citizen's device hashed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import { EVENTS, Server } from '@tus/server';
import type { Upload } from '@tus/server';

/** The kinds of file the demo takes: photos (JPEG, PNG, WebP, HEIC/HEIF) and PDF. */
export const ACCEPTED_UPLOAD_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'];

/** 20 MB: more than a shrunk phone photo or a scanned PDF needs; larger uploads are refused with 413. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** tus's default ids: 16 random bytes in hex. Checked before an id from a dossier becomes a file name. */
const UPLOAD_ID = /^[0-9a-f]{32}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const SLOT = /^[A-Za-z][\w.-]{0,63}$/;

/** What the demo knows about one upload. */
export interface StoredUpload {
  id: string;
  name: string;
  type: string;
  slot: string;
  /** The SHA-256 the client declared. */
  sha256: string;
  /** Declared length in bytes (null while deferred). */
  size: number | null;
  /** Bytes held so far. */
  offset: number;
  createdAt: string;
  /** All bytes received and their SHA-256 checked against the declared one. */
  finished: boolean;
}

/** Options of {@link createUploadStore}. */
export interface UploadStoreOptions {
  /** Uploads are kept under `<dataDir>/uploads/`. */
  dataDir: string;
  /** The receiver's URL prefix; tus answers under `{basePath}/uploads`. */
  basePath: string;
  /** Largest upload in bytes (default {@link DEFAULT_MAX_UPLOAD_BYTES}). */
  maxBytes?: number;
}

/** The uploads side of the receiver. */
export interface UploadStore {
  /** Answers a request under `{basePath}/uploads/`: tus (POST, HEAD, PATCH, DELETE) or GET of a finished file. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** One upload, or undefined. */
  get(id: string): Promise<StoredUpload | undefined>;
  /** Every upload, newest first. */
  list(): Promise<StoredUpload[]>;
  /** What is wrong with the files a dossier's `documents` refer to; empty when each is a finished upload. */
  checkDocuments(dossier: unknown): Promise<string[]>;
}

/** The error shape tus answers with: a status and a body (JSON here, like the receiver's other errors). */
function refusal(status: number, error: string, issue: string): { status_code: number; body: string } {
  return { status_code: status, body: JSON.stringify({ error, issues: [issue] }) };
}

/** Shown in the browser; anything else (PDF, HEIC) is downloaded. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** `Content-Disposition` with the citizen's file name, which is usually Vietnamese: RFC 6266 `filename*`. */
function disposition(type: string, name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${INLINE_TYPES.has(type) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Creates the upload store and its tus server. */
export function createUploadStore(options: UploadStoreOptions): UploadStore {
  const directory = join(options.dataDir, 'uploads');
  const datastore = new FileStore({ directory });
  const checkFile = (id: string) => join(directory, `${id}.sha256`);

  const tus = new Server({
    path: `${options.basePath.replace(/\/+$/, '')}/uploads`,
    datastore,
    maxSize: options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    // `Location: /api/lienthong/uploads/<id>`: right behind any proxy, whatever Host it forwards.
    relativeLocation: true,
    // Same origin only: no CORS headers, so another site's page cannot upload into the demo.
    allowedOrigins: [],
    // A finished file may already be part of a stored dossier; deleting it would leave that dossier pointing
    // at nothing.
    disableTerminationForFinishedUploads: true,

    async onUploadCreate(_req, upload: Upload) {
      const { filename, filetype, sha256, slot } = upload.metadata ?? {};
      if (!filetype || !ACCEPTED_UPLOAD_TYPES.includes(filetype)) {
        throw refusal(
          415,
          'unsupported-type',
          `Files of type ${filetype || '(none)'} are not accepted: send a JPEG, PNG, WebP or HEIC/HEIF photo, or a PDF.`,
        );
      }
      if (!sha256 || !SHA256.test(sha256)) throw refusal(400, 'invalid-metadata', 'sha256: 64 lowercase hex digits are required.');
      if (!filename || filename.length > 255 || /[\u0000-\u001f]/.test(filename)) {
        throw refusal(400, 'invalid-metadata', 'filename: a file name (at most 255 characters) is required.');
      }
      if (!slot || !SLOT.test(slot)) throw refusal(400, 'invalid-metadata', 'slot: the document slot is required.');
      if (upload.size === 0) throw refusal(400, 'empty-file', 'The file is empty.');
      // Only these keys are kept, whatever else the client sent.
      return { metadata: { filename, filetype, sha256, slot } };
    },

    async onUploadFinish(_req, upload: Upload) {
      const file = join(directory, upload.id);
      const actual = await sha256Of(file);
      if (actual !== upload.metadata?.['sha256']) {
        // Not what the device hashed (corrupted on the way, or a client bug): never keep it as if it were.
        await datastore.remove(upload.id).catch(() => undefined);
        throw refusal(460, 'checksum-mismatch', 'The received file does not match its SHA-256; it was discarded. Send it again.');
      }
      await writeFile(checkFile(upload.id), `${actual}\n`);
      return {};
    },
  });
  tus.on(EVENTS.POST_TERMINATE, (_req, _res, id: string) => void rm(checkFile(id), { force: true }));

  async function get(id: string): Promise<StoredUpload | undefined> {
    if (!UPLOAD_ID.test(id)) return undefined;
    let upload: Upload;
    try {
      upload = await datastore.getUpload(id);
    } catch {
      return undefined;
    }
    const meta = upload.metadata ?? {};
    const checked = await readFile(checkFile(id), 'utf8').then((text) => text.trim(), () => undefined);
    const size = upload.size ?? null;
    return {
      id,
      name: meta['filename'] ?? '',
      type: meta['filetype'] ?? '',
      slot: meta['slot'] ?? '',
      sha256: meta['sha256'] ?? '',
      size,
      offset: upload.offset,
      createdAt: upload.creation_date ?? '',
      finished: size !== null && upload.offset === size && checked !== undefined && checked === meta['sha256'],
    };
  }

  async function list(): Promise<StoredUpload[]> {
    const names = await readdir(directory).catch(() => [] as string[]);
    const uploads = await Promise.all(names.filter((name) => UPLOAD_ID.test(name)).map(get));
    return uploads
      .filter((upload): upload is StoredUpload => upload !== undefined)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  async function checkDocuments(dossier: unknown): Promise<string[]> {
    const documents = (dossier as { documents?: unknown } | null)?.documents;
    if (!Array.isArray(documents)) return [];
    const issues: string[] = [];
    for (const [i, document] of documents.entries()) {
      const files = (document as { files?: unknown } | null)?.files;
      if (!Array.isArray(files)) continue;
      for (const [j, entry] of files.entries()) {
        const { id, name, size, sha256 } = (entry ?? {}) as Record<string, unknown>;
        const where = `documents.${i}.files.${j}`;
        const label = typeof name === 'string' && name ? `"${name}"` : `id ${JSON.stringify(id ?? null)}`;
        const stored = typeof id === 'string' ? await get(id) : undefined;
        if (!stored?.finished) issues.push(`${where}: file ${label} was not uploaded completely to this server.`);
        else if (stored.sha256 !== sha256) issues.push(`${where}: file ${label} does not match the uploaded file (different SHA-256).`);
        else if (stored.size !== size) issues.push(`${where}: file ${label} does not match the uploaded file (different size).`);
      }
    }
    return issues;
  }

  /** GET of a finished, checked file; tus's own GET cannot send a non-Latin-1 file name in its headers. */
  async function download(res: ServerResponse, id: string): Promise<void> {
    const stored = await get(id);
    if (!stored?.finished) {
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify({ error: 'not-found' }));
    }
    res.writeHead(200, {
      'Content-Type': stored.type,
      'Content-Length': String(stored.offset),
      'Content-Disposition': disposition(stored.type, stored.name),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    await pipeline(createReadStream(join(directory, id)), res);
  }

  return {
    handle: async (req, res) => {
      const id = /\/uploads\/([^/?#]+)/.exec(req.url ?? '')?.[1];
      if (req.method === 'GET' && id !== undefined) return download(res, id);
      await tus.handle(req, res);
    },
    get,
    list,
    checkDocuments,
  };
}
