/**
 * Vietnamese strings that ship with the main module: what showing a first step needs. Error messages and the
 * ethnic groups' names come with the later strings (../later.ts), loaded while the citizen reads step 1.
 */
import { fields } from './fields.js';
import { wizard } from './wizard.js';
import { birth } from './birth.js';

export const vi: ReadonlyArray<Record<string, unknown>> = [fields, wizard, birth];
