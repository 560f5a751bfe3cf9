/**
 * Dossier references made on the device: ULIDs (48-bit time + 80 random bits, Crockford base32). Made before
 * the first send and kept, so every retry of the same dossier carries the same idempotency key.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new ULID for `now`. */
export function createReference(now: number = Date.now()): string {
  let time = '';
  let t = Math.max(0, Math.floor(now));
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = crypto.getRandomValues(new Uint8Array(16));
  let tail = '';
  for (const byte of random) tail += ALPHABET[byte % 32];
  return time + tail;
}

/** Whether `value` has the shape of a reference (used for host input such as a supplement reference). */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/.test(value);
}
