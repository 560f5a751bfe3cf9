/**
 * What every rule returns when a value is wrong. Rules never throw and never hold text: they name the problem
 * with an i18n key, so the same finding reads correctly in every language and a host can reword it.
 */

/** A rule's finding. `code` is an i18n key below `error.` (t(`error.${code}`, params)). */
export interface RuleIssue {
  code: string;
  params?: Record<string, string | number>;
}

/** Sex as declared on civil-status records (Nam / Nữ). */
export type Sex = 'male' | 'female';
