import { expect } from '@open-wc/testing';
import { errors as vi } from '../../../src/i18n/locales/vi/errors.js';
import { errors as en } from '../../../src/i18n/locales/en/errors.js';

/** Every code a rule can return, plus the generic ones the engine uses. */
const CODES = [
  'required', 'choice', 'unknown',
  'personalId.format', 'personalId.birthYear', 'personalId.sex',
  'phone.format', 'email.format', 'socialInsurance.format',
  'date.incomplete', 'date.invalid', 'date.year', 'date.future', 'date.tooEarly',
  'name.characters', 'name.length',
  'text.tooShort', 'text.tooLong',
];

/** The params each code is returned with; its messages must use exactly these placeholders. */
const PARAMS: Record<string, string[]> = {
  'personalId.birthYear': ['declaredYear', 'idYear'],
  'date.year': ['max', 'min'],
  'date.future': ['max'],
  'date.tooEarly': ['min'],
  'name.length': ['max'],
  'text.tooShort': ['min'],
  'text.tooLong': ['max'],
};

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

describe('error messages', () => {
  for (const [lang, tree] of [['vi', vi], ['en', en]] as const) {
    it(`${lang} has a message for every rule code, with the right placeholders`, () => {
      for (const code of CODES) {
        const message = lookup(tree.error, code);
        expect(message, `${lang} error.${code}`).to.be.a('string').and.not.equal('');
        expect(placeholders(message as string), `${lang} error.${code}`).to.deep.equal(PARAMS[code] ?? []);
      }
    });
  }

  it('has the same keys in both languages', () => {
    expect(leaves(en).sort()).to.deep.equal(leaves(vi).sort());
  });
});
