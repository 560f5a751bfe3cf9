/** File sizes in words a citizen knows from their phone: "512 KB", "2.4 MB", "10 MB". */

const KB = 1024;
const MB = 1024 * 1024;

/**
 * `bytes` in B, KB or MB (powers of 1024, as phones and Windows count), with one decimal below 100 MB.
 * `'up'` rounds up, for a size shown against a limit: 10 MB and one byte must not read "10 MB, over 10 MB".
 * `lang` picks the decimal mark.
 */
export function formatBytes(bytes: number, rounding: 'nearest' | 'up' = 'nearest', lang: 'vi' | 'en' = 'en'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const round = (value: number, step: number) => (rounding === 'up' ? Math.ceil : Math.round)(value / step) * step;
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${round(bytes / KB, 1)} KB`;
  const mb = bytes / MB;
  // Rounding to tenths by integer steps, then trimming, avoids "2.4000000000000004".
  const value = mb < 100 ? Number((round(mb * 10, 1) / 10).toFixed(1)) : round(mb, 1);
  // Vietnamese writes decimals with a comma ("2,4 MB").
  return `${lang === 'vi' ? String(value).replace('.', ',') : value} MB`;
}
