/** The kinds of file a citizen may attach: photos of paper documents, and PDFs. */

/** A file's real kind, as sniffed from its bytes. HEIF photos count as `'heic'` (same container, same codec). */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf';

/** The media type sent with each kind. */
export const FILE_KIND_MIME: Readonly<Record<FileKind, string>> = Object.freeze({
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
});

/** How each kind is named to a citizen (in messages such as "this slot takes JPEG, PNG, PDF"). */
export const FILE_KIND_LABEL: Readonly<Record<FileKind, string>> = Object.freeze({
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  heic: 'HEIC',
  pdf: 'PDF',
});

/** The kinds that are photos, and so may be shrunk before upload. */
export const IMAGE_KINDS: readonly FileKind[] = Object.freeze(['jpeg', 'png', 'webp', 'heic']);

/** Every kind, photos first. */
export const ALL_KINDS: readonly FileKind[] = Object.freeze([...IMAGE_KINDS, 'pdf']);

/** Whether `kind` is a photo. */
export function isImageKind(kind: FileKind): boolean {
  return IMAGE_KINDS.includes(kind);
}
