/**
 * `npm run bench`: measures in real Chromium what issue 3 sets targets for (shrinking, uploading across a
 * dropped connection). A script, not a test: it prints figures and fails only when a benchmark throws.
 *
 * Every `bench/*.bench.ts` module is bundled for the browser with Vite, served by the demo server (with its
 * receiver, on a free port, keeping data in a temporary folder) and opened in headless Chromium, which calls
 * its exported `run(): Promise<Record<string, string | number>>`. The bench server also mounts the test
 * suite's fault injection (`/__faults`), so a benchmark can cut a connection mid-upload; the portal's
 * `npm start` never does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../chromium.config.js';
import type { NodeHandler } from '../demo/receiver.js';
import { startDemoServer } from '../demo/server.js';
import { validateAnyDossier } from '../src/bundles/validate.js';
import { createFaultMiddleware } from '../test/support/fault-middleware.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = join(ROOT, 'bench');
/** Where the bundled benchmarks are served; same origin as the receiver, as on a portal. */
const PREFIX = '/__bench/';
/** Longest a single benchmark may run. */
const TIMEOUT_MS = 60_000;

type Figures = Record<string, string | number>;

/** Bundles each benchmark as an ES module named after it (`upload.bench.ts` → `upload.js`) into `outDir`. */
async function bundle(modules: string[], outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    // Lit's decorators in this project are TypeScript's legacy ones (tsconfig: experimentalDecorators).
    oxc: { decorator: { legacy: true } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: Object.fromEntries(modules.map((file) => [basename(file, '.bench.ts'), join(BENCH_DIR, file)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
}

/** Serves the bundled benchmarks and a blank page to run them in. */
function benchFiles(outDir: string): NodeHandler {
  const root = resolve(outDir);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://bench.invalid').pathname;
    if (!path.startsWith(PREFIX)) return false;
    if (path === PREFIX) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><meta charset="utf-8"><title>lienthong bench</title><body></body></html>');
      return true;
    }
    const file = resolve(root, `.${sep}${decodeURIComponent(path.slice(PREFIX.length))}`);
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside');
      const body = await readFile(file);
      const type = extname(file) === '.js' ? 'text/javascript; charset=utf-8' : 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(body.length) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
    return true;
  };
}

/** The figures as an aligned two-column table. */
function table(title: string, figures: Figures, ms: number): string {
  const rows = Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? value.toLocaleString('en-US') : value]);
  const width = Math.max(...rows.map(([key]) => key!.length), 10);
  const rule = '─'.repeat(width + 2 + Math.max(12, ...rows.map(([, value]) => String(value).length)));
  return [`\n${title}  (${(ms / 1000).toFixed(1)} s)`, rule, ...rows.map(([key, value]) => `${key!.padEnd(width)}  ${value}`), rule].join('\n');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const modules = (await readdir(BENCH_DIR).catch(() => [] as string[])).filter((name) => name.endsWith('.bench.ts')).sort();
  if (modules.length === 0) {
    console.error('No bench/*.bench.ts modules found.');
    return 1;
  }
  const work = await mkdtemp(join(tmpdir(), 'lienthong-bench-'));
  const outDir = join(work, 'bundle');
  let failures = 0;
  const started = performance.now();
  await bundle(modules, outDir);
  console.log(`Bundled ${modules.length} benchmark(s) in ${Math.round(performance.now() - started)} ms.`);

  const server = await startDemoServer({
    port: 0,
    dataDir: join(work, 'data'),
    validate: validateAnyDossier,
    before: [createFaultMiddleware(), benchFiles(outDir)],
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    for (const module of modules) {
      const name = basename(module, '.bench.ts');
      // A fresh context per benchmark: no cache, no localStorage (tus upload URLs) left by the one before.
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${module}] page error:`, error.message));
      // Failed requests are part of the job (a cut upload, a refused one); other console errors are shown.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) console.error(`[${module}]`, message.text());
      });
      const start = performance.now();
      try {
        await page.goto(new URL(PREFIX, server.url).href);
        const figures = await withTimeout(
          page.evaluate(async (src: string) => {
            const loaded = (await import(src)) as { run?: () => Promise<Figures> };
            if (typeof loaded.run !== 'function') throw new Error('The module exports no run()');
            return loaded.run();
          }, `${PREFIX}${name}.js`),
          TIMEOUT_MS,
          module,
        );
        console.log(table(module, figures, performance.now() - start));
      } catch (error) {
        failures++;
        console.error(`\n${module}: FAILED\n${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
  console.log(`\n${modules.length - failures}/${modules.length} benchmark(s) ran in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  printDataChunks();
  return failures ? 1 : 0;
}

/**
 * What the administrative-unit data adds to a phone's download, from the self-contained build (`npm run bench`
 * builds it first): each data chunk, compressed as a server would send it.
 */
function printDataChunks(): void {
  const dir = join(ROOT, 'dist/cdn/chunks');
  if (!existsSync(dir)) return console.log('\n(no dist/cdn: run `npm run build` to see the data chunks)');
  console.log('\nData chunks: units when an address field is shown (old units only on request), banks when a bank list is:');
  for (const name of readdirSync(dir).filter((f) => /^(admin-units-|banks-).*\.js$/.test(f)).sort()) {
    const bytes = readFileSync(join(dir, name));
    const brotli = brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`  ${name.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB raw ${(brotli / 1024).toFixed(1).padStart(6)} KB brotli`);
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
