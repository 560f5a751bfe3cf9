/**
 * The demo host portal: a page embedding the wizard, the built bundle under `/dist/`, the demo receiver at
 * `/api/lienthong` and a page listing what it received. `npm start` runs it; nothing else needs to be
 * running. Every page is served under a strict Content-Security-Policy, so the demo also shows the library
 * works without inline scripts, inline styles or eval.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDossierStore } from './dossier-store.js';
import { createReceiver } from './receiver.js';
import type { DossierValidator, NodeHandler } from './receiver.js';
import { detailsOf, renderReceivedPage } from './received-page.js';
import { validateAnyDossier } from '../src/bundles/validate.js';

/** Where the receiver is mounted; the page's `<lt-wizard endpoint>` says the same. */
export const API_BASE = '/api/lienthong';

/**
 * No inline script or style, no eval, nothing from elsewhere, and Trusted Types enforced (Lit renders through
 * its own `lit-html` policy). Lit's styles are constructable stylesheets, which `style-src 'self'` allows
 * (checked in Chromium); `blob:` images are for upload previews.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The files of the demo page itself, by URL; nothing else under `demo/` is served (not the data, not the code). */
const DEMO_FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/portal.js': 'portal.js',
  '/portal.css': 'portal.css',
};

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** Port to listen on (default 8080; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Where received dossiers are kept (default `demo/.data`). */
  dataDir?: string;
  /** The dossier validator (from `src/core/engine/`, when available); without it every well-formed dossier is kept. */
  validate?: DossierValidator;
  /** The repository root, which holds `demo/` and `dist/` (default: the parent of this file's folder). */
  rootDir?: string;
  /**
   * Handlers tried, in order, before the receiver and the demo's pages; one that returns true has answered.
   * For benchmarks (fault injection, their own pages); `npm start` mounts none.
   */
  before?: NodeHandler[];
}

/** A running demo server. */
export interface DemoServer {
  server: Server;
  /** The address to open, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-cache',
  });
  res.end(body);
}

/** Serves `relative` (a URL path, still encoded) from inside `root` only: no `..`, no absolute paths. */
async function serveFile(req: IncomingMessage, res: ServerResponse, root: string, relative: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
  }
  const file = resolve(root, `.${sep}${decoded}`);
  if (decoded.includes('\0') || !file.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : body, type);
  } catch {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }
}

/** Starts the demo server and resolves once it listens. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const rootDir = resolve(options.rootDir ?? fileURLToPath(new URL('..', import.meta.url)));
  const demoDir = resolve(rootDir, 'demo');
  const distDir = resolve(rootDir, 'dist');
  const dataDir = resolve(rootDir, options.dataDir ?? 'demo/.data');
  const store = createDossierStore(dataDir);
  const receiver = createReceiver({
    dataDir,
    basePath: API_BASE,
    store,
    ...(options.validate ? { validate: options.validate } : {}),
  });

  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    void handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const handler of options.before ?? []) if (await handler(req, res)) return;
    if (await receiver(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const demoFile = DEMO_FILES[path];
    if (demoFile) return serveFile(req, res, demoDir, demoFile);
    if (path.startsWith('/dist/')) return serveFile(req, res, distDir, path.slice('/dist/'.length));
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return void res.end();
    }
    if (path === '/received' || path === '/received/') {
      const received = await Promise.all(
        (await store.list()).map(async (summary) => ({
          ...summary,
          ...detailsOf(await store.get(summary.reference)),
        })),
      );
      return send(res, 200, renderReceivedPage(received, API_BASE), 'text/html; charset=utf-8');
    }
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

function isMain(): boolean {
  const script = process.argv[1];
  return script !== undefined && resolve(script) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  const port = process.env['PORT'] ? Number(process.env['PORT']) : undefined;
  const running = await startDemoServer({
    ...(port !== undefined && Number.isInteger(port) ? { port } : {}),
    ...(process.env['HOST'] ? { host: process.env['HOST'] } : {}),
    // Relative to where the command runs, as a person typing it expects.
    ...(process.env['LIENTHONG_DATA_DIR'] ? { dataDir: resolve(process.env['LIENTHONG_DATA_DIR']) } : {}),
    // The receiver checks each dossier with the same schema the wizard uses before sending.
    validate: validateAnyDossier,
  });
  console.log(`Demo portal: ${running.url}  (received dossiers: ${running.url}received)`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
