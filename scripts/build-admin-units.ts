/**
 * Builds the administrative-unit modules from the shared data set (`../shared/data/admin-units`, see its
 * SOURCE.md): the only place that reads `../shared`. The package itself never does, neither at build nor at
 * run time: it imports the generated, committed modules.
 *
 *   npx tsx scripts/build-admin-units.ts
 *
 * writes
 * - `src/data/admin-units-2025.ts`: the units in force since 1 July 2025 (34 provinces and cities, 3,321
 *   communes, wards and special zones), from the 2025-07-01 data, official spelling;
 * - `src/data/admin-units-pre2025.ts`: the units before the reform (63 provinces, 696 districts, 10,035
 *   communes) and the old → new mapping;
 * - `src/data/NOTICE.md`: the MIT notices of the two upstream repositories.
 *
 * Deterministic: the same input gives byte-identical output (rows sorted by code, no dates, no paths of this
 * machine). Checks the data while it reads (references, unique codes, names that round-trip through the
 * encoding) and stops on the first inconsistency. Prints counts.
 *
 * Encoding (decoded by the generated modules at load): one string per province. Its first row is the province
 * itself, `<kind letter><code><name>`; the next rows are its units, separated by `|`, each
 * `<code delta><kind letter><name>`: the code is the previous row's code plus the decimal delta (the first row
 * of a group counts from 0), so codes are stored as 1–2 digits instead of 5. The full name is rebuilt from the
 * kind ("Phường" + " " + name), which holds for every row (checked here). Names may start with a digit
 * ("Phường 2 Bảo Lộc"): the kind letter ends the delta. The pre-reform module adds districts (`#` before each)
 * and, after each old commune's name, its successors: `>` (whole unit) or `%` (part of it) followed by the new
 * code minus the old one (signed decimal; nothing when the new unit kept the old code).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MIT_PERMISSION } from './mit-licence.js';

const ROOT = resolve(import.meta.dirname, '..');
/** The shared data set, beside the repository. */
const SOURCE = resolve(ROOT, '../shared/data/admin-units');
const COMPACT = join(SOURCE, 'compact');
const OUT = join(ROOT, 'src/data');

// ---------------------------------------------------------------------------------------------------------
// Provenance and licences (from SOURCE.md)

const UPSTREAM_2025 =
  'thanglequoc/vietnamese-provinces-database, tag v3.0.2, commit 78594ea643d5fdebd640ea3889ea91f84b9463ae ' +
  '(2025-07-29), json/full_json_generated_data_vn_units.json (copied as vn-units-2025-07-01.full.json).';
const UPSTREAM_PRE2025 =
  'thanglequoc/vietnamese-provinces-database, commit e8c5f8000e2bed69e284ba67ae474160bbaea23f (2025-07-12, ' +
  'data up to Resolution 1365/NQ-UBTVQH15, effective 2025-03-01), ' +
  'json/simplified_json_generated_data_vn_units_minified.json (copied as vn-units-pre-2025-07.simplified.min.json).';
const UPSTREAM_MAPPING =
  'dvhcvn/20250701, commit dd94887ce32324380bc5bb0a76fe39867dafc73b (2025-07-12), mapping/splits.json and ' +
  'mapping/merges.json (copied as mapping-old-to-new.splits.json and mapping-new-to-old.merges.json).';


const NOTICES = [
  { repository: 'thanglequoc/vietnamese-provinces-database', copyright: 'Copyright (c) 2021 Thang Le Quoc' },
  { repository: 'dvhcvn/20250701', copyright: 'Copyright (c) 2025 dvhcvn' },
];

// ---------------------------------------------------------------------------------------------------------
// Decisions about the data

/**
 * Corrections applied to the 2025-07-01 names, each checked against the source value so that a changed input
 * stops the script instead of being overwritten silently.
 */
const CORRECTIONS_2025: ReadonlyArray<{ code: string; from: string; to: string; why: string }> = [
  {
    code: '00745',
    from: 'Phó Bảng',
    to: 'Phố Bảng',
    why: 'GSO list 1027/CTK-CSCL (25/06/2025) and the upstream data of 2026-07-25 both write "Phố Bảng"',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Reading

type Row = Record<string, string>;

function fail(message: string): never {
  throw new Error(`build-admin-units: ${message}`);
}

const inputs: Array<{ file: string; sha256: string }> = [];

/** A compact CSV (UTF-8, LF, header row, no quoted fields: checked), as rows keyed by the header. */
function readCsv(file: string, columns: readonly string[]): Row[] {
  const text = readFileSync(join(COMPACT, file), 'utf8');
  inputs.push({ file: `compact/${file}`, sha256: createHash('sha256').update(text).digest('hex') });
  if (text.includes('"') || text.includes('\r')) fail(`${file}: quoted fields or CR line ends are not expected`);
  const [header, ...lines] = text.replace(/\n$/, '').split('\n');
  if (header !== columns.join(',')) fail(`${file}: header ${header} is not ${columns.join(',')}`);
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) fail(`${file}:${i + 2}: ${cells.length} cells, expected ${columns.length}`);
    return Object.fromEntries(columns.map((column, c) => [column, cells[c]!]));
  });
}

/** `kinds` maps the source's unit type ("Phường") to the letter stored and the kind exported. */
interface KindTable {
  [label: string]: { letter: string; kind: string };
}

const PROVINCE_KINDS: KindTable = { 'Tỉnh': { letter: 't', kind: 'tinh' }, 'Thành phố': { letter: 'c', kind: 'thanh-pho' } };
const COMMUNE_KINDS: KindTable = {
  'Phường': { letter: 'p', kind: 'phuong' },
  'Xã': { letter: 'x', kind: 'xa' },
  'Đặc khu': { letter: 'd', kind: 'dac-khu' },
};
const OLD_DISTRICT_KINDS: KindTable = {
  'Quận': { letter: 'q', kind: 'quan' },
  'Huyện': { letter: 'h', kind: 'huyen' },
  'Thị xã': { letter: 'x', kind: 'thi-xa' },
  'Thành phố': { letter: 'c', kind: 'thanh-pho' },
};
const OLD_COMMUNE_KINDS: KindTable = {
  'Phường': { letter: 'p', kind: 'phuong' },
  'Xã': { letter: 'x', kind: 'xa' },
  'Thị trấn': { letter: 't', kind: 'thi-tran' },
};

/** The kind type of a generated module: \`'tinh' | 'thanh-pho'\`. */
const kindUnion = (table: KindTable) => Object.values(table).map((k) => `'${k.kind}'`).join(' | ');

/** The decoding tables of a generated module, from the same table the encoder used: letter → kind, letter → label. */
function decodingTables(prefix: string, type: string, table: KindTable): string {
  const letters = new Set(Object.values(table).map((k) => k.letter));
  if (letters.size !== Object.keys(table).length) fail(`${prefix}: two kinds share a letter`);
  const kinds = Object.values(table).map((k) => `${k.letter}: '${k.kind}'`).join(', ');
  const labels = Object.entries(table).map(([label, k]) => `${k.letter}: '${label} '`).join(', ');
  return (
    `const ${prefix}_KINDS: Readonly<Record<string, ${type}>> = { ${kinds} };\n` +
    `const ${prefix}_LABELS: Readonly<Record<string, string>> = { ${labels} };`
  );
}

interface Unit {
  code: string;
  name: string;
  /** The label of its kind ("Phường"). */
  label: string;
  letter: string;
}

/** Splits a full name into kind label and name, checking that label + ' ' + name gives it back. */
function unit(where: string, code: string, name: string, fullName: string, kinds: KindTable, width: number, type?: string): Unit {
  if (!new RegExp(`^\\d{${width}}$`).test(code)) fail(`${where}: code ${JSON.stringify(code)} is not ${width} digits`);
  const label = type ?? Object.keys(kinds).find((candidate) => fullName === `${candidate} ${name}`);
  if (label === undefined || kinds[label] === undefined) fail(`${where} ${code}: no known kind in ${JSON.stringify(fullName)}`);
  if (fullName !== `${label} ${name}`) fail(`${where} ${code}: ${JSON.stringify(fullName)} is not "${label} ${name}"`);
  if (name !== name.normalize('NFC') || name !== name.trim() || /\s{2}|[|#>%]/.test(name) || name === '') {
    fail(`${where} ${code}: name ${JSON.stringify(name)} is empty, not NFC, badly spaced or holds a separator`);
  }
  return { code, name, label, letter: kinds[label]!.letter };
}

function uniqueIndex<T extends { code: string }>(where: string, items: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    if (index.has(item.code)) fail(`${where}: code ${item.code} appears twice`);
    index.set(item.code, item);
  }
  return index;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// ---------------------------------------------------------------------------------------------------------
// After the reform

const provinces2025 = readCsv('provinces-2025.csv', ['code', 'name', 'full_name', 'unit_type', 'name_en'])
  .map((r) => unit('provinces-2025.csv', r['code']!, r['name']!, r['full_name']!, PROVINCE_KINDS, 2, r['unit_type']))
  .sort(byCode);
const provinceIndex2025 = uniqueIndex('provinces-2025.csv', provinces2025);

const corrections = new Map(CORRECTIONS_2025.map((c) => [c.code, c]));
const applied: string[] = [];
const communes2025 = readCsv('wards-2025.csv', ['code', 'province_code', 'name', 'full_name', 'unit_type', 'name_en'])
  .map((r) => {
    let { name, full_name: fullName } = r as { name: string; full_name: string };
    const correction = corrections.get(r['code']!);
    if (correction) {
      if (name !== correction.from) fail(`correction ${correction.code}: source has ${name}, not ${correction.from}`);
      name = correction.to;
      fullName = `${r['unit_type']} ${name}`;
      applied.push(`${correction.code} ${correction.from} → ${correction.to}`);
    }
    if (!provinceIndex2025.has(r['province_code']!)) fail(`wards-2025.csv ${r['code']}: unknown province ${r['province_code']}`);
    return { ...unit('wards-2025.csv', r['code']!, name, fullName, COMMUNE_KINDS, 5, r['unit_type']), provinceCode: r['province_code']! };
  })
  .sort(byCode);
const communeIndex2025 = uniqueIndex('wards-2025.csv', communes2025);
if (applied.length !== CORRECTIONS_2025.length) fail('a correction found no row');

/** `<delta><letter><name>` rows of `units` (sorted by code), the delta counted from the previous row, or 0. */
function rows<T extends Unit>(units: readonly T[], suffix: (unit: T) => string = () => ''): string {
  let previous = 0;
  return units
    .map((u) => {
      const code = Number(u.code);
      const row = `${code - previous}${u.letter}${u.name}${suffix(u)}`;
      previous = code;
      return row;
    })
    .map((row) => `|${row}`)
    .join('');
}

const blocks2025 = provinces2025.map((p) => {
  const own = communes2025.filter((c) => c.provinceCode === p.code);
  if (own.length === 0) fail(`province ${p.code} has no commune`);
  return `${p.letter}${p.code}${p.name}${rows(own)}`;
});

// ---------------------------------------------------------------------------------------------------------
// Before the reform, and the old → new mapping

const oldProvinces = readCsv('old-provinces-pre2025.csv', ['code', 'name', 'full_name'])
  .map((r) => unit('old-provinces-pre2025.csv', r['code']!, r['name']!, r['full_name']!, PROVINCE_KINDS, 2))
  .sort(byCode);
const oldProvinceIndex = uniqueIndex('old-provinces-pre2025.csv', oldProvinces);

const oldDistricts = readCsv('old-districts-pre2025.csv', ['code', 'province_code', 'name', 'full_name'])
  .map((r) => {
    if (!oldProvinceIndex.has(r['province_code']!)) fail(`old district ${r['code']}: unknown province ${r['province_code']}`);
    return { ...unit('old-districts-pre2025.csv', r['code']!, r['name']!, r['full_name']!, OLD_DISTRICT_KINDS, 3), provinceCode: r['province_code']! };
  })
  .sort(byCode);
const oldDistrictIndex = uniqueIndex('old-districts-pre2025.csv', oldDistricts);

const oldCommunes = readCsv('old-wards-pre2025.csv', ['code', 'district_code', 'province_code', 'name', 'full_name'])
  .map((r) => {
    const district = oldDistrictIndex.get(r['district_code']!);
    if (district === undefined) fail(`old commune ${r['code']}: unknown district ${r['district_code']}`);
    if (district.provinceCode !== r['province_code']) fail(`old commune ${r['code']}: district ${district.code} is not in province ${r['province_code']}`);
    return {
      ...unit('old-wards-pre2025.csv', r['code']!, r['name']!, r['full_name']!, OLD_COMMUNE_KINDS, 5),
      districtCode: district.code,
      provinceCode: district.provinceCode,
    };
  })
  .sort(byCode);
const oldCommuneIndex = uniqueIndex('old-wards-pre2025.csv', oldCommunes);

const provinceMapping = new Map<string, string>();
for (const r of readCsv('old-to-new-provinces.csv', ['old_province_code', 'old_province_name', 'new_province_code', 'new_province_name'])) {
  const oldCode = r['old_province_code']!;
  const newCode = r['new_province_code']!;
  if (!oldProvinceIndex.has(oldCode)) fail(`old-to-new-provinces.csv: unknown old province ${oldCode}`);
  if (!provinceIndex2025.has(newCode)) fail(`old-to-new-provinces.csv: unknown new province ${newCode}`);
  if (provinceMapping.has(oldCode)) fail(`old-to-new-provinces.csv: old province ${oldCode} twice`);
  provinceMapping.set(oldCode, newCode);
}
for (const p of oldProvinces) if (!provinceMapping.has(p.code)) fail(`old province ${p.code} has no new province`);

interface Link {
  code: string;
  coverage: 'full' | 'partial';
}
/** Successors of old communes (5-digit keys) and of the old island districts without communes (3-digit keys). */
const successors = new Map<string, Link[]>();
/** Rows of the mapping for old communes missing from the pre-2025 list (see SOURCE.md): left out, reported. */
const unlisted: string[] = [];
/** Old units whose new commune lies outside the province their old province became: reported. */
const crossProvince: string[] = [];
const mappingColumns = [
  'old_ward_code', 'old_ward_name', 'old_district_code', 'old_province_code',
  'new_ward_code', 'new_ward_name', 'new_province_code', 'coverage',
];
for (const r of readCsv('old-to-new-wards.csv', mappingColumns)) {
  const coverage = r['coverage'];
  if (coverage !== 'full' && coverage !== 'partial') fail(`old-to-new-wards.csv: coverage ${coverage}`);
  const target = communeIndex2025.get(r['new_ward_code']!);
  if (target === undefined) fail(`old-to-new-wards.csv: unknown new commune ${r['new_ward_code']}`);
  if (target.provinceCode !== r['new_province_code']) fail(`old-to-new-wards.csv: ${target.code} is not in ${r['new_province_code']}`);
  let key: string;
  if (r['old_ward_code'] === '') {
    // An old island district without communes, which became a special zone as a whole.
    const district = oldDistrictIndex.get(r['old_district_code']!);
    if (district === undefined) fail(`old-to-new-wards.csv: unknown old district ${r['old_district_code']}`);
    if (oldCommunes.some((c) => c.districtCode === district.code)) fail(`old district ${district.code} has communes of its own`);
    key = district.code;
  } else if (oldCommuneIndex.has(r['old_ward_code']!)) {
    key = r['old_ward_code']!;
  } else {
    unlisted.push(`${r['old_ward_code']} ${r['old_ward_name']} (${r['old_province_code']}) → ${target.code} ${target.label} ${target.name}`);
    continue;
  }
  const oldProvince = key.length === 3 ? oldDistrictIndex.get(key)!.provinceCode : oldCommuneIndex.get(key)!.provinceCode;
  if (provinceMapping.get(oldProvince) !== target.provinceCode) {
    crossProvince.push(`${key} (old province ${oldProvince} → ${provinceMapping.get(oldProvince)}) → ${target.code} in ${target.provinceCode}`);
  }
  const links = successors.get(key) ?? [];
  if (links.some((link) => link.code === target.code)) fail(`old-to-new-wards.csv: ${key} → ${target.code} twice`);
  links.push({ code: target.code, coverage });
  successors.set(key, links);
}
for (const c of oldCommunes) if (!successors.has(c.code)) fail(`old commune ${c.code} has no successor`);
const islandDistricts = oldDistricts.filter((d) => !oldCommunes.some((c) => c.districtCode === d.code));
for (const d of islandDistricts) if (!successors.has(d.code)) fail(`old district ${d.code} has neither communes nor successor`);

/**
 * `>delta` / `%delta` per successor, by code: the new code minus `base` (the old commune's own code, whose
 * successor often kept it or a near one; 0 for a district), signed, left out when 0.
 */
function successorsOf(code: string, base: number): string {
  return [...successors.get(code)!]
    .sort(byCode)
    .map((link) => `${link.coverage === 'full' ? '>' : '%'}${Number(link.code) - base || ''}`)
    .join('');
}

const blocksPre2025 = oldProvinces.map((p) => {
  const districts = oldDistricts.filter((d) => d.provinceCode === p.code);
  if (districts.length === 0) fail(`old province ${p.code} has no district`);
  const body = districts.map((d) => {
    const own = oldCommunes.filter((c) => c.districtCode === d.code);
    return `#${d.letter}${d.code}${d.name}${own.length === 0 ? successorsOf(d.code, 0) : ''}${rows(own, (c) => successorsOf(c.code, Number(c.code)))}`;
  });
  return `${p.letter}${p.code}${provinceMapping.get(p.code)}${p.name}${body.join('')}`;
});

// ---------------------------------------------------------------------------------------------------------
// Writing

/** Splits `text` into lines of at most `width` characters, at spaces, each after `indent`. */
function wrap(text: string, indent = '', width = 108): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, indent + line];
}

/**
 * The start of a generated module: a line comment saying so; a legal comment (`/*!`, kept in minified chunks
 * when the bundler keeps legal comments) with the title and the two MIT notices; and a plain comment with the
 * sources and the hashes of the input files, which a minifier may drop.
 */
function header(title: string, sources: string[]): string {
  const legal = [
    ...wrap(title),
    '',
    'The administrative-unit modules use data from thanglequoc/vietnamese-provinces-database and dvhcvn/20250701,',
    'both MIT-licensed; their notices follow (also in src/data/NOTICE.md).',
    ...NOTICES.flatMap((n) => ['', `${n.repository}:`, '', 'MIT License', '', n.copyright, '', ...MIT_PERMISSION.split('\n')]),
  ];
  const provenance = [
    'Source (../shared/data/admin-units, see its SOURCE.md):',
    ...sources.flatMap((source) => wrap(source, '  ')),
    '',
    'Input files (SHA-256):',
    ...inputs.filter((input) => sources.some((s) => s.includes(input.file))).map((i) => `  ${i.file} ${i.sha256}`),
  ];
  const block = (open: string, lines: string[]) =>
    `${open}\n${lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */\n`;
  return (
    '// GENERATED by scripts/build-admin-units.ts from ../shared/data/admin-units: do not edit; run\n' +
    '// `npx tsx scripts/build-admin-units.ts` instead.\n' +
    block('/*!', legal) +
    block('/**', provenance)
  );
}

/** A TypeScript array literal of strings, one per line. */
const literal = (strings: readonly string[]) => `[\n${strings.map((s) => `  ${JSON.stringify(s)},`).join('\n')}\n]`;

/**
 * What both modules share to read a `<delta><letter><name>` row (inlined in each, no import). Written for code
 * that runs once, cold, in the interpreter: native calls (`split`, `parseInt`, `slice`), no destructuring, no
 * per-character loop.
 */
const ROW_DECODER = `/** How many digits \`parseInt\` read for \`n\`: deltas are written without leading zeros, in at most 5 digits. */
const digits = (n: number) => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 5);

const pad = (n: number, width: number) => String(n).padStart(width, '0');`;

const module2025 = `${header('Administrative units of Vietnam in force since 1 July 2025: 34 provinces and centrally-run cities, 3,321 communes, wards and special zones, no district level. Names in the official spelling ("Hòa", "Thủy").', [
  `compact/provinces-2025.csv and compact/wards-2025.csv, derived from vn-units-2025-07-01.full.json: ${UPSTREAM_2025}`,
  'Data of the General Statistics Office (GSO), per Decision 19/2025/QĐ-TTg. 06978 (Xã Ba Chẽ) and 23938 ' +
    '(Xã Ia Mơ) are the GSO codes (the GSO list 1027/CTK-CSCL and the mapping had 06970 and 23737).',
  ...CORRECTIONS_2025.map((c) => `Corrected: ${c.code} "${c.from}" → "${c.to}" (${c.why}).`),
  'Not applied: the 2026 changes to Đồng Nai in the newest upstream data (a centrally-run city, 10 communes ' +
    'becoming wards), not confirmed by another source yet; nor its old-style tone marks ("Hoà").',
])}
/**
 * The codes here are GSO codes of the 2025 reform. Many equal a code of a different pre-2025 unit (\`00004\` was
 * Phường Trúc Bạch and is now Phường Ba Đình), so a stored address records {@link UNITS_SCHEME} with its codes.
 */
export const UNITS_SCHEME = '2025-07';
export type UnitsScheme = typeof UNITS_SCHEME;

export type ProvinceKind = ${kindUnion(PROVINCE_KINDS)};
export type CommuneKind = ${kindUnion(COMMUNE_KINDS)};

/** A province (\`tinh\`) or centrally-run city (\`thanh-pho\`). */
export interface Province {
  /** Two digits, e.g. \`01\`. */
  readonly code: string;
  /** "Hà Nội". */
  readonly name: string;
  /** "Thành phố Hà Nội". */
  readonly fullName: string;
  readonly kind: ProvinceKind;
}

/** A ward (\`phuong\`), commune (\`xa\`) or special zone (\`dac-khu\`). */
export interface Commune {
  /** Five digits, e.g. \`00367\`. */
  readonly code: string;
  readonly provinceCode: string;
  /** "Thanh Xuân". */
  readonly name: string;
  /** "Phường Thanh Xuân". */
  readonly fullName: string;
  readonly kind: CommuneKind;
}

/**
 * One string per province, by code: \`<kind><code><name>\` (kind \`t\` tỉnh, \`c\` thành phố), then its units by
 * code, each \`|<delta><kind><name>\` (kind \`p\` phường, \`x\` xã, \`d\` đặc khu), the code being the previous
 * one plus the delta (the first counted from 0).
 */
const DATA: readonly string[] = ${literal(blocks2025)};

${decodingTables('PROVINCE', 'ProvinceKind', PROVINCE_KINDS)}
${decodingTables('COMMUNE', 'CommuneKind', COMMUNE_KINDS)}

${ROW_DECODER}

const provinceList: Province[] = [];
const communeList: Commune[] = [];
const provinceIndex = new Map<string, Province>();
const communeIndex = new Map<string, Commune>();
const communesByProvince = new Map<string, readonly Commune[]>();
for (const block of DATA) {
  const rows = block.split('|');
  const head = rows[0]!;
  const provinceCode = head.slice(1, 3);
  const provinceName = head.slice(3);
  const province: Province = {
    code: provinceCode,
    name: provinceName,
    fullName: PROVINCE_LABELS[head[0]!] + provinceName,
    kind: PROVINCE_KINDS[head[0]!]!,
  };
  provinceList.push(province);
  provinceIndex.set(provinceCode, province);
  const own: Commune[] = [];
  let code = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const delta = parseInt(row, 10);
    const at = digits(delta);
    code += delta;
    const letter = row[at]!;
    const name = row.slice(at + 1);
    const commune: Commune = { code: pad(code, 5), provinceCode, name, fullName: COMMUNE_LABELS[letter] + name, kind: COMMUNE_KINDS[letter]! };
    own.push(commune);
    communeList.push(commune);
    communeIndex.set(commune.code, commune);
  }
  communesByProvince.set(provinceCode, own);
}

/** The 34 provinces and centrally-run cities, by code. */
export const provinces: readonly Province[] = provinceList;
/** The 3,321 communes, wards and special zones, by province code then code. */
export const communes: readonly Commune[] = communeList;

export function provinceByCode(code: string): Province | undefined {
  return provinceIndex.get(code);
}

/** The communes, wards and special zones of a province, by code; empty for an unknown code. */
export function communesOf(provinceCode: string): readonly Commune[] {
  return communesByProvince.get(provinceCode) ?? [];
}

export function communeByCode(code: string): Commune | undefined {
  return communeIndex.get(code);
}
`;

const modulePre2025 = `${header('Administrative units of Vietnam before the 1 July 2025 reform (63 provinces, 696 districts, 10,035 communes, wards and townships) and what each became.', [
  'compact/old-provinces-pre2025.csv, compact/old-districts-pre2025.csv and compact/old-wards-pre2025.csv, ' +
    `derived from vn-units-pre-2025-07.simplified.min.json: ${UPSTREAM_PRE2025}`,
  `compact/old-to-new-provinces.csv and compact/old-to-new-wards.csv, derived from ${UPSTREAM_MAPPING} ` +
    'The new codes 06970 and 23737 are rewritten to the GSO codes 06978 and 23938; coverage comes from merges.json.',
  'The mapping was extracted from Resolutions 1654–1687/NQ-UBTVQH15 with an LLM, checked by hand and against ' +
    'sapnhap.bando.com.vn: very good, not authoritative. Where an old unit has several (partial) successors, ' +
    'the citizen chooses.',
  `Left out: the mapping's ${unlisted.length} old communes that are not in the pre-2025 list (${unlisted.map((u) => u.slice(0, 5)).join(', ')}; ` +
    'they come from dvhcvn\'s own pre-reform list and were presumably merged into other communes before this ' +
    'list\'s cut-off; no address picked from this list can hold them).',
  `The ${islandDistricts.length} old island districts without communes (${islandDistricts.map((d) => d.name).join(', ')}) ` +
    'map as districts, to the special zones they became: see successorsOfDistrict.',
])}
import { communeByCode } from './admin-units-2025.js';

/**
 * The codes here are pre-2025 GSO codes. Many were reused by the reform for a different unit (\`00004\` was
 * Phường Trúc Bạch and is now Phường Ba Đình), so a stored address records {@link OLD_UNITS_SCHEME} with them.
 */
export const OLD_UNITS_SCHEME = 'pre-2025-07';
export type OldUnitsScheme = typeof OLD_UNITS_SCHEME;

export type OldProvinceKind = ${kindUnion(PROVINCE_KINDS)};
export type OldDistrictKind = ${kindUnion(OLD_DISTRICT_KINDS)};
export type OldCommuneKind = ${kindUnion(OLD_COMMUNE_KINDS)};

export interface OldProvince {
  /** Two digits. */
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: OldProvinceKind;
}

export interface OldDistrict {
  /** Three digits. */
  readonly code: string;
  readonly provinceCode: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: OldDistrictKind;
}

export interface OldCommune {
  /** Five digits. */
  readonly code: string;
  readonly districtCode: string;
  readonly provinceCode: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: OldCommuneKind;
}

/**
 * A unit of the 2025 scheme that (part of) an old unit became. \`full\`: the whole old unit went into it, and it
 * is then the only successor. \`partial\`: only part of it did; the old unit has several successors, and which
 * one an address now belongs to cannot be told from the old unit alone.
 */
export interface Successor {
  /** The code of the new commune, ward or special zone (scheme 2025-07). */
  readonly code: string;
  readonly provinceCode: string;
  readonly coverage: 'full' | 'partial';
}

/**
 * One string per old province, by code: \`<kind><code><new province code><name>\`, then its districts by code,
 * each \`#<kind><code><name>\` (kind \`q\` quận, \`h\` huyện, \`x\` thị xã, \`c\` thành phố), followed by its
 * communes by code, each \`|<delta><kind><name><successors>\` (kind \`p\` phường, \`x\` xã, \`t\` thị trấn; the code
 * is the previous commune's plus the delta, the first in a district counted from 0). Successors: \`>\` (full) or
 * \`%\` (partial), then the new code minus the old commune's (signed; nothing when the new unit kept the old
 * code). A district without communes (the island districts) carries its successors after its name, with the
 * whole new code.
 */
const DATA: readonly string[] = ${literal(blocksPre2025)};

${decodingTables('PROVINCE', 'OldProvinceKind', PROVINCE_KINDS)}
${decodingTables('DISTRICT', 'OldDistrictKind', OLD_DISTRICT_KINDS)}
${decodingTables('COMMUNE', 'OldCommuneKind', OLD_COMMUNE_KINDS)}

${ROW_DECODER}

/** Where the successor marks (\`>\` or \`%\`) start in \`row\`, or its length. */
function marksAt(row: string): number {
  const full = row.indexOf('>');
  const partial = row.indexOf('%');
  return full < 0 ? (partial < 0 ? row.length : partial) : partial < 0 ? full : Math.min(full, partial);
}

/** Decodes \`>delta%delta…\`: each successor's code is \`base\` plus its (signed, possibly empty) delta. */
function readSuccessors(marks: string, base: number): readonly Successor[] {
  const found: Successor[] = [];
  for (let i = 0; i < marks.length; ) {
    const coverage = marks[i] === '>' ? 'full' : 'partial';
    let end = i + 1;
    while (end < marks.length && marks[end] !== '>' && marks[end] !== '%') end++;
    const code = pad(base + Number(marks.slice(i + 1, end)), 5);
    found.push({ code, provinceCode: communeByCode(code)!.provinceCode, coverage });
    i = end;
  }
  return found;
}

const provinceList: OldProvince[] = [];
const districtList: OldDistrict[] = [];
const communeList: OldCommune[] = [];
/** Each old commune's successor marks, by position in \`communeList\`: read on demand by successorsOf. */
const communeMarks: string[] = [];
/** Position in \`communeList\`, by code. */
const communePosition = new Map<string, number>();
const provinceIndex = new Map<string, OldProvince>();
const districtIndex = new Map<string, OldDistrict>();
const newProvinces = new Map<string, string>();
const districtsByProvince = new Map<string, readonly OldDistrict[]>();
const communesByDistrict = new Map<string, readonly OldCommune[]>();
/** The successors of the districts without communes. */
const districtSuccessors = new Map<string, readonly Successor[]>();
for (const block of DATA) {
  const parts = block.split('#');
  const head = parts[0]!;
  const provinceCode = head.slice(1, 3);
  const provinceName = head.slice(5);
  const province: OldProvince = {
    code: provinceCode,
    name: provinceName,
    fullName: PROVINCE_LABELS[head[0]!] + provinceName,
    kind: PROVINCE_KINDS[head[0]!]!,
  };
  provinceList.push(province);
  provinceIndex.set(provinceCode, province);
  newProvinces.set(provinceCode, head.slice(3, 5));
  const districts: OldDistrict[] = [];
  for (let d = 1; d < parts.length; d++) {
    const rows = parts[d]!.split('|');
    const districtHead = rows[0]!;
    const districtCode = districtHead.slice(1, 4);
    const end = marksAt(districtHead);
    const districtName = districtHead.slice(4, end);
    if (end < districtHead.length) districtSuccessors.set(districtCode, readSuccessors(districtHead.slice(end), 0));
    const district: OldDistrict = {
      code: districtCode,
      provinceCode,
      name: districtName,
      fullName: DISTRICT_LABELS[districtHead[0]!] + districtName,
      kind: DISTRICT_KINDS[districtHead[0]!]!,
    };
    districts.push(district);
    districtIndex.set(districtCode, district);
    const own: OldCommune[] = [];
    let code = 0;
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      const delta = parseInt(row, 10);
      const at = digits(delta);
      code += delta;
      const letter = row[at]!;
      const nameEnd = marksAt(row);
      const name = row.slice(at + 1, nameEnd);
      const commune: OldCommune = {
        code: pad(code, 5),
        districtCode,
        provinceCode,
        name,
        fullName: COMMUNE_LABELS[letter] + name,
        kind: COMMUNE_KINDS[letter]!,
      };
      communePosition.set(commune.code, communeList.length);
      communeList.push(commune);
      communeMarks.push(row.slice(nameEnd));
      own.push(commune);
    }
    communesByDistrict.set(districtCode, own);
  }
  districtList.push(...districts);
  districtsByProvince.set(provinceCode, districts);
}
/** successorsOf's answers, by position in \`communeList\`, filled as they are asked for. */
const communeSuccessors: Array<readonly Successor[] | undefined> = [];

/** The 63 pre-2025 provinces and centrally-run cities, by code. */
export const oldProvinces: readonly OldProvince[] = provinceList;
/** The 696 pre-2025 districts, by province code then code. */
export const oldDistricts: readonly OldDistrict[] = districtList;
/** The 10,035 pre-2025 communes, wards and townships, by province code, district code, then code. */
export const oldCommunes: readonly OldCommune[] = communeList;

/** The districts of an old province, by code; empty for an unknown code. */
export function oldDistrictsOf(provinceCode: string): readonly OldDistrict[] {
  return districtsByProvince.get(provinceCode) ?? [];
}

/**
 * The communes of an old district, by code; empty for an unknown code and for the five island districts that had
 * no communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo): use {@link successorsOfDistrict} for those.
 */
export function oldCommunesOf(districtCode: string): readonly OldCommune[] {
  return communesByDistrict.get(districtCode) ?? [];
}

/**
 * The new units an old commune became (scheme 2025-07), by code: one \`full\` successor, or several \`partial\`
 * ones among which the citizen must choose. Empty for an unknown code.
 */
export function successorsOf(oldCommuneCode: string): readonly Successor[] {
  const at = communePosition.get(oldCommuneCode);
  if (at === undefined) return [];
  return (communeSuccessors[at] ??= readSuccessors(communeMarks[at]!, Number(oldCommuneCode)));
}

/**
 * The new unit an old district without communes became as a whole: the five island districts, now special zones
 * (Huyện Côn Đảo → Đặc khu Côn Đảo). Empty for every other district, whose successors are those of its communes.
 */
export function successorsOfDistrict(oldDistrictCode: string): readonly Successor[] {
  return districtSuccessors.get(oldDistrictCode) ?? [];
}

export function oldProvinceByCode(code: string): OldProvince | undefined {
  return provinceIndex.get(code);
}

export function oldDistrictByCode(code: string): OldDistrict | undefined {
  return districtIndex.get(code);
}

export function oldCommuneByCode(code: string): OldCommune | undefined {
  const at = communePosition.get(code);
  return at === undefined ? undefined : communeList[at];
}

/** The new province (scheme 2025-07) an old province became part of; undefined for an unknown code. */
export function newProvinceOf(oldProvinceCode: string): string | undefined {
  return newProvinces.get(oldProvinceCode);
}
`;

const notice = `# Third-party notices: administrative-unit data

\`admin-units-2025.ts\` and \`admin-units-pre2025.ts\` are generated by \`scripts/build-admin-units.ts\` from data of
the repositories below (copied into \`../shared/data/admin-units\`, see its SOURCE.md). Both are MIT-licensed;
their notices follow, and the generated modules carry them too.

- [thanglequoc/vietnamese-provinces-database](https://github.com/thanglequoc/vietnamese-provinces-database):
  the units after the reform (tag v3.0.2, commit 78594ea643d5fdebd640ea3889ea91f84b9463ae) and before it
  (commit e8c5f8000e2bed69e284ba67ae474160bbaea23f). Data of the General Statistics Office of Vietnam.
- [dvhcvn/20250701](https://github.com/dvhcvn/20250701): the mapping of old units to new ones (commit
  dd94887ce32324380bc5bb0a76fe39867dafc73b).
${NOTICES.map((n) => `\n## ${n.repository}\n\n\`\`\`text\nMIT License\n\n${n.copyright}\n\n${MIT_PERMISSION}\n\`\`\`\n`).join('')}`;

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'admin-units-2025.ts'), module2025);
writeFileSync(join(OUT, 'admin-units-pre2025.ts'), modulePre2025);
writeFileSync(join(OUT, 'NOTICE.md'), notice);

// ---------------------------------------------------------------------------------------------------------
// Report

function count(units: readonly Unit[]): string {
  const byLabel = new Map<string, number>();
  for (const u of units) byLabel.set(u.label, (byLabel.get(u.label) ?? 0) + 1);
  return [...byLabel].map(([label, n]) => `${n} ${label}`).join(', ');
}
const linkCount = [...successors.values()].reduce((sum, links) => sum + links.length, 0);
const split = [...successors.values()].filter((links) => links.length > 1).length;
console.log(`2025-07: ${provinces2025.length} provinces (${count(provinces2025)}), ${communes2025.length} communes (${count(communes2025)})`);
console.log(`pre-2025-07: ${oldProvinces.length} provinces, ${oldDistricts.length} districts (${count(oldDistricts)}), ${oldCommunes.length} communes (${count(oldCommunes)})`);
console.log(`mapping: ${successors.size} old units → ${linkCount} links, ${split} split across several new units`);
console.log(`  island districts mapped as districts: ${islandDistricts.map((d) => `${d.code} ${d.name}`).join(', ')}`);
console.log(`  left out, not in the pre-2025 list (${unlisted.length}):${unlisted.map((u) => `\n    ${u}`).join('')}`);
console.log(`  outside their old province's successor (${crossProvince.length}):${crossProvince.map((u) => `\n    ${u}`).join('')}`);
console.log(`  corrections: ${applied.join('; ')}`);
console.log(`wrote src/data/admin-units-2025.ts, src/data/admin-units-pre2025.ts, src/data/NOTICE.md`);
