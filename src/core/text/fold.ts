/**
 * Search keys for Vietnamese (and English) text: what a citizen types and what a list holds are compared on
 * these keys, so that `thanh xuan` finds "Phường Thanh Xuân", `dong da` finds "Đống Đa", and the two tone-mark
 * styles ("Hoà" / "Hòa", "Thuỷ" / "Thủy", different strings even after NFC) compare alike.
 *
 * Pure functions, no DOM; they never throw.
 */

/**
 * Combining marks (tone marks, the vowel marks circumflex, breve and horn, any other script's) and invisible
 * format characters (zero-width space and joiners, soft hyphen, BOM, bidi controls): both dropped by `fold`.
 */
const MARKS_AND_FORMAT_CHARACTERS = /[\p{M}\p{Cf}]/gu;
/** One combining mark outside U+0300–U+036F. */
const COMBINING_MARK = /^\p{M}$/u;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** D with stroke and its look-alikes (Latin eth, as legacy Vietnamese encodings convert Đ): all become `d`. */
const D_STROKE = /[đĐðÐ]/gu;
/** Anything that is not a letter or digit separates words: `.`, `,`, `-`, `/`, `(`, `)`, `'`, and the rest. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** Text that needs no Unicode normalisation. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;
/** Separators for the toned form, which keeps combining marks inside words. */
const TONED_SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The search key of a text: compatibility-decomposed (NFKD, which includes NFD), combining marks removed,
 * `đ`/`Đ` → `d`, lowercased, punctuation and other non-letters turned into spaces, whitespace collapsed,
 * trimmed. `fold('Thành phố Hồ Chí Minh')` is `'thanh pho ho chi minh'`; `fold('Hoà') === fold('Hòa')`.
 * Non-strings give `''`.
 */
export function fold(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  // Printable ASCII (codes, English, text typed without diacritics): nothing to decompose.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(SEPARATORS, ' ').trim();
  try {
    return text
      .normalize('NFKD')
      .replace(MARKS_AND_FORMAT_CHARACTERS, '')
      .replace(D_STROKE, 'd')
      .toLowerCase()
      .replace(SEPARATORS, ' ')
      .trim();
  } catch {
    return '';
  }
}

/**
 * One word as typed or written, with its diacritics but without caring where the tone mark sits: `letters`
 * keeps the vowel marks (â, ă, ê, ô, ơ, ư) and `đ`, lowercased, in NFD; `tone` is the word's tone mark
 * (one combining character) or `''`. "Hoà" and "Hòa" both give `{ letters: 'hoa', tone: '\u0300' }`.
 */
export interface TonedWord {
  readonly letters: string;
  readonly tone: string;
  /** Whether the word carries any diacritic (a vowel mark, a tone mark or `đ`). */
  readonly marked: boolean;
}

/**
 * The words of a text with their diacritics, aligned with the words of {@link fold} for ordinary text
 * (same separators): used to prefer exact-diacritic matches among equally good folded ones.
 */
export function tonedWords(text: string): TonedWord[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    if (PRINTABLE_ASCII.test(text)) {
      return fold(text)
        .split(' ')
        .filter((word) => word !== '')
        .map((letters) => ({ letters, tone: '', marked: false }));
    }
    const words: TonedWord[] = [];
    const spaced = text
      .normalize('NFKD')
      .replace(FORMAT_CHARACTERS, '')
      .replace(/[ðÐ]/gu, 'đ')
      .toLowerCase()
      .replace(TONED_SEPARATORS, ' ');
    for (const word of spaced.split(' ')) {
      let letters = '';
      let tone = '';
      let marked = false;
      let hasBase = false;
      for (const char of word) {
        const code = char.charCodeAt(0);
        // Vietnamese tone marks after NFD: grave, acute, tilde, hook above, dot below.
        if (code === 0x300 || code === 0x301 || code === 0x303 || code === 0x309 || code === 0x323) {
          if (tone === '') tone = char;
          marked = true;
        } else if ((code >= 0x300 && code <= 0x36f) || (code > 0x36f && COMBINING_MARK.test(char))) {
          letters += char;
          marked = true;
        } else {
          letters += char;
          hasBase = true;
          if (code === 0x111) marked = true;
        }
      }
      // A mark with no letter before it (at the start, after a separator) is not a word of the folded text.
      if (hasBase) words.push({ letters, tone, marked });
    }
    return words;
  } catch {
    return [];
  }
}

/**
 * Whether a typed word matches a written one with its diacritics: the typed letters (with their vowel marks)
 * begin the written word's, and the typed tone, if any, is the written word's. `hò` matches "hòa", `nô`
 * matches "nội", `hoà` matches "hòa"; `hó` does not match "hòa".
 */
export function tonedPrefixMatch(typed: TonedWord, written: TonedWord): boolean {
  return written.letters.startsWith(typed.letters) && (typed.tone === '' || typed.tone === written.tone);
}
