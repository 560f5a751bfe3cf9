/**
 * A ranked search over a list (administrative units, banks), built once and queried per keystroke. Matching is
 * on folded keys ({@link fold}): no diacritics needed, `d` finds `đ`, both tone-mark styles alike; diacritics
 * the citizen did type only break ties. Pure TypeScript, no DOM.
 *
 * Ranking, best first (the best of a document's names and aliases counts):
 * 1. exact: the folded query is a name or alias (also with spaces ignored: `tp bank` = "TPBank");
 * 2. the name starts with the query (also with spaces ignored: `vietin ba` → "VietinBank");
 * 3. every query word begins a word of the name, in order;
 * 4. every query word begins some word of the name, in any order;
 * 5. the query is the acronym of the name's words (`hcm` → "Hồ Chí Minh"), or begins it (three letters or more);
 * 6. a match that ignored an administrative word contradicting the query's (`xã thanh xuân` → "Phường Thanh
 *    Xuân");
 * 7. the query (two characters or more) is inside the name (`combank` → "Vietcombank").
 * A leading administrative word (thành phố/tp, tỉnh, phường/p, xã, thị xã/tx, thị trấn/tt, quận/q, huyện,
 * đặc khu/dk) is optional on both sides: `thanh xuan` is an exact match of "Phường Thanh Xuân" and `tp hcm` an
 * acronym match of "Thành phố Hồ Chí Minh". It is not a word of the name, though: `phu` does not find every
 * "Phường …", only a query that starts with the whole word (or its abbreviation) and goes on uses it.
 * Ties: when the query has diacritics, names written as typed first (whatever the tone-mark style; a finished
 * word typed without marks in such a query means none: `Thanh Xuân` puts "Thanh Xuân" before "Thạnh Xuân");
 * then names before aliases; then the shorter name (administrative word not counted); then the original order.
 */
import { fold, tonedPrefixMatch, tonedWords } from './fold.js';
import type { TonedWord } from './fold.js';

/** One entry of the list: the item returned, and the texts it is found by. */
export interface SearchDocument<T> {
  item: T;
  /** Names shown to people, full name first. */
  names: readonly string[];
  /** Codes, abbreviations, other spellings: found like names, ranked after them on a tie. */
  aliases?: readonly string[];
}

export interface SearchOptions<T> {
  /** At most this many results (default: all). */
  limit?: number;
  /** Keeps only the items it accepts (called for matching items only). */
  filter?: (item: T) => boolean;
}

// Match tiers, best (lowest) first. Sub-tiers keep the order of the rules above.
const EXACT = 0;
const COMPACT_EXACT = 1;
const PREFIX = 2;
const COMPACT_PREFIX = 3;
const IN_ORDER = 4;
const ANY_ORDER = 5;
const ACRONYM = 6;
const ACRONYM_PREFIX = 7;
const ADMIN_MISMATCH = 8;
const SUBSTRING = 9;
const NONE = 255;
/** Tier and diacritic misses share one number, the bucket: tier × 16 + misses (misses capped at 15). */
const MISS_SLOTS = 16;
const BUCKETS = (SUBSTRING + 1) * MISS_SLOTS;
const NO_BUCKET = 255;

/** Longest query looked at (characters before folding) and most query words: no name is longer. */
const MAX_QUERY_CHARS = 500;
const MAX_QUERY_WORDS = 24;

/** Leading administrative words of a name (folded, longest first) → one canonical form. */
const NAME_ADMIN: readonly (readonly [string, string])[] = [
  ['thanh pho ', 'tp'],
  ['thi xa ', 'tx'],
  ['thi tran ', 'tt'],
  ['dac khu ', 'dk'],
  ['tinh ', 'tinh'],
  ['phuong ', 'p'],
  ['xa ', 'xa'],
  ['quan ', 'q'],
  ['huyen ', 'huyen'],
];
/** Administrative words a query may start with, whole or abbreviated (folded, one or two words). */
const QUERY_ADMIN = new Map<string, string>([
  ['thanh pho', 'tp'],
  ['tp', 'tp'],
  ['thi xa', 'tx'],
  ['tx', 'tx'],
  ['thi tran', 'tt'],
  ['tt', 'tt'],
  ['dac khu', 'dk'],
  ['dk', 'dk'],
  ['tinh', 'tinh'],
  ['phuong', 'p'],
  ['p', 'p'],
  ['xa', 'xa'],
  ['quan', 'q'],
  ['q', 'q'],
  ['huyen', 'huyen'],
]);
/** `p1`, `q10`, `tp2`: an abbreviated administrative word glued to a number. */
const GLUED_NUMBER = /^(p|q|tp|tx|tt)(\d+)$/u;
/** Text that has no diacritics (nor anything else outside printable ASCII). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/** One folded text of a document, prepared for matching. */
interface Key {
  readonly doc: number;
  readonly alias: boolean;
  readonly text: string;
  /** `' ' + text`: a query word begins a word of the name where `' ' + word` occurs. */
  readonly padded: string;
  readonly compact: string;
  readonly acronym: string;
  /** The text without its leading administrative word(s), or `''` when it has none. */
  readonly core: string;
  readonly coreCompact: string;
  readonly corePadded: string;
  readonly coreAcronym: string;
  /** Canonical administrative word of this text, or `''`. */
  readonly admin: string;
  /** How many words the administrative word has (letters it adds to the acronym). */
  readonly adminLetters: number;
  readonly toned: readonly TonedWord[];
  /** Position among all keys ordered by (alias, length, document order): the tie-break. */
  rank: number;
}

/** The query (or its part after an administrative word), prepared for matching. */
interface Query {
  readonly text: string;
  readonly compact: string;
  /** Each word with a leading space. */
  readonly spaced: readonly string[];
  readonly first: string;
}

function prepareQuery(words: readonly string[]): Query {
  const text = words.join(' ');
  return { text, compact: words.join(''), spaced: words.map((word) => ` ${word}`), first: words[0] ?? '' };
}

function acronymOf(words: readonly string[]): string {
  return words.length >= 2 ? words.map((word) => word[0] ?? '').join('') : '';
}

/**
 * How a query (spaces removed) matches the acronym of a text: all of it (two letters or more: `hn` → "Hà
 * Nội"), or its beginning (three letters or more: `tphc` while typing `tphcm`).
 */
function acronymTierOf(compactQuery: string, acronym: string): number {
  if (acronym === '' || compactQuery.length < 2 || !acronym.startsWith(compactQuery)) return NONE;
  if (acronym.length === compactQuery.length) return ACRONYM;
  return compactQuery.length >= 3 ? ACRONYM_PREFIX : NONE;
}

/** How a query matches one text (see the tiers above), or {@link NONE}. */
function tierOf(query: Query, text: string, padded: string, compact: string, acronym: string): number {
  const acronymTier = acronymTierOf(query.compact, acronym);
  // Every other tier needs the first query word somewhere in the text.
  if (!compact.includes(query.first)) return acronymTier;
  if (text === query.text) return EXACT;
  if (compact === query.compact) return COMPACT_EXACT;
  if (text.startsWith(query.text)) return PREFIX;
  if (compact.startsWith(query.compact)) return COMPACT_PREFIX;
  const spaced = query.spaced;
  let position = 0;
  let inOrder = true;
  for (let i = 0; i < spaced.length; i++) {
    const found = padded.indexOf(spaced[i]!, position);
    if (found < 0) {
      inOrder = false;
      break;
    }
    position = found + spaced[i]!.length;
  }
  if (inOrder) return IN_ORDER;
  let anyOrder = true;
  for (let i = 0; i < spaced.length; i++) {
    if (!padded.includes(spaced[i]!)) {
      anyOrder = false;
      break;
    }
  }
  if (anyOrder) return ANY_ORDER;
  if (acronymTier !== NONE) return acronymTier;
  // Inside the text, for two letters or more (one says nothing); spaces ignored only for a one-word query
  // (`combank` in "Vietcombank"), as `ha n` must not be found in "thanh".
  if (query.compact.length < 2) return NONE;
  if (text.includes(query.text)) return SUBSTRING;
  if (query.spaced.length === 1 && query.compact.length >= 3 && compact.includes(query.compact)) return SUBSTRING;
  return NONE;
}

/**
 * How many of the compared typed words match no word of the text as written. A typed word with diacritics
 * matches as {@link tonedPrefixMatch} says; one without (compared only when the query has diacritics and the
 * word is finished, not the last) matches a written word without tone or vowel marks: `Thanh Xuân` is
 * "Thanh Xuân" as written, not "Thạnh Xuân".
 */
function countMisses(typed: readonly TonedWord[], written: readonly TonedWord[]): number {
  let misses = 0;
  for (let t = 0; t < typed.length; t++) {
    const word = typed[t]!;
    let found = false;
    for (let w = 0; w < written.length && !found; w++) {
      const candidate = written[w]!;
      found = word.marked
        ? tonedPrefixMatch(word, candidate)
        : !candidate.marked && candidate.letters.startsWith(word.letters);
    }
    if (!found) misses++;
  }
  return misses;
}

/** Arrays a search fills, allocated once per index. */
interface Workspace {
  /** Document → whether it is already a candidate of the current query. */
  readonly marks: Uint8Array;
  /** The candidate documents of the current query (unordered). */
  readonly candidates: Int32Array;
  /** Key rank → bucket of the document whose best key it is, or {@link NO_BUCKET}. */
  readonly bucketOfRank: Uint8Array;
  /** Matches per bucket (shifted by one), then where each bucket starts in `order`. */
  readonly counts: Int32Array;
  /** Best key ranks of the matching documents, best first. */
  readonly order: Int32Array;
}

function createWorkspace(docCount: number, keyCount: number): Workspace {
  return {
    marks: new Uint8Array(docCount),
    candidates: new Int32Array(docCount),
    bucketOfRank: new Uint8Array(keyCount),
    counts: new Int32Array(BUCKETS + 1),
    order: new Int32Array(keyCount),
  };
}

/**
 * Texts of the whole index as one string, each line `'\n' + text`, so that one `indexOf` loop finds the
 * documents containing a needle, skipping to the next line after each hit.
 */
interface Lines {
  readonly blob: string;
  /** Offset of each line's `'\n'`, and the blob's length after the last. */
  readonly starts: Int32Array;
  /** Document of each line. */
  readonly owners: Int32Array;
}

function buildLines(texts: readonly string[], owners: readonly number[]): Lines {
  const starts = new Int32Array(texts.length + 1);
  let offset = 0;
  for (let line = 0; line < texts.length; line++) {
    starts[line] = offset;
    offset += texts[line]!.length + 1;
  }
  starts[texts.length] = offset;
  return { blob: `\n${texts.join('\n')}`, starts, owners: Int32Array.from(owners) };
}

/**
 * The distinct strings of the whole index in code-unit order, each with its documents: the strings beginning
 * with a prefix are one range, found by bisection.
 */
interface Sorted {
  readonly strings: readonly string[];
  /** Documents of `strings[i]` are `docs[offsets[i]]` up to (not including) `docs[offsets[i + 1]]`. */
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
}

function addTo(map: Map<string, number[]>, text: string, doc: number): void {
  const docs = map.get(text);
  if (docs === undefined) map.set(text, [doc]);
  else if (docs[docs.length - 1] !== doc) docs.push(doc);
}

function buildSorted(byString: ReadonlyMap<string, readonly number[]>): Sorted {
  // The default sort compares strings by code units, as `<` does in `collectPrefix`.
  const strings = [...byString.keys()].sort();
  const offsets = new Int32Array(strings.length + 1);
  let total = 0;
  for (const docs of byString.values()) total += docs.length;
  const docs = new Int32Array(total);
  let next = 0;
  for (let index = 0; index < strings.length; index++) {
    offsets[index] = next;
    for (const doc of byString.get(strings[index]!)!) docs[next++] = doc;
  }
  offsets[strings.length] = next;
  return { strings, offsets, docs };
}

/** Adds the documents with a string beginning with `prefix` to the candidates; returns the new count. */
function collectPrefix(sorted: Sorted, prefix: string, work: Workspace, count: number): number {
  const { strings, offsets, docs } = sorted;
  let low = 0;
  let high = strings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (strings[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < strings.length && strings[i]!.startsWith(prefix); i++) {
    for (let d = offsets[i]!; d < offsets[i + 1]!; d++) {
      const doc = docs[d]!;
      if (work.marks[doc] === 0) {
        work.marks[doc] = 1;
        work.candidates[count++] = doc;
      }
    }
  }
  return count;
}

/** Adds the documents with a line containing `needle` to the candidates; returns the new count. */
function collect(lines: Lines, needle: string, work: Workspace, count: number): number {
  const { blob, starts, owners } = lines;
  const last = owners.length;
  let line = 0;
  let position = blob.indexOf(needle);
  while (position >= 0) {
    // The line holding `position`: gallop forward from the last one, then bisect.
    let step = 1;
    let high = line + 1;
    while (high < last && starts[high]! <= position) {
      line = high;
      high += step;
      step *= 2;
    }
    if (high > last) high = last;
    while (high - line > 1) {
      const middle = (line + high) >>> 1;
      if (starts[middle]! <= position) line = middle;
      else high = middle;
    }
    const doc = owners[line]!;
    if (work.marks[doc] === 0) {
      work.marks[doc] = 1;
      work.candidates[count++] = doc;
    }
    line++;
    if (line >= last) break;
    position = blob.indexOf(needle, starts[line]!);
  }
  return count;
}

const plainWord = (letters: string): TonedWord => ({ letters, tone: '', marked: false });

/**
 * Prepares one name or alias of document `doc` and appends it to `keys`, unless it folds to nothing or to the
 * same text as a key of the same document (those start at `first`).
 */
function addKey(keys: Key[], raw: string, doc: number, alias: boolean, first: number): void {
  const text = fold(raw);
  if (text === '') return;
  for (let k = first; k < keys.length; k++) if (keys[k]!.text === text) return;
  let core = '';
  let admin = '';
  for (let a = 0; a < NAME_ADMIN.length; a++) {
    const [prefix, canonical] = NAME_ADMIN[a]!;
    if (text.startsWith(prefix)) {
      core = text.slice(prefix.length);
      admin = canonical;
      break;
    }
  }
  const words = text.split(' ');
  const coreWords = core === '' ? [] : core.split(' ');
  keys.push({
    doc,
    alias,
    text,
    padded: ` ${text}`,
    compact: words.join(''),
    acronym: acronymOf(words),
    core,
    coreCompact: coreWords.join(''),
    corePadded: core === '' ? '' : ` ${core}`,
    coreAcronym: acronymOf(coreWords),
    admin,
    adminLetters: admin === '' ? 0 : words.length - coreWords.length,
    // Written without diacritics (a code, an English name): its folded words are its written ones.
    toned: PRINTABLE_ASCII.test(raw) ? words.map(plainWord) : tonedWords(raw),
    rank: 0,
  });
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || !(Symbol.iterator in value)) return [];
  const strings: string[] = [];
  for (const entry of value as Iterable<unknown>) if (typeof entry === 'string') strings.push(entry);
  return strings;
}

/**
 * A list prepared for ranked, diacritic-insensitive search. Everything that does not depend on the query
 * (folded names, words, acronyms, administrative words, the tie-break order) is computed in the constructor.
 */
export class FoldedIndex<T> {
  readonly #items: T[] = [];
  /** Keys of document `d` are `#keys[#keyStart[d]]` up to (not including) `#keys[#keyStart[d + 1]]`. */
  readonly #keys: Key[] = [];
  readonly #keyStart: Int32Array;
  /** Canonical administrative word of each document (from its first name that has one), or `''`. */
  readonly #docAdmin: string[] = [];
  /** Key rank → document. */
  readonly #documentAtRank: Int32Array;
  /** Every key's text (without its administrative word), one line each, for matches inside the text. */
  readonly #textLines: Lines;
  /** The same without spaces. */
  readonly #compactLines: Lines;
  /** Every word of every key (administrative words aside), sorted. */
  readonly #words: Sorted;
  /** Every key's text without spaces (and without its administrative word), sorted. */
  readonly #compacts: Sorted;
  /** Every key's acronyms (with and without the administrative word), sorted. */
  readonly #acronyms: Sorted;
  /** Reused between queries. */
  readonly #work: Workspace;
  /** Whether a search is running (a filter that searches this index again gets its own workspace). */
  #busy = false;

  constructor(documents: Iterable<SearchDocument<T>>) {
    const keys = this.#keys;
    const starts: number[] = [];
    for (const document of documents ?? []) {
      if (document === null || typeof document !== 'object') continue;
      const doc = this.#items.length;
      this.#items.push(document.item);
      starts.push(keys.length);
      const first = keys.length;
      for (const name of asStrings(document.names)) addKey(keys, name, doc, false, first);
      for (const alias of asStrings(document.aliases)) addKey(keys, alias, doc, true, first);
      let docAdmin = '';
      for (let k = first; k < keys.length && docAdmin === ''; k++) docAdmin = keys[k]!.admin;
      this.#docAdmin.push(docAdmin);
    }
    starts.push(keys.length);
    this.#keyStart = Int32Array.from(starts);

    // Tie-break order: names before aliases, shorter (without the administrative word) first, then list order
    // (keys are in list order), as one number per key sorted numerically.
    const order = new Float64Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const length = Math.min(key.core === '' ? key.text.length : key.core.length, 4095);
      order[k] = ((key.alias ? 4096 : 0) + length) * 2 ** 26 + k;
    }
    order.sort();
    this.#documentAtRank = new Int32Array(keys.length);
    for (let rank = 0; rank < keys.length; rank++) {
      const key = keys[order[rank]! % 2 ** 26]!;
      key.rank = rank;
      this.#documentAtRank[rank] = key.doc;
    }

    // Candidate finding (see `#candidates`).
    const words = new Map<string, number[]>();
    const compacts = new Map<string, number[]>();
    const acronyms = new Map<string, number[]>();
    const texts: string[] = [];
    const compactTexts: string[] = [];
    const owners: number[] = [];
    for (const key of keys) {
      const matched = key.core === '' ? key.text : key.core;
      const compact = key.core === '' ? key.compact : key.coreCompact;
      for (const word of matched.split(' ')) addTo(words, word, key.doc);
      addTo(compacts, compact, key.doc);
      if (key.acronym !== '') addTo(acronyms, key.acronym, key.doc);
      if (key.coreAcronym !== '') addTo(acronyms, key.coreAcronym, key.doc);
      texts.push(matched);
      compactTexts.push(compact);
      owners.push(key.doc);
    }
    this.#textLines = buildLines(texts, owners);
    this.#compactLines = buildLines(compactTexts, owners);
    this.#words = buildSorted(words);
    this.#compacts = buildSorted(compacts);
    this.#acronyms = buildSorted(acronyms);
    this.#work = createWorkspace(this.#items.length, keys.length);
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.#items.length;
  }

  /** The items matching `query`, best first (see the module comment); `[]` for an empty query. */
  search(query: string, options?: SearchOptions<T>): T[] {
    const raw = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
    const folded = fold(raw);
    if (folded === '') return [];
    const requested = options?.limit;
    const limit = typeof requested === 'number' && !Number.isNaN(requested) ? Math.max(0, Math.floor(requested)) : Infinity;
    if (limit === 0) return [];
    const filter = typeof options?.filter === 'function' ? options.filter : undefined;

    const words = folded.split(' ').slice(0, MAX_QUERY_WORDS);
    const full = prepareQuery(words);
    // A leading administrative word (two words, one, or an abbreviation glued to a number) followed by more.
    let queryAdmin = '';
    let core: Query | undefined;
    const glued = GLUED_NUMBER.exec(words[0]!);
    const split = glued ? [glued[1]!, glued[2]!, ...words.slice(1)] : words;
    if (split.length > 2 && QUERY_ADMIN.has(`${split[0]} ${split[1]}`)) {
      queryAdmin = QUERY_ADMIN.get(`${split[0]} ${split[1]}`)!;
      core = prepareQuery(split.slice(2));
    } else if (split.length > 1 && QUERY_ADMIN.has(split[0]!)) {
      queryAdmin = QUERY_ADMIN.get(split[0]!)!;
      core = prepareQuery(split.slice(1));
    }
    // Diacritics typed: the words that carry some are compared as written, and so are the finished words (all
    // but the last) without any, as their lack of marks is then meant too.
    const typed = tonedWords(raw).slice(0, MAX_QUERY_WORDS);
    const marked = typed.some((word) => word.marked)
      ? typed.filter((word, i) => word.marked || i < typed.length - 1)
      : [];

    const reentered = this.#busy;
    const work = reentered ? createWorkspace(this.#items.length, this.#keys.length) : this.#work;
    this.#busy = true;
    try {
      return this.#rank(full, core, queryAdmin, marked, work, limit, filter);
    } finally {
      this.#busy = reentered;
    }
  }

  /**
   * Adds the documents that can match `query` to the candidates and returns their count; the rest of the index
   * is never looked at. Each tier needs one of these:
   * - exact, prefix, words in order or in any order: every query word begins a word (the longest is looked up
   *   among the sorted words);
   * - exact or prefix with spaces ignored: the text without spaces begins with the query without spaces;
   * - acronym: the acronym begins with the query without spaces (two letters or more);
   * - inside (`substring`; not for the part after an administrative word): the text contains the query, or
   *   for one word of three letters or more, the text without spaces does. Found by `indexOf` over the texts.
   */
  #candidates(query: Query, work: Workspace, count: number, substring: boolean): number {
    const { compact, text, spaced } = query;
    let longest = spaced[0]!;
    for (const word of spaced) if (word.length > longest.length) longest = word;
    count = collectPrefix(this.#words, longest.slice(1), work, count);
    count = collectPrefix(this.#compacts, compact, work, count);
    if (compact.length < 2) return count;
    count = collectPrefix(this.#acronyms, compact, work, count);
    if (!substring) return count;
    return spaced.length === 1 && compact.length >= 3
      ? collect(this.#compactLines, compact, work, count)
      : collect(this.#textLines, text, work, count);
  }

  #rank(
    full: Query,
    core: Query | undefined,
    queryAdmin: string,
    marked: readonly TonedWord[],
    work: Workspace,
    limit: number,
    filter: ((item: T) => boolean) | undefined,
  ): T[] {
    const keys = this.#keys;
    const keyCount = keys.length;
    const starts = this.#keyStart;
    const docAdmins = this.#docAdmin;
    const items = this.#items;
    const { bucketOfRank, counts, candidates, marks } = work;
    bucketOfRank.fill(NO_BUCKET);
    counts.fill(0);
    // Only documents that can match are scored: see `#candidates`.
    let candidateCount = this.#candidates(full, work, 0, true);
    if (core !== undefined) candidateCount = this.#candidates(core, work, candidateCount, false);
    for (let c = 0; c < candidateCount; c++) marks[candidates[c]!] = 0;
    let matches = 0;
    for (let c = 0; c < candidateCount; c++) {
      const doc = candidates[c]!;
      // Best (bucket, rank) of the document's keys, as one number: bucket × keyCount + rank.
      let best = Infinity;
      for (let k = starts[doc]!; k < starts[doc + 1]!; k++) {
        const key = keys[k]!;
        let tier: number;
        if (key.core === '') {
          tier = tierOf(full, key.text, key.padded, key.compact, key.acronym);
        } else {
          // The administrative word is not part of the name: a query word must not match it (`phu` must not
          // find every "Phường …"). A query that starts with it is matched below; `tphcm` is its acronym.
          tier = tierOf(full, key.core, key.corePadded, key.coreCompact, key.coreAcronym);
          // The acronym with the administrative word's letters counts once the query goes two letters past
          // them (`tphc`, `tphcm`; not `xu` for "Xã Ứng Hòa").
          if (tier > ACRONYM && full.compact.length >= key.adminLetters + 2) {
            tier = Math.min(tier, acronymTierOf(full.compact, key.acronym));
          }
        }
        if (core !== undefined && tier > EXACT) {
          let coreTier =
            key.core !== ''
              ? tierOf(core, key.core, key.corePadded, key.coreCompact, key.coreAcronym)
              : tierOf(core, key.text, key.padded, key.compact, key.acronym);
          // The rest of the query inside a word says too little on its own (`xa a`); the full query's own
          // substring match stands.
          if (coreTier === SUBSTRING) coreTier = NONE;
          else if (coreTier !== NONE && (key.admin || docAdmins[doc]) !== queryAdmin) coreTier = ADMIN_MISMATCH;
          if (coreTier < tier) tier = coreTier;
        }
        if (tier === NONE) continue;
        let misses = 0;
        if (marked.length > 0) misses = countMisses(marked, key.toned);
        const score = (tier * MISS_SLOTS + Math.min(misses, MISS_SLOTS - 1)) * keyCount + key.rank;
        if (score < best) best = score;
      }
      if (best === Infinity) continue;
      if (filter !== undefined && !filter(items[doc]!)) continue;
      const bucket = Math.floor(best / keyCount);
      bucketOfRank[best - bucket * keyCount] = bucket;
      counts[bucket + 1]!++;
      matches++;
    }
    if (matches === 0) return [];

    // Counting sort by bucket, ranks ascending within each: no comparisons, linear in the number of keys.
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
    const order = work.order;
    for (let rank = 0; rank < keyCount; rank++) {
      const bucket = bucketOfRank[rank]!;
      if (bucket !== NO_BUCKET) order[counts[bucket]!++] = rank;
    }
    const count = Math.min(matches, limit);
    const results: T[] = new Array<T>(count);
    const documentAtRank = this.#documentAtRank;
    for (let i = 0; i < count; i++) results[i] = items[documentAtRank[order[i]!]!]!;
    return results;
  }
}
