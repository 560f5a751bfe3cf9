/** The slot's `accept` attribute (kinds, as in the bundle definitions) turned into what the pickers need. */
import { ALL_KINDS, FILE_KIND_LABEL, FILE_KIND_MIME, isImageKind } from '../../../core/files/file-kinds.js';
import type { FileKind } from '../../../core/files/file-kinds.js';

/** Other names people write for a kind. */
const ALIASES: Record<string, FileKind> = { jpg: 'jpeg', heif: 'heic' };

/** Extensions the picker shows for each kind, beside its media type (some Android pickers go by name only). */
const EXTENSIONS: Record<FileKind, readonly string[]> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
  heic: ['.heic', '.heif'],
  pdf: ['.pdf'],
};

/** Kinds from `"jpeg png pdf"` (spaces or commas, any case); every kind when none is recognised. */
export function parseKinds(value: unknown): FileKind[] {
  const words = typeof value === 'string' ? value.toLowerCase().split(/[\s,]+/) : [];
  const kinds = new Set<FileKind>();
  for (const word of words) {
    const kind = ALIASES[word] ?? (ALL_KINDS.includes(word as FileKind) ? (word as FileKind) : undefined);
    if (kind) kinds.add(kind);
  }
  return kinds.size ? ALL_KINDS.filter((kind) => kinds.has(kind)) : [...ALL_KINDS];
}

/** The file picker's `accept`: media types and extensions of `kinds`. */
export function pickerAccept(kinds: readonly FileKind[]): string {
  return kinds.flatMap((kind) => [FILE_KIND_MIME[kind], ...(kind === 'heic' ? ['image/heif'] : []), ...EXTENSIONS[kind]]).join(',');
}

/** The camera's `accept`: the photo kinds among `kinds` (empty when the slot takes no photos). */
export function cameraAccept(kinds: readonly FileKind[]): string {
  return kinds.filter(isImageKind).map((kind) => FILE_KIND_MIME[kind]).join(',');
}

/** "JPEG, PNG, PDF", for the line that says what the slot takes. */
export function kindNames(kinds: readonly FileKind[]): string {
  return kinds.map((kind) => FILE_KIND_LABEL[kind]).join(', ');
}
