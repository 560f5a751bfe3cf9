/**
 * What a citizen's phone downloads to show the first step of the birth wizard from the self-contained build
 * (dist/cdn): the entry module and every module it imports statically, transitively. Chunks loaded later
 * (other steps' fields, the review, the dossier schema, English wording) are listed apart. The death wizard's
 * first step is the same plus the chunks of its definition and its Vietnamese words (found through the chunks'
 * source maps), and is checked too. Sizes are of each
 * file compressed on its own (gzip -9, brotli -11), as a server would send them. Prints a table and checks
 * the budget; exits non-zero when it is exceeded.
 *
 * Run after `npm run build` (or use `npm run size`, which builds first).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const CDN = join(ROOT, 'dist/cdn');
const ENTRY = join(CDN, 'lienthong.js');
/** Brotli budget for the first step, in KB (SurveyJS needs 288, Form.io 348). */
const BUDGET_KB = 40;
/**
 * The death wizard's first step loads the birth wizard's and then its own bundle (definition and Vietnamese
 * words, one chunk): the same budget plus what that chunk may weigh.
 */
const DEATH_BUDGET_KB = BUDGET_KB + 5;
/** Source modules the death wizard loads before showing its first step. */
const DEATH_FIRST_STEP = ['src/bundles/death.ts', 'src/i18n/locales/vi/death.ts'];

interface Row {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

function measure(file: string): Row {
  const bytes = readFileSync(file);
  return {
    file: relative(CDN, file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Files `file` imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(resolve(dirname(file), match[1]!));
  return [...found];
}

function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allFiles(path);
    return /\.(js|css)$/.test(name) ? [path] : [];
  });
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
const sum = (rows: Row[], key: 'raw' | 'gzip' | 'brotli') => rows.reduce((total, row) => total + row[key], 0);

function table(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(48)}${'raw'.padStart(7)}${'gzip'.padStart(7)}${'brotli'.padStart(7)}  (KB)`);
  for (const row of rows.sort((a, b) => b.brotli - a.brotli)) {
    console.log(`${row.file.padEnd(48)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}`);
  }
  console.log(`${'total'.padEnd(48)}${kb(sum(rows, 'raw'))}${kb(sum(rows, 'gzip'))}${kb(sum(rows, 'brotli'))}`);
}

const first = closure(ENTRY);
const firstRows = first.map(measure);
const laterRows = allFiles(CDN).filter((f) => !first.includes(f)).map(measure);
table('First step of the birth wizard (entry + static imports)', firstRows);
table('Loaded later, on demand or when idle', laterRows);

/** Prints one line of the verdict and fails the run when `rows` are over `budget` KB brotli. */
function verdict(title: string, rows: Row[], budget: number): void {
  const brotliKb = sum(rows, 'brotli') / 1024;
  const within = brotliKb <= budget ? 'within' : 'OVER';
  console.log(`${title}: ${(sum(rows, 'gzip') / 1024).toFixed(1)} KB gzip, ${brotliKb.toFixed(1)} KB brotli — ${within} the ${budget} KB brotli budget.`);
  if (brotliKb > budget) process.exitCode = 1;
}

/** The chunk whose source map lists `source` (a path from the repository root). */
function chunkOf(source: string): string {
  const chunk = allFiles(CDN).find((file) => {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    return map.sources.some((path) => resolve(dirname(file), path) === join(ROOT, source));
  });
  if (!chunk) throw new Error(`No chunk holds ${source}: was the build run?`);
  return chunk;
}

const deathChunks = DEATH_FIRST_STEP.flatMap((source) => closure(chunkOf(source)));
const deathRows = [...new Set([...first, ...deathChunks])].map(measure);
table('First step of the death wizard (the above, and the death bundle with its Vietnamese words)', deathRows);

console.log('');
verdict('First step', firstRows, BUDGET_KB);
verdict('First step of the death wizard', deathRows, DEATH_BUDGET_KB);
