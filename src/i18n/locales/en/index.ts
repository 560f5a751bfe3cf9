/** English strings shipped with the main module; each bundle's English wording is loaded when needed (i18n.ts). */
import { errors } from './errors.js';
import { fields } from './fields.js';
import { wizard } from './wizard.js';

export const en: ReadonlyArray<Record<string, unknown>> = [errors, fields, wizard];
