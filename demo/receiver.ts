/**
 * The demo receiver: the back end side of `docs/http-contract.md`, keeping dossiers and uploaded files on local
 * disk. A plain `(req, res) => Promise<boolean>` handler, so the demo server and the test runner mount the same
 * code.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REFERENCE_PATTERN, createDossierStore } from './dossier-store.js';
import type { DossierStore } from './dossier-store.js';
import { createUploadStore } from './upload-store.js';
import type { UploadStore } from './upload-store.js';

/** A dossier check run before storing; its issues are sent back to the client as they are. */
export type DossierValidator = (dossier: unknown) => { ok: true } | { ok: false; issues: string[] };

/** Options of {@link createReceiver}. */
export interface ReceiverOptions {
  /** Where dossiers are kept (`<dataDir>/dossiers/<reference>.json`). */
  dataDir: string;
  /** The URL prefix the receiver owns, e.g. `/api/lienthong`. */
  basePath: string;
  /** Runs on each new submission; a failure answers 400 with its issues. */
  validate?: DossierValidator;
  /** Largest accepted body in bytes (default 5 MB); larger ones answer 413. */
  maxBodyBytes?: number;
  /** The store to use (default: files under `dataDir`). */
  store?: DossierStore;
  /** Largest uploaded file in bytes (default 20 MB); larger ones answer 413. */
  maxUploadBytes?: number;
  /** The upload store to use (default: tus with files under `<dataDir>/uploads`). */
  uploads?: UploadStore;
}

/** A request handler that answers only under its own path and returns whether it did. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const DEFAULT_MAX_BODY = 5 * 1024 * 1024;
/** Largest supplement body: a few short facts. */
const MAX_SUPPLEMENT_BODY = 64 * 1024;
/** What an `Idempotency-Key` may be: visible ASCII, at most 200 characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function sendIssues(res: ServerResponse, status: number, error: string, issues: string[]): void {
  sendJson(res, status, { error, issues });
}

/**
 * Reads the body up to `limit` bytes. Past the limit it keeps reading and discarding, so the client finishes
 * sending and can read the 413 (a browser that is cut off mid-upload reports a network error instead); far
 * past it, the connection is simply closed.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit * 4) {
      req.destroy();
      break;
    }
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? 'too-large' : Buffer.concat(chunks);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Creates the receiver. See `docs/http-contract.md` for what each route answers. */
export function createReceiver(options: ReceiverOptions): NodeHandler {
  const base = options.basePath.replace(/\/+$/, '');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const store = options.store ?? createDossierStore(options.dataDir);
  const uploads =
    options.uploads ??
    createUploadStore({
      dataDir: options.dataDir,
      basePath: base,
      ...(options.maxUploadBytes !== undefined ? { maxBytes: options.maxUploadBytes } : {}),
    });

  async function submit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = header(req, 'content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
      return sendIssues(res, 415, 'unsupported-media-type', ['Send the dossier as application/json.']);
    }
    const raw = await readBody(req, limit);
    if (raw === 'too-large') {
      return sendJson(res, 413, { error: 'too-large', limit }, { Connection: 'close' });
    }
    let dossier: unknown;
    try {
      dossier = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendIssues(res, 400, 'invalid-json', ['The body is not valid JSON.']);
    }
    if (dossier === null || typeof dossier !== 'object' || Array.isArray(dossier)) {
      return sendIssues(res, 400, 'invalid-dossier', ['The body must be a JSON object (the dossier).']);
    }
    const reference = (dossier as { reference?: unknown }).reference;
    if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference)) {
      return sendIssues(res, 400, 'invalid-reference', ['reference: must be a ULID (26 Crockford base32 characters).']);
    }
    // The key must be the reference: a client that sent something else has a bug that would defeat idempotency.
    if (header(req, 'idempotency-key') !== reference) {
      return sendIssues(res, 400, 'idempotency-key', ['The Idempotency-Key header must equal the dossier reference.']);
    }
    const verdict = options.validate?.(dossier);
    if (verdict && !verdict.ok) return sendIssues(res, 400, 'invalid-dossier', verdict.issues);
    // A stored dossier must refer to stored files: each one finished uploading here, with the same bytes.
    const missing = await uploads.checkDocuments(dossier);
    if (missing.length) return sendIssues(res, 400, 'unknown-files', missing);

    const { outcome, record } = await store.putOnce(reference, dossier as Record<string, unknown>);
    if (outcome === 'conflict') {
      return sendIssues(res, 409, 'conflict', ['Another dossier with this reference was already received.']);
    }
    // 200 for a repeat: the client learns it is stored, with the original time, and nothing is rewritten.
    sendJson(res, outcome === 'created' ? 201 : 200, { reference, receivedAt: record.receivedAt }, {
      Location: `${base}/dossiers/${reference}`,
    });
  }

  /** `POST …/dossiers/<reference>/supplements`: facts the dossier was submitted without, stored with it once. */
  async function supplement(req: IncomingMessage, res: ServerResponse, reference: string): Promise<void> {
    const type = header(req, 'content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
      return sendIssues(res, 415, 'unsupported-media-type', ['Send the supplement as application/json.']);
    }
    const raw = await readBody(req, MAX_SUPPLEMENT_BODY);
    if (raw === 'too-large') {
      return sendJson(res, 413, { error: 'too-large', limit: MAX_SUPPLEMENT_BODY }, { Connection: 'close' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendIssues(res, 400, 'invalid-json', ['The body is not valid JSON.']);
    }
    const facts = (body as { facts?: unknown } | null)?.facts;
    if (facts === null || typeof facts !== 'object' || Array.isArray(facts)) {
      return sendIssues(res, 400, 'invalid-supplement', ['The body must be { "facts": { "<fact>": "<value>" } }.']);
    }
    const key = header(req, 'idempotency-key');
    if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
      return sendIssues(res, 400, 'idempotency-key', ['The Idempotency-Key header is missing or not visible ASCII of at most 200 characters.']);
    }
    const result = await store.supplement(reference, key, facts as Record<string, unknown>);
    switch (result.outcome) {
      case 'not-found':
        return sendJson(res, 404, { error: 'not-found' });
      case 'completed':
        return sendIssues(res, 409, 'completed', ['This dossier awaits nothing more: everything deferred has been supplied.']);
      case 'conflict':
        return sendIssues(res, 409, 'conflict', ['Another supplement with this Idempotency-Key was already received.']);
      case 'invalid':
        return sendIssues(res, 400, 'invalid-supplement', result.issues);
      case 'created':
      case 'duplicate':
        // 200 for a repeat, with the original time, as for dossiers.
        return sendJson(res, result.outcome === 'created' ? 201 : 200, {
          reference,
          receivedAt: result.supplement.receivedAt,
          complete: result.complete,
        });
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const rest = path.slice(base.length);
    if (rest === '/dossiers') {
      if (method === 'POST') return submit(req, res);
      if (method === 'GET' || method === 'HEAD') return sendJson(res, 200, await store.list());
      return sendJson(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET, HEAD, POST' });
    }
    if (rest === '/uploads' || rest === '/uploads/') {
      // Reading back the list is the demo's own addition; creating (POST) is tus.
      if (method === 'GET' || method === 'HEAD') return sendJson(res, 200, await uploads.list());
      return uploads.handle(req, res);
    }
    if (rest.startsWith('/uploads/')) return uploads.handle(req, res);
    const sub = /^\/dossiers\/([^/]+)\/(deferred|supplements)$/.exec(rest);
    if (sub) {
      const reference = sub[1] ?? '';
      if (sub[2] === 'deferred') {
        if (method !== 'GET' && method !== 'HEAD') {
          return sendJson(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET, HEAD' });
        }
        const status = await store.deferredStatus(reference);
        return status ? sendJson(res, 200, status) : sendJson(res, 404, { error: 'not-found' });
      }
      if (method === 'POST') return supplement(req, res, reference);
      if (method === 'GET' || method === 'HEAD') {
        const record = await store.get(reference);
        return record ? sendJson(res, 200, record.supplements ?? []) : sendJson(res, 404, { error: 'not-found' });
      }
      return sendJson(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET, HEAD, POST' });
    }
    const match = /^\/dossiers\/([^/]+)$/.exec(rest);
    if (match) {
      if (method !== 'GET' && method !== 'HEAD') {
        return sendJson(res, 405, { error: 'method-not-allowed' }, { Allow: 'GET, HEAD' });
      }
      const record = await store.get(match[1] ?? '');
      return record ? sendJson(res, 200, record) : sendJson(res, 404, { error: 'not-found' });
    }
    sendJson(res, 404, { error: 'not-found' });
  }

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
    if (path !== base && !path.startsWith(`${base}/`)) return false;
    try {
      await route(req, res, path);
    } catch (error) {
      // A client that went away mid-request, or a disk error: answer if still possible, never crash the server.
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
      if (!req.destroyed) console.error('[receiver]', error);
    }
    return true;
  };
}
