/**
 * The real type of a file, read from its first bytes. Never trust the name or the browser's `type`: both come
 * from the citizen's device (an `.exe` renamed `.jpg` keeps `image/jpeg` on many phones), and what reaches an
 * officer's screen must be what it claims to be.
 */
import { FILE_KIND_MIME } from './file-kinds.js';
import type { FileKind } from './file-kinds.js';

/** A kind we take, or why the bytes are refused. */
export type SniffResult =
  | { kind: FileKind; mime: string }
  | { rejected: 'empty' | 'svg' | 'html' | 'executable' | 'unknown' };

/**
 * How many leading bytes are read. Binary signatures need 16 at most, but the brand list of a HEIF `ftyp` box,
 * and markup hidden behind a byte-order mark, blank lines or a comment, need a little more.
 */
export const SNIFF_BYTES = 256;

/** Brands (ISO-BMFF `ftyp`) that mean a HEIC/HEIF still image or sequence. `mif1`/`msf1` are the generic HEIF ones. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
/** AVIF shares HEIF's container and also lists `mif1`; it is not a kind we take, so these brands win. */
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** ELF, then Mach-O 32/64-bit in both byte orders, then Mach-O universal ("fat"), as Latin-1 strings. */
const MAGIC_EXECUTABLE = [
  '\x7fELF',
  '\xfe\xed\xfa\xce',
  '\xfe\xed\xfa\xcf',
  '\xce\xfa\xed\xfe',
  '\xcf\xfa\xed\xfe',
  '\xca\xfe\xba\xbe',
];

/** Byte-order marks (UTF-8, UTF-16 BE, UTF-16 LE), skipped before text signatures. */
const BOMS: readonly (readonly number[])[] = [[0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xff, 0xfe]];

/** Classifies the first bytes of a file (at least {@link SNIFF_BYTES} of them when the file is that long). */
export function sniffBytes(head: Uint8Array): SniffResult {
  if (head.length === 0) return { rejected: 'empty' };
  const kind = binaryKind(head);
  if (kind) return { kind, mime: FILE_KIND_MIME[kind] };
  if (isExecutable(head)) return { rejected: 'executable' };
  const text = leadingText(head);
  if (text.startsWith('%PDF-')) return { kind: 'pdf', mime: FILE_KIND_MIME.pdf };
  // Any markup is refused: SVG and HTML run scripts when an officer opens them, and an XML file that is not
  // SVG is no document photo either. `<` first is enough; a real photo or PDF never starts with it.
  if (text.startsWith('<')) return { rejected: /<svg\b/i.test(text) ? 'svg' : 'html' };
  return { rejected: 'unknown' };
}

/** Reads the first {@link SNIFF_BYTES} of `file` and classifies them. Rejects only if the file cannot be read. */
export async function sniffFile(file: Blob): Promise<SniffResult> {
  if (file.size === 0) return { rejected: 'empty' };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return sniffBytes(head);
}

/** The kinds recognised by a fixed binary signature. */
function binaryKind(b: Uint8Array): FileKind | undefined {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (ascii(b, 4, 8) === 'ftyp' && isHeif(b)) return 'heic';
  return undefined;
}

/** Whether an ISO-BMFF `ftyp` box names a HEIF brand (major brand at 8, compatible brands from 16 to the box end). */
function isHeif(b: Uint8Array): boolean {
  const boxSize = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  const end = Math.min(boxSize >= 16 ? boxSize : 16, b.length);
  const brands = [ascii(b, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(b, at, at + 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return false;
  return brands.some((brand) => HEIF_BRANDS.has(brand));
}

/** Windows (MZ), Linux (ELF), macOS (Mach-O, 32/64-bit either byte order, and universal) programs, and scripts. */
function isExecutable(b: Uint8Array): boolean {
  return (
    startsWith(b, [0x4d, 0x5a]) ||
    MAGIC_EXECUTABLE.includes(ascii(b, 0, 4)) ||
    startsWith(b, [0x23, 0x21])
  );
}

/** The head as text with a byte-order mark and leading whitespace removed (UTF-16 when its BOM says so). */
function leadingText(b: Uint8Array): string {
  const bom = BOMS.find((mark) => startsWith(b, mark));
  const encoding = bom?.[0] === 0xfe ? 'utf-16be' : bom?.[0] === 0xff ? 'utf-16le' : 'utf-8';
  // An odd trailing byte of a UTF-16 head is cut off rather than decoded as a replacement character.
  const body = b.subarray(bom?.length ?? 0, encoding === 'utf-8' ? b.length : b.length - ((b.length - 2) % 2));
  // NUL counts as whitespace: some scanners pad the start of a PDF with it.
  return new TextDecoder(encoding).decode(body).replace(/^[\s\0]+/, '');
}

function startsWith(b: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => b[i] === byte);
}

/** Bytes `from`..`to` as Latin-1 characters (empty where the head is shorter). */
function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}
