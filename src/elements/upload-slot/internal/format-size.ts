/** File sizes and percentages written the way the citizen's language writes numbers. */
import type { Lang } from '../../../i18n/i18n.js';

const KB = 1024;
const MB = 1024 * 1024;

/** The number formatting of a language: Vietnamese writes decimals with a comma ("1,5 MB"). */
const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/**
 * `bytes` as B, KB or MB (powers of 1024, as phones and Windows count), one decimal below 10 (so "1,5 MB",
 * "12 MB"). Nothing for a size that is not a size.
 */
export function formatSize(bytes: number, lang: Lang): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const [value, unit] = bytes < KB ? [bytes, 'B'] : bytes < MB ? [bytes / KB, 'KB'] : [bytes / MB, 'MB'];
  const digits = unit !== 'B' && value < 10 ? 1 : 0;
  // A no-break space: "10 MB" never splits over two lines on a narrow phone.
  return `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(value)}\u00a0${unit}`;
}

/** A share from 0 to 1 as a whole percentage ("45%"). */
export function formatPercent(share: number, lang: Lang): string {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(clamped);
}
