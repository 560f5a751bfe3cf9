/**
 * Test-only fault injection for the test runner's server (never mounted by the demo's `npm start`; the
 * benchmark mounts it on its own server). A test queues answers — statuses, dropped connections, delays, and
 * connections cut or stalled after part of the body — that the next matching requests get instead of
 * reaching the receiver; after the queue is used up, requests pass through again. Every request under `/api/`
 * is also logged with the body bytes that reached the server, so a test can count what actually arrived
 * (retries, deduplication, bytes sent across a resumed upload).
 *
 * Rules and log entries are scoped to the page that made them (by the `Referer` header, which is the test
 * page's URL with its session id): test files running at the same time do not consume each other's faults.
 *
 * Runs in Node (imported by `web-test-runner.config.mjs`) but is type-checked with the browser tests, so it
 * uses structural types instead of `node:` imports.
 */

/**
 * One queued answer: a status, `'drop'` (destroy the connection: a network error), or a full description.
 * `{ cutAfterBytes: n }` lets the first `n` body bytes through to the receiver, then destroys the connection:
 * a connection lost mid-upload, after which the server holds (about) `n` bytes. `{ stallAfterBytes: n }` lets
 * `n` bytes through and swallows the rest: the request never ends, the client gets no answer and waits until
 * it gives up or aborts (then the receiver sees the connection close and keeps the `n` bytes). A body shorter
 * than `n` passes unharmed.
 */
export type FaultStep =
  | number
  | 'drop'
  | {
      /** Answer with this status; without it (and without `drop`) the request passes through after `delayMs`. */
      status?: number;
      /** JSON body of the answer (default `{ error: 'injected' }`). */
      body?: unknown;
      /** Extra headers, e.g. `{ 'Retry-After': '1' }`. */
      headers?: Record<string, string>;
      /** Wait this long first. */
      delayMs?: number;
      /** Destroy the connection (after `delayMs`). */
      drop?: boolean;
      /** Pass this many body bytes through, then destroy the connection. */
      cutAfterBytes?: number;
      /** Pass this many body bytes through, then swallow the rest (the request hangs without an answer). */
      stallAfterBytes?: number;
    };

/** What a test posts to `/__faults`. */
export interface FaultRule {
  /** Request path to match exactly (default `/api/lienthong/dossiers`); a trailing `*` matches a prefix. */
  path?: string;
  /** Method to match (default `POST`; `*` for any). */
  method?: string;
  /** Match only requests for this dossier: its `Idempotency-Key`, or the reference in the path. */
  reference?: string;
  /** Drop this many connections before the `responses`. */
  drop?: number;
  /** Answers for the next matching requests, in order. */
  responses?: FaultStep[];
  /** Apply to requests from any page, not only the page that injected the rule. */
  anyPage?: boolean;
}

/** One request seen under the logged prefix. */
export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey: string | null;
  /** The `Upload-Offset` header (tus), if any. */
  uploadOffset: number | null;
  /** What the fault middleware did: injected a status, dropped, cut or stalled after part of the body, or let it pass. */
  fault: number | 'drop' | 'cut' | 'stall' | 'passed';
  /** The status the client got (absent while in flight or when dropped). */
  status?: number;
  /** Body bytes that reached the server's request stream (what was cut off or never read is not counted). */
  bodyBytes: number;
}

/** The parts of Node's `IncomingMessage` used here. */
export interface RequestLike extends AsyncIterable<unknown> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  socket: { destroy(): void };
  /** Where Node's HTTP parser hands each body chunk to the request stream (and `null` at its end). */
  push(chunk: unknown, encoding?: unknown): boolean;
  /** Bytes pushed but not read yet by the receiver. */
  readableLength: number;
}

/** The parts of Node's `ServerResponse` used here. */
export interface ResponseLike {
  statusCode: number;
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(body?: string): unknown;
  once(event: 'finish', listener: () => void): unknown;
}

/** A handler in the receiver's style: answers and returns true, or returns false to let the request through. */
export type Handler = (req: RequestLike, res: ResponseLike) => Promise<boolean>;

/** Options of {@link createFaultMiddleware}. */
export interface FaultMiddlewareOptions {
  /** Control endpoint (default `/__faults`). */
  controlPath?: string;
  /** Requests whose path starts with one of these are logged and may be faulted (default `/api/`). */
  prefix?: string | readonly string[];
}

interface ActiveRule {
  scope: string;
  path: string;
  method: string;
  reference?: string;
  queue: FaultStep[];
}

const ANY = '*';
const LOG_LIMIT = 5000;

function headerOf(req: RequestLike, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The page a request came from, without its fragment; `*` when unknown (e.g. curl). */
function scopeOf(req: RequestLike): string {
  return headerOf(req, 'referer')?.split('#')[0] ?? ANY;
}

function json(res: ResponseLike, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req: RequestLike): Promise<unknown> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of req) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  return text.trim() ? JSON.parse(text) : undefined;
}

/**
 * Counts the body bytes handed to the request stream and, with `limit`, lets only that many through, then
 * cuts the connection or stalls it. Wraps `push`, the one door through which Node's HTTP parser delivers the
 * body, so the receiver reads the request as usual and nothing here consumes it.
 */
function tapBody(req: RequestLike, entry: RequestLogEntry, limit?: { bytes: number; then: 'cut' | 'stall' }): void {
  const push = req.push.bind(req);
  let stopped = false;
  req.push = (chunk: unknown, encoding?: unknown) => {
    // Past the limit nothing reaches the receiver. A cut stops reading (`false`); a stall keeps reading and
    // drops what comes, so the server notices when the client gives up and closes the connection.
    if (stopped) return limit?.then === 'stall';
    if (chunk === null || chunk === undefined || !limit) {
      entry.bodyBytes += (chunk as { length?: number } | null)?.length ?? 0;
      return push(chunk, encoding);
    }
    const bytes = chunk as Uint8Array;
    const room = limit.bytes - entry.bodyBytes;
    if (bytes.length < room) {
      entry.bodyBytes += bytes.length;
      return push(chunk, encoding);
    }
    // The limit falls in this chunk: its first part goes through, nothing after it.
    stopped = true;
    entry.bodyBytes += Math.max(0, room);
    if (room > 0) push(bytes.subarray(0, room));
    if (limit.then === 'cut') cutWhenRead(req);
    return limit.then === 'stall';
  };
}

/** Destroys the connection once the receiver has read what got through (and had a moment to store it). */
function cutWhenRead(req: RequestLike, deadline = Date.now() + 1000): void {
  if (req.readableLength > 0 && Date.now() < deadline) {
    setTimeout(() => cutWhenRead(req, deadline), 5);
    return;
  }
  setTimeout(() => req.socket.destroy(), 50);
}

function matches(rule: ActiveRule, req: RequestLike, path: string, scope: string): boolean {
  if (rule.scope !== ANY && rule.scope !== scope) return false;
  if (rule.method !== ANY && rule.method !== (req.method ?? 'GET').toUpperCase()) return false;
  const pathOk = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
  if (!pathOk) return false;
  return rule.reference === undefined || headerOf(req, 'idempotency-key') === rule.reference || path.endsWith(`/${rule.reference}`);
}

/** Creates the fault middleware; mount it before the receiver. */
export function createFaultMiddleware(options: FaultMiddlewareOptions = {}): Handler {
  const controlPath = options.controlPath ?? '/__faults';
  const prefixes = typeof options.prefix === 'string' ? [options.prefix] : (options.prefix ?? ['/api/']);
  let rules: ActiveRule[] = [];
  let log: (RequestLogEntry & { scope: string })[] = [];

  async function control(req: RequestLike, res: ResponseLike, path: string): Promise<void> {
    const scope = scopeOf(req);
    const method = req.method ?? 'GET';
    if (path === controlPath && method === 'POST') {
      const body = await readJson(req);
      for (const rule of (Array.isArray(body) ? body : [body]) as FaultRule[]) {
        const drops: FaultStep[] = Array.from({ length: rule.drop ?? 0 }, () => 'drop');
        rules.push({
          scope: rule.anyPage ? ANY : scope,
          path: rule.path ?? '/api/lienthong/dossiers',
          method: (rule.method ?? 'POST').toUpperCase(),
          ...(rule.reference !== undefined ? { reference: rule.reference } : {}),
          queue: [...drops, ...(rule.responses ?? [])],
        });
      }
      return json(res, 204);
    }
    if (path === controlPath && method === 'DELETE') {
      rules = scope === ANY ? [] : rules.filter((rule) => rule.scope !== scope);
      log = scope === ANY ? [] : log.filter((entry) => entry.scope !== scope);
      return json(res, 204);
    }
    if (path === `${controlPath}/log` && method === 'GET') {
      const mine = scope === ANY ? log : log.filter((entry) => entry.scope === scope);
      return json(res, 200, mine.map(({ scope: _scope, ...entry }) => entry));
    }
    json(res, 404, { error: 'not-found' });
  }

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://faults.invalid').pathname;
    if (path === controlPath || path.startsWith(`${controlPath}/`)) {
      await control(req, res, path).catch(() => json(res, 400, { error: 'bad-fault-rule' }));
      return true;
    }
    if (!prefixes.some((prefix) => path.startsWith(prefix))) return false;

    const scope = scopeOf(req);
    const entry: RequestLogEntry & { scope: string } = {
      scope,
      at: new Date().toISOString(),
      method: req.method ?? 'GET',
      path,
      idempotencyKey: headerOf(req, 'idempotency-key') ?? null,
      uploadOffset: headerOf(req, 'upload-offset') !== undefined ? Number(headerOf(req, 'upload-offset')) : null,
      fault: 'passed',
      bodyBytes: 0,
    };
    log.push(entry);
    if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);

    const rule = rules.find((candidate) => matches(candidate, req, path, scope));
    const step = rule?.queue.shift();
    if (rule && rule.queue.length === 0) rules = rules.filter((other) => other !== rule);
    if (step === undefined) {
      tapBody(req, entry);
      res.once('finish', () => (entry.status = res.statusCode));
      return false;
    }
    const { status, body, headers, delayMs, drop, cutAfterBytes, stallAfterBytes } =
      typeof step === 'number' ? { status: step } : step === 'drop' ? { drop: true } : step;
    const limit =
      cutAfterBytes !== undefined ? { bytes: cutAfterBytes, then: 'cut' as const }
      : stallAfterBytes !== undefined ? { bytes: stallAfterBytes, then: 'stall' as const }
      : undefined;
    tapBody(req, entry, limit);
    if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
    if (limit) {
      // Passes through to the receiver; the tap cuts or stalls the body on the way.
      entry.fault = limit.then;
      res.once('finish', () => (entry.status = res.statusCode));
      return false;
    }
    if (drop) {
      entry.fault = 'drop';
      // Bookkeeping only (nothing is sent): the test runner reports requests that end with its default 404.
      res.statusCode = 599;
      req.socket.destroy();
      return true;
    }
    if (status === undefined) {
      res.once('finish', () => (entry.status = res.statusCode));
      return false;
    }
    entry.fault = status;
    entry.status = status;
    json(res, status, body ?? { error: 'injected' }, headers);
    return true;
  };
}

/** Mounts a Node-style handler (this one, or the demo receiver) as Koa middleware for the test runner. */
export function toKoaMiddleware<Req, Res>(
  handler: (req: Req, res: Res) => Promise<boolean>,
): (ctx: { req: Req; res: Res; respond?: boolean }, next: () => Promise<unknown>) => Promise<void> {
  return async (ctx, next) => {
    if (await handler(ctx.req, ctx.res)) {
      // The handler wrote (or dropped) the response itself; Koa must not touch it.
      ctx.respond = false;
      return;
    }
    await next();
  };
}
