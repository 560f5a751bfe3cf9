/** Checking picked files by their bytes, shrinking phone photos off the main thread, and their checksums. */
export { ALL_KINDS, FILE_KIND_LABEL, FILE_KIND_MIME, IMAGE_KINDS, isImageKind } from './file-kinds.js';
export type { FileKind } from './file-kinds.js';
export { SNIFF_BYTES, sniffBytes, sniffFile } from './sniff.js';
export type { SniffResult } from './sniff.js';
export { sha256Hex } from './checksum.js';
export { DEFAULT_MAX_LONG_SIDE, DEFAULT_QUALITY, shrinkImage } from './shrink.js';
export type { ShrinkOptions, ShrinkResult } from './shrink.js';
export { FileRejection, isFileRejection } from './rejection.js';
export { formatBytes } from './format-bytes.js';
export { prepareFile } from './prepare.js';
export type { PrepareOptions, PrepareStage, PreparedFile, SlotRules } from './prepare.js';
