/** Validation rules: pure functions over strings, no DOM. Each check returns a `RuleIssue` or `null`, never throws. */
export type { RuleIssue, Sex } from './issue.js';
export * from './personal-id.js';
export * from './phone.js';
export * from './email.js';
export * from './date.js';
export * from './today.js';
export * from './names.js';
export * from './text.js';
export * from './social-insurance.js';
export * from './address.js';
export * from './payee.js';
