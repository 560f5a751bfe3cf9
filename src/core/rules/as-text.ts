/** Internal: the one guard every rule runs its input through. Not re-exported from the public entry. */

/** Coerces whatever a host or a cast hands us into a string, so no rule can throw on `null` or a number. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    // Objects with a hostile toString/Symbol.toPrimitive (or a bare Symbol) still must not throw.
    return '';
  }
}
