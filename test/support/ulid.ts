/** ULIDs for tests: 10 characters of millisecond time and 16 random ones, in Crockford base32. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh ULID (26 characters), usable as a dossier reference. */
export function ulid(time: number = Date.now()): string {
  let head = '';
  for (let t = Math.floor(time), i = 0; i < 10; i++, t = Math.floor(t / 32)) head = ALPHABET[t % 32] + head;
  let tail = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) tail += ALPHABET[byte % 32];
  return head + tail;
}
