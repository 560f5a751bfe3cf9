/**
 * The engine: bundle model, conditions, session (answers, visibility, validation), flow and dossier.
 * The zod schema of the dossier (schema.ts) and its JSON Schema (json-schema.ts) are imported on their own,
 * so that what a phone loads to show the first step does not include them.
 */
export * from './model.js';
export * from './conditions.js';
export * from './field-checks.js';
export * from './filing-state.js';
export { FilingSession } from './session.js';
export * from './flow.js';
export * from './dossier.js';
export * from './prefill.js';
export * from './reference.js';
