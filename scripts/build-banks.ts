/**
 * Builds `src/data/banks.ts`, the banks (and other payment accounts) a family can be paid into, from the shared
 * VietQR bank list (`../shared/data/banks/vietqr-banks.json`, see its SOURCE.md): the only place that reads it.
 * The package never does, neither at build nor at run time: it imports the generated, committed module.
 *
 *   npx tsx scripts/build-banks.ts
 *
 * Keeps, per entry, the NAPAS BIN, VietQR code, short name, full Vietnamese name, SWIFT/BIC and a kind (bank,
 * e-wallet, finance company); drops the rest (VietQR's internal id and support flags, the duplicate
 * `short_name`, and the remote logo URLs, which a government portal must not hot-link). Applies the corrections
 * below, each checked against the source value so that a changed input stops the script instead of being
 * overwritten silently, and writes every change into the module's header.
 *
 * Deterministic: the same input gives byte-identical output (entries sorted by short name, then BIN; no dates,
 * no paths of this machine). Checks the data while it reads (65 entries, 6-digit unique BINs, well-formed
 * Vietnamese BICs, NFC text) and stops on the first inconsistency. Prints what it changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MIT_PERMISSION } from './mit-licence.js';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIR = resolve(ROOT, '../shared/data/banks');
const SOURCE_FILE = 'vietqr-banks.json';
const OUT = join(ROOT, 'src/data/banks.ts');

// ---------------------------------------------------------------------------------------------------------
// Provenance and licence (from SOURCE.md)

const REPOSITORY = 'ndanhkhoi/vietnam-bank-qr-mcp';
const COMMIT = 'eef721a9503ed667dcac7c8934e536465896472f';
const PATH = 'mcp-server/banks.json';
/** The git blob of the copied file (SOURCE.md): checked, so the header never names a file it was not built from. */
const BLOB = '24407dea32e9877663558e25e130c0fc6a2be536';
const EXPECTED_COUNT = 65;


// ---------------------------------------------------------------------------------------------------------
// Decisions about the data

type Kind = 'bank' | 'wallet' | 'finance';
type Field = 'shortName' | 'name' | 'swift';

/**
 * Corrections, each checked against the source value (`from`; `null` = no value). `to: null` removes the value.
 */
const CORRECTIONS: ReadonlyArray<{ bin: string; field: Field; from: string | null; to: string | null; why: string }> = [
  {
    bin: '970414',
    field: 'swift',
    from: 'OCBKUS3M',
    to: null,
    why:
      'MBV (formerly OceanBank): OCBKUS3M has the country code US, a United States institution\'s BIC, not a ' +
      'Vietnamese bank\'s; dropped, not replaced, as no source at hand confirms MBV\'s own BIC',
  },
  {
    bin: '970454',
    field: 'shortName',
    from: 'VietCapitalBank',
    to: 'BVBank',
    why:
      'Viet Capital Bank has renamed itself BVBank (Ngân hàng TMCP Bản Việt); the vietnam-qr-pay package ' +
      '(MIT) uses "BVBank" too. Code VCCB, BIN and BIC VCBCVNVX unchanged',
  },
];

/**
 * Values checked and kept on purpose (a quirk SOURCE.md names that is not an error), with the reason.
 */
const KEPT: ReadonlyArray<{ bin: string; field: Field; value: string; why: string }> = [
  {
    bin: '970406',
    field: 'swift',
    value: 'EACBVNVX',
    why:
      'Vikki is DongA Bank renamed (2025), the same legal entity, not a new bank: it kept DongA\'s NAPAS BIN ' +
      '970406, and a BIC belongs to the institution, not to its brand. Other renamed banks in this list kept ' +
      'theirs too (LPBank LVBKVNVX from LienVietPostBank, BVBank VCBCVNVX from Viet Capital Bank). Whoever ' +
      'types DongA\'s BIC means this bank',
  },
  {
    bin: '970454',
    field: 'name',
    value: 'Ngân hàng TMCP Bản Việt',
    why: 'BVBank\'s full name is already the current one',
  },
];

/** Entries that are not banks; every other entry is a bank (checked: each BIN listed here must exist). */
const KINDS: Readonly<Record<string, { kind: Exclude<Kind, 'bank'>; shortName: string }>> = {
  '971025': { kind: 'wallet', shortName: 'MoMo' },
  '971005': { kind: 'wallet', shortName: 'ViettelMoney' },
  '971011': { kind: 'wallet', shortName: 'VNPTMoney' },
  '977777': { kind: 'finance', shortName: 'MAFC' },
};

/** Entries that must be present: the popular banks the seed complaint missed, and VBSP (social payouts). */
const REQUIRED: Readonly<Record<string, string>> = {
  '970436': 'Vietcombank',
  '970407': 'Techcombank',
  '970405': 'Agribank',
  '999888': 'VBSP',
};

/**
 * The banks shown first when nothing is typed, in this order. The four state-owned commercial banks first:
 * they have the widest branch networks (Agribank's reaches almost every rural commune, where many of the
 * families this allowance reaches live, and pays many social benefits), then six of the largest joint-stock
 * banks by retail customers. Ten, so that the list fits a phone's screen with the most likely choices and no
 * scrolling; every other bank is one or two keystrokes away.
 */
const MOST_USED: ReadonlyArray<readonly [string, string]> = [
  ['970405', 'Agribank'],
  ['970436', 'Vietcombank'],
  ['970415', 'VietinBank'],
  ['970418', 'BIDV'],
  ['970422', 'MBBank'],
  ['970407', 'Techcombank'],
  ['970432', 'VPBank'],
  ['970416', 'ACB'],
  ['970403', 'Sacombank'],
  ['970423', 'TPBank'],
];

// ---------------------------------------------------------------------------------------------------------
// Reading and checking

interface Bank {
  bin: string;
  code: string;
  shortName: string;
  name: string;
  swift?: string;
  kind: Kind;
}

function fail(message: string): never {
  throw new Error(`build-banks: ${message}`);
}

/** A Vietnamese BIC: bank code (4 letters), country VN, location (2), optional branch (3). */
const VN_BIC = /^[A-Z]{4}VN[A-Z0-9]{2}([A-Z0-9]{3})?$/;

const bytes = readFileSync(join(SOURCE_DIR, SOURCE_FILE));
const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
if (blob !== BLOB) fail(`${SOURCE_FILE} is git blob ${blob}, not ${BLOB} (SOURCE.md): update the provenance here`);
const sha256 = createHash('sha256').update(bytes).digest('hex');

const raw = JSON.parse(bytes.toString('utf8')) as { data?: unknown };
if (!Array.isArray(raw.data)) fail(`${SOURCE_FILE}: no "data" array`);
if (raw.data.length !== EXPECTED_COUNT) fail(`${SOURCE_FILE}: ${raw.data.length} entries, expected ${EXPECTED_COUNT}`);

const changes: string[] = [];
/** Fields whose text was composed to NFC, and fields whose white space was cleaned: `<BIN> <field>`. */
const composed: string[] = [];
const spaced: string[] = [];

/** A text field: a string, NFC, trimmed, single spaces; any cleaning is recorded as a change. */
function text(entry: Record<string, unknown>, field: string, bin: string): string {
  const value = entry[field];
  if (typeof value !== 'string' || value.trim() === '') fail(`${bin}: ${field} is not a non-empty string`);
  const nfc = value.normalize('NFC');
  if (nfc !== value) {
    composed.push(`${bin} ${field}`);
    changes.push(`${bin} ${field}: composed to NFC (${value.length - nfc.length} combining tone marks) "${nfc}"`);
  }
  const clean = nfc.replace(/\s+/g, ' ').trim();
  if (clean !== nfc) {
    spaced.push(`${bin} ${field}`);
    changes.push(`${bin} ${field}: white space cleaned ${JSON.stringify(nfc)} → ${JSON.stringify(clean)}`);
  }
  return clean;
}

const banks = new Map<string, Bank>();
for (const item of raw.data as unknown[]) {
  if (item === null || typeof item !== 'object') fail('an entry is not an object');
  const entry = item as Record<string, unknown>;
  const bin = entry['bin'];
  if (typeof bin !== 'string' || !/^\d{6}$/.test(bin)) fail(`BIN ${JSON.stringify(bin)} is not 6 digits`);
  if (banks.has(bin)) fail(`BIN ${bin} appears twice`);
  const shortName = text(entry, 'shortName', bin);
  if (entry['short_name'] !== entry['shortName']) fail(`${bin}: shortName and short_name differ`);
  const swift = entry['swift_code'];
  if (swift !== null && typeof swift !== 'string') fail(`${bin}: swift_code is neither a string nor null`);
  const bank: Bank = { bin, code: text(entry, 'code', bin), shortName, name: text(entry, 'name', bin), kind: 'bank' };
  if (swift !== null) bank.swift = swift;
  banks.set(bin, bank);
}

// Corrections, then the values kept on purpose, each against the source value.
const get = (bank: Bank, field: Field): string | null => bank[field] ?? null;
const applied: string[] = [];
for (const c of CORRECTIONS) {
  const bank = banks.get(c.bin) ?? fail(`correction for ${c.bin}: no such BIN`);
  const value = get(bank, c.field);
  if (value !== c.from) fail(`correction for ${c.bin} ${c.field}: source has ${JSON.stringify(value)}, not ${JSON.stringify(c.from)}`);
  if (c.to === null) delete bank[c.field as 'swift'];
  else bank[c.field] = c.to;
  const line = `${c.bin} ${c.field}: ${JSON.stringify(c.from)} → ${c.to === null ? 'removed' : JSON.stringify(c.to)}. ${c.why}.`;
  applied.push(line);
  changes.push(line);
}
const kept: string[] = [];
for (const k of KEPT) {
  const bank = banks.get(k.bin) ?? fail(`kept value for ${k.bin}: no such BIN`);
  if (get(bank, k.field) !== k.value) fail(`kept value for ${k.bin} ${k.field}: source has ${JSON.stringify(get(bank, k.field))}, not ${JSON.stringify(k.value)}`);
  kept.push(`${k.bin} ${k.field} ${JSON.stringify(k.value)} kept: ${k.why}.`);
}
for (const [bin, { kind, shortName }] of Object.entries(KINDS)) {
  const bank = banks.get(bin) ?? fail(`kind for ${bin}: no such BIN`);
  if (bank.shortName !== shortName) fail(`kind for ${bin}: short name is ${bank.shortName}, not ${shortName}`);
  bank.kind = kind;
  changes.push(`${bin} kind: ${kind} (${shortName})`);
}
for (const [bin, shortName] of [...Object.entries(REQUIRED), ...MOST_USED]) {
  if (banks.get(bin)?.shortName !== shortName) fail(`${bin} should be ${shortName}, is ${banks.get(bin)?.shortName ?? 'missing'}`);
}
if (new Set(MOST_USED.map(([bin]) => bin)).size !== MOST_USED.length) fail('a most-used BIN appears twice');
for (const bank of banks.values()) {
  if (bank.swift !== undefined && !VN_BIC.test(bank.swift)) fail(`${bank.bin} ${bank.shortName}: ${bank.swift} is not a Vietnamese BIC`);
  for (const value of Object.values(bank)) if (/https?:|\/\//.test(value)) fail(`${bank.bin}: a URL in ${value}`);
}

const byShortName = (a: Bank, b: Bank): number => {
  const x = a.shortName.toLowerCase();
  const y = b.shortName.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.bin < b.bin ? -1 : a.bin > b.bin ? 1 : 0;
};
const sorted = [...banks.values()].sort(byShortName);

// ---------------------------------------------------------------------------------------------------------
// Writing

/**
 * Lines of at most `width` characters (breaking at spaces): the first prefixed with `indent`, the next ones with
 * `hanging` (default: the same).
 */
function wrap(line: string, indent = '', width = 110, hanging = indent): string[] {
  const lines: string[] = [];
  let current = '';
  let prefix = indent;
  for (const word of line.split(' ')) {
    if (current !== '' && prefix.length + current.length + 1 + word.length > width) {
      lines.push(prefix + current);
      current = word;
      prefix = hanging;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  return [...lines, prefix + current];
}

/** A list item of the header: `- text`, continuation lines aligned under the text. */
const item = (line: string): string[] => wrap(`- ${line}`, '  ', 110, '    ');

const block = (open: string, lines: string[]) =>
  `${open}\n${lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */\n`;

const legal = [
  ...wrap(
    `Banks and other payment accounts of Vietnam (${sorted.length} entries: NAPAS BIN, VietQR code, names, SWIFT/BIC).`,
  ),
  '',
  'Bank data: VietQR (the public VietQR bank list, api.vietqr.io/v2/banks), as snapshotted by',
  `${REPOSITORY}, whose README gives its licence as MIT. The repository has no LICENSE file and`,
  'names no copyright holder; the MIT permission notice follows.',
  '',
  'MIT License',
  '',
  ...MIT_PERMISSION.split('\n'),
];
const provenance = [
  'Source (../shared/data/banks, see its SOURCE.md):',
  `  GitHub ${REPOSITORY}, commit ${COMMIT},`,
  `  ${PATH}, git blob ${BLOB} (copied as ${SOURCE_FILE}).`,
  `  SHA-256 ${sha256}.`,
  '',
  'Changed from the source:',
  ...applied.flatMap(item),
  ...item(
    `kind: ${Object.entries(KINDS).map(([bin, k]) => `${k.shortName} (${bin}) ${k.kind}`).join(', ')}; ` +
      'every other entry is a bank (VBSP, 999888, Ngân hàng Chính sách Xã hội, kept: it pays social benefits).',
  ),
  ...item(
    `Text composed to NFC: ${composed.length} fields wrote their tone marks as separate combining characters ` +
      `(${composed.join(', ')}), so they neither displayed nor compared like the same text typed; white space ` +
      `trimmed in ${spaced.length} (${spaced.join(', ')}).`,
  ),
  ...item(
    'Dropped: the logo URLs (no remote resources: a portal self-hosts logos or shows none), VietQR\'s id, ' +
      'support levels and transfer/lookup flags, the duplicate short_name.',
  ),
  '',
  'Checked and kept:',
  ...kept.flatMap(item),
];

const entry = (bank: Bank): string => {
  const swift = bank.swift === undefined ? '' : ` swift: ${JSON.stringify(bank.swift)},`;
  return (
    `  { bin: ${JSON.stringify(bank.bin)}, code: ${JSON.stringify(bank.code)}, shortName: ${JSON.stringify(bank.shortName)}, ` +
    `name: ${JSON.stringify(bank.name)},${swift} kind: ${JSON.stringify(bank.kind)} },`
  );
};

const mostUsedComment = [
  'The banks a picker shows first when nothing is typed, most likely first (then the rest of {@link BANKS}).',
  'The four state-owned commercial banks (Agribank, Vietcombank, VietinBank, BIDV): the widest branch networks,',
  'Agribank\'s reaching almost every rural commune, where many families this allowance reaches live. Then six of',
  'the largest joint-stock banks by retail customers (MBBank, Techcombank, VPBank, ACB, Sacombank, TPBank). Ten,',
  'so that the first screen of a phone holds the likely choices; any other bank is a keystroke or two away.',
];

const module =
  '// GENERATED by scripts/build-banks.ts from ../shared/data/banks: do not edit; run\n' +
  '// `npx tsx scripts/build-banks.ts` instead.\n' +
  block('/*!', legal) +
  block('/**', provenance) +
  `
/** A bank, e-wallet or finance company that receives NAPAS transfers, as the VietQR bank list names it. */
export interface Bank {
  /** NAPAS BIN, 6 digits (\`970436\`): the acquirer id of VietQR payloads; what a dossier stores. */
  bin: string;
  /** VietQR bank code (\`VCB\`). */
  code: string;
  /** Short display name (\`Vietcombank\`). */
  shortName: string;
  /** Full Vietnamese name ("Ngân hàng TMCP Ngoại Thương Việt Nam"). */
  name: string;
  /** SWIFT/BIC (\`BFTVVNVX\`); none for digital sub-brands, e-wallets and some foreign branches. */
  swift?: string;
  /** \`bank\`, \`wallet\` (an e-wallet: MoMo, ViettelMoney, VNPTMoney) or \`finance\` (a finance company: MAFC). */
  kind: 'bank' | 'wallet' | 'finance';
}

/** Every entry of the list (${sorted.length}), sorted by short name (case-insensitive), then BIN. */
export const BANKS: readonly Bank[] = [
${sorted.map(entry).join('\n')}
];

/**
${mostUsedComment.map((line) => ` * ${line}`).join('\n')}
 */
export const MOST_USED_BINS: readonly string[] = [${MOST_USED.map(([bin]) => JSON.stringify(bin)).join(', ')}];

let byBin: Map<string, Bank> | undefined;

/** The entry with this NAPAS BIN, or \`undefined\`. */
export function bankByBin(bin: string): Bank | undefined {
  if (typeof bin !== 'string') return undefined;
  byBin ??= new Map(BANKS.map((bank) => [bank.bin, bank]));
  return byBin.get(bin);
}
`;

writeFileSync(OUT, module);
// The bank list's own notice file: src/data/NOTICE.md belongs to the administrative-unit script, which
// rewrites it.
writeFileSync(
  join(ROOT, 'src/data/NOTICE-banks.md'),
  `# Notice: the bank list (\`src/data/banks.ts\`)

Bank data: VietQR, via the snapshot in \`${REPOSITORY}\` (commit \`${COMMIT}\`, \`${PATH}\`), whose README states
the MIT License. The module's header lists every change made to the data.
`,
);

console.log(`${SOURCE_FILE}: git blob ${blob}, ${raw.data.length} entries, ${sorted.length} written`);
console.log(`changes (${changes.length}):${changes.map((line) => `\n  ${line}`).join('')}`);
console.log(`kept on purpose:${kept.map((line) => `\n  ${line}`).join('')}`);
console.log(`most used: ${MOST_USED.map(([bin, name]) => `${name} (${bin})`).join(', ')}`);
console.log('wrote src/data/banks.ts');
