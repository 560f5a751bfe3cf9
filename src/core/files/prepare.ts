/**
 * The whole check of one picked file, in the order a citizen can act on: is there anything in it, is it really
 * a photo or PDF, does this document take that kind, can the photo be read (and made smaller), does it fit the
 * limit, is it already attached.
 */
import { sha256Hex } from './checksum.js';
import { FILE_KIND_LABEL, isImageKind } from './file-kinds.js';
import type { FileKind } from './file-kinds.js';
import { formatBytes } from './format-bytes.js';
import { FileRejection, isFileRejection } from './rejection.js';
import { shrinkImage } from './shrink.js';
import type { ShrinkOptions } from './shrink.js';
import { sniffFile } from './sniff.js';

/** What one document slot takes. */
export interface SlotRules {
  /** The kinds this slot takes. */
  accept: readonly FileKind[];
  /** The largest file, in bytes, checked after shrinking. Not a positive number: no limit. */
  maxBytes: number;
}

/** A file that passed every check, ready to upload. */
export interface PreparedFile {
  /** What to upload: the shrunk JPEG, or the picked file, typed with its real media type. */
  blob: Blob;
  /** The citizen's file name; a shrunk photo's extension becomes `.jpg`. */
  name: string;
  /** The real kind, from the bytes (`'jpeg'` once shrunk). */
  kind: FileKind;
  /** The real media type. */
  type: string;
  /** Bytes to upload. */
  size: number;
  /** Bytes of the file as picked. */
  originalSize: number;
  /** SHA-256 of `blob`, lowercase hex. */
  sha256: string;
  /** Upright width in pixels, for photos this browser could decode. */
  width?: number;
  /** Upright height in pixels, for photos this browser could decode. */
  height?: number;
  /** Whether `blob` is a new, smaller JPEG. */
  shrunk: boolean;
}

/** What prepareFile is doing, for the file's row in the upload slot. */
export type PrepareStage = 'checking' | 'shrinking';

/** Extra knobs, mostly for tests and benchmarks. */
export interface PrepareOptions {
  shrink?: ShrinkOptions;
}

/**
 * Checks and prepares one picked file: empty → real type → accepted by the slot → photo decoded and shrunk →
 * size after shrinking → not already attached (`existingHashes` holds the SHA-256 of the slot's other files).
 * Never throws: every failure comes back as a `rejection` whose `code` is a message key below `error.`.
 */
export async function prepareFile(
  file: File,
  rules: SlotRules,
  existingHashes: ReadonlySet<string>,
  onStage?: (stage: PrepareStage) => void,
  options: PrepareOptions = {},
): Promise<{ file: PreparedFile } | { rejection: FileRejection }> {
  const name = typeof file.name === 'string' ? file.name : '';
  try {
    const report = (stage: PrepareStage) => tell(onStage, stage);
    return { file: await check(file, name, rules, existingHashes, report, options) };
  } catch (error) {
    // A rejection from a check, or the file could not be read at all (Android's picker hands over files from
    // Google Drive that may fail to download; a file deleted or edited after it was picked fails too).
    if (isFileRejection(error)) return { rejection: error };
    return { rejection: new FileRejection('file.unreadable', { name }, { cause: error }) };
  }
}

async function check(
  file: File,
  name: string,
  rules: SlotRules,
  existingHashes: ReadonlySet<string>,
  onStage: (stage: PrepareStage) => void,
  options: PrepareOptions,
): Promise<PreparedFile> {
  onStage('checking');
  if (file.size === 0) throw new FileRejection('file.empty', { name });

  const sniffed = await sniffFile(file);
  if ('rejected' in sniffed) {
    throw new FileRejection(sniffed.rejected === 'empty' ? 'file.empty' : 'file.type', { name });
  }
  if (!rules.accept.includes(sniffed.kind)) {
    const kinds = [...new Set(rules.accept.map((kind) => FILE_KIND_LABEL[kind]))].join(', ');
    throw new FileRejection('file.notAccepted', { name, kinds });
  }

  let kind = sniffed.kind;
  let type = sniffed.mime;
  let blob: Blob = file;
  let finalName = name;
  let size: { width?: number; height?: number } = {};
  let shrunk = false;
  if (isImageKind(kind)) {
    onStage('shrinking');
    const result = await shrinkImage(file, kind, options.shrink).catch((error: unknown) => {
      throw isFileRejection(error) ? new FileRejection(error.code, { name }) : error;
    });
    if (result.width > 0) size = { width: result.width, height: result.height };
    if (result.shrunk) {
      ({ blob, shrunk } = result);
      kind = 'jpeg';
      type = 'image/jpeg';
      finalName = withJpgExtension(name);
    }
  }
  // Typed by the bytes, not by what the phone claimed, so whatever reads `blob.type` later gets the truth.
  if (blob.type !== type || shrunk) blob = new File([blob], finalName, { type, lastModified: file.lastModified });

  const maxBytes = rules.maxBytes > 0 ? rules.maxBytes : Infinity;
  if (blob.size > maxBytes) {
    const params = { name, max: formatBytes(maxBytes), size: formatBytes(blob.size, 'up') };
    throw new FileRejection('file.tooLarge', params);
  }
  const sha256 = await sha256Hex(blob);
  if (existingHashes.has(sha256)) throw new FileRejection('file.duplicate', { name });

  return { blob, name: finalName, kind, type, size: blob.size, originalSize: file.size, sha256, ...size, shrunk };
}

/** `IMG_0412.HEIC` → `IMG_0412.jpg`; `scan` → `scan.jpg`. */
function withJpgExtension(name: string): string {
  const base = name.replace(/\.[^./\\]{1,10}$/, '');
  return `${base || 'photo'}.jpg`;
}

/** Reports a stage; a listener that throws is the host's bug, reported, and must not reject the citizen's file. */
function tell(onStage: ((stage: PrepareStage) => void) | undefined, stage: PrepareStage): void {
  try {
    onStage?.(stage);
  } catch (error) {
    globalThis.reportError?.(error);
  }
}
