/**
 * Inline icons (no requests, nothing for a Content-Security-Policy to block). All are decorative: the file's
 * name and state are always written beside them, so they are hidden from assistive technology.
 */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult, className: string) =>
  svg`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`;

/** A page with "PDF" on it, for PDF files (never previewed: a PDF may hold anything). */
export const pdfIcon = icon(
  svg`<path d="M6 2h8l5 5v15H6z" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M14 2v5h5" fill="none" stroke="currentColor" stroke-width="1.5"/><text x="12.5" y="18" text-anchor="middle" font-size="5" font-weight="700" font-family="sans-serif" fill="currentColor">PDF</text>`,
  'file-icon',
);

/** A picture, for photos that cannot be shown here (HEIC, or a file restored from the host without bytes). */
export const imageIcon = icon(
  svg`<rect x="3" y="4" width="18" height="16" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><circle cx="9" cy="9.5" r="1.8" fill="currentColor"/><path d="M4 18l5-5 3 3 3-4 5 6" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  'file-icon',
);

/** A blank page, while a file's kind is not known yet. */
export const fileIcon = icon(
  svg`<path d="M6 2h8l5 5v15H6z" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M14 2v5h5" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  'file-icon',
);

/** The warning sign before a file's message, so an error never relies on colour alone. */
export const warningIcon = icon(
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.3 5h2.6l-.4 7h-1.8l-.4-7Zm1.3 8.6a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2Z" fill="currentColor"/>`,
  'error-icon',
);

/** A tick beside "uploaded", for the same reason. */
export const doneIcon = icon(svg`<path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" stroke-width="2.5"/>`, 'state-icon');
