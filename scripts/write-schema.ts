/**
 * Writes `dist/dossier.schema.json`, the published JSON Schema of every dossier the library submits (the
 * package exports it as `lienthong/dossier.schema.json`), so a back office in any language can check what it
 * receives. It is derived from the bundle definitions, like everything else, and writes nothing else.
 *
 * One file for all bundles: each bundle's schema sits under `$defs/<bundle>` and the root accepts exactly one
 * of them (`bundle` is a constant in each, so they never overlap). Run by `npm run build` after `vite build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { allBundles } from '../src/bundles/all.js';
import { dossierJsonSchema } from '../src/core/engine/json-schema.js';
import { DOSSIER_FORMAT } from '../src/core/engine/model.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist/dossier.schema.json');

/** A URN rather than a URL: the schema ships in the package, and no server has to answer for an address. */
const ID = `urn:${DOSSIER_FORMAT.replace(/[./]/g, ':')}`;

const $defs: Record<string, Record<string, unknown>> = {};
for (const [name, bundle] of Object.entries(allBundles)) {
  const { $schema: _dialect, ...schema } = dossierJsonSchema(bundle);
  // Its own `$id` makes each bundle's schema a resource of its own, so any `#/…` reference the generator
  // writes inside it still resolves there rather than against this file's root.
  $defs[name] = { $id: `${ID}:${name}`, title: `Dossier of the ${name} bundle`, ...schema };
}

const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: ID,
  title: `lienthong dossier (${DOSSIER_FORMAT})`,
  description:
    'One filing of an interconnected procedure bundle: the procedures asked for, the shared facts once, one section ' +
    'per procedure for its agency, the documents per slot and the facts to be provided later. Completeness depends ' +
    'on the answers and is checked when filing; this schema checks the form of whatever is present.',
  oneOf: Object.keys($defs).map((name) => ({ $ref: `#/$defs/${name}` })),
  $defs,
};

const text = `${JSON.stringify(document, null, 2)}\n`;
// Fail the build rather than publish something a back office cannot read.
JSON.parse(text);
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeFileSync(OUT, text);
console.log(`${relative(ROOT, OUT)}: ${Object.keys($defs).join(', ')} (${(text.length / 1024).toFixed(1)} KB)`);
