/**
 * The statistical codes of Vietnam's 54 ethnic groups, `01` (Kinh) to `54` (Rơ-măm): the option values of an
 * ethnicity field. The names are in ethnicities.ts, loaded with the later strings, not with the first step.
 */
export const ETHNICITY_CODES: readonly string[] = Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0'));
