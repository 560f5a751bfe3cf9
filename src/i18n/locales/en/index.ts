/**
 * English strings that ship with the main module: only the fields' own words, so a field used on its own in an
 * English page labels itself at once. The rest of the English wording is loaded when needed (../later.ts and
 * each bundle's own module).
 */
import { fields } from './fields.js';

export const en: ReadonlyArray<Record<string, unknown>> = [fields];
