/** All shipped strings in this language, one module per area; merged deeply into one i18next namespace. */
import { errors } from './errors.js';
import { fields } from './fields.js';
import { wizard } from './wizard.js';
import { birth } from './birth.js';

export const vi: ReadonlyArray<Record<string, unknown>> = [errors, fields, wizard, birth];
