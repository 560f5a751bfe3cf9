/** Why a picked file was not taken, as an i18n key the upload slot shows next to that file. */

/**
 * A file the citizen must replace. `code` is a message key below `error.` (for example `file.tooLarge`, shown
 * with `t('error.file.tooLarge', params)`); `params` fill the message's `{{…}}` slots.
 */
export class FileRejection extends Error {
  /** The message key below `error.`, e.g. `file.duplicate`. */
  readonly code: string;
  /** Values for the message's `{{…}}` slots, e.g. `{ name: 'giay-chung-sinh.jpg' }`. */
  readonly params?: Record<string, string | number>;

  constructor(code: string, params?: Record<string, string | number>, options?: { cause?: unknown }) {
    // The English text is for logs and developers only; citizens see the translated message for `code`.
    super(`File rejected: ${code}`, options);
    this.name = 'FileRejection';
    this.code = code;
    if (params) this.params = params;
  }
}

/** Whether `value` is a {@link FileRejection} (also across bundles that each carry their own copy of the class). */
export function isFileRejection(value: unknown): value is FileRejection {
  if (value instanceof FileRejection) return true;
  return value instanceof Error && value.name === 'FileRejection' && 'code' in value;
}
