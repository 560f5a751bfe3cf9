/**
 * Internal: numbers and dates in words for `dateInWords`. Only the range dates need (0–9999) is covered.
 *
 * Vietnamese reading rules, as certificates write them:
 * - after "mươi" (20 and up) a final 1 is "mốt" and a final 4 is "tư": 21 hai mươi mốt, 24 hai mươi tư;
 * - after "mười" or "mươi" a final 5 is "lăm": 15 mười lăm, 25 hai mươi lăm (but 5 and 105 keep "năm");
 * - a zero tens digit after hundreds is read "linh": 2001 hai nghìn không trăm linh một;
 * - a zero hundreds digit after thousands is read "không trăm": 2010 hai nghìn không trăm mười;
 * - the fourth month is "tháng tư", never "tháng bốn".
 */

const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** A Vietnamese digit word; `d` is always 0–9 here. */
const viDigit = (d: number): string => VI_DIGITS[d] ?? '';

/** 0–99; `afterHundreds` when a hundreds word precedes, which turns a lone unit into "linh …". */
function viBelowHundred(n: number, afterHundreds: boolean): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return afterHundreds ? `linh ${viDigit(units)}` : viDigit(units);
  const head = tens === 1 ? 'mười' : `${viDigit(tens)} mươi`;
  if (units === 0) return head;
  let tail = viDigit(units);
  if (units === 5) tail = 'lăm';
  else if (tens >= 2 && units === 1) tail = 'mốt';
  else if (tens >= 2 && units === 4) tail = 'tư';
  return `${head} ${tail}`;
}

/** 0–9999 in Vietnamese words. */
export function viNumber(n: number): string {
  if (n < 100) return viBelowHundred(n, false);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (thousands > 0) words.push(`${viDigit(thousands)} nghìn`);
  // "không trăm" is said only when something follows it: 2000 is "hai nghìn", 2010 "hai nghìn không trăm mười".
  if (hundreds > 0 || rest > 0) words.push(`${viDigit(hundreds)} trăm`);
  if (rest > 0) words.push(viBelowHundred(rest, true));
  return words.join(' ');
}

/** 'Ngày mười lăm, tháng ba, năm hai nghìn không trăm hai mươi sáu'. */
export function viDate(y: number, m: number, d: number): string {
  const month = m === 4 ? 'tư' : viNumber(m);
  return `Ngày ${viNumber(d)}, tháng ${month}, năm ${viNumber(y)}`;
}

const EN_SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const EN_ORDINAL_SMALL = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth',
] as const;
const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** 0–99 in English words, hyphenated as in 'twenty-six'. */
function enBelowHundred(n: number): string {
  if (n < 20) return EN_SMALL[n] ?? '';
  const tens = EN_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${EN_SMALL[n % 10]}`;
}

/** 0–9999 in English words, read as a cardinal ('two thousand one', 'one thousand nine hundred ninety'). */
export function enNumber(n: number): string {
  if (n < 100) return enBelowHundred(n);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (thousands > 0) words.push(`${EN_SMALL[thousands]} thousand`);
  if (hundreds > 0) words.push(`${EN_SMALL[hundreds]} hundred`);
  if (rest > 0) words.push(enBelowHundred(rest));
  return words.join(' ');
}

/** A day of the month, 1–31, as an English ordinal ('first', 'twenty-fourth', 'thirtieth'). */
function enOrdinal(n: number): string {
  if (n < 20) return EN_ORDINAL_SMALL[n] ?? '';
  const tens = EN_TENS[Math.floor(n / 10)] ?? '';
  // twenty → twentieth, thirty → thirtieth.
  return n % 10 === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}-${EN_ORDINAL_SMALL[n % 10]}`;
}

/** 'the fifteenth of March, two thousand twenty-six'. */
export function enDate(y: number, m: number, d: number): string {
  return `the ${enOrdinal(d)} of ${EN_MONTHS[m - 1] ?? ''}, ${enNumber(y)}`;
}
