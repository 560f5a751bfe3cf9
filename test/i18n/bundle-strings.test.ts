// Every question, step, procedure and option of a bundle has its words in both languages: a definition and its
// strings are written separately, and a missing label would show a raw key to a citizen.
import { expect } from '@open-wc/testing';
import { birth } from '../../src/bundles/birth.js';
import { death } from '../../src/bundles/death.js';
import type { BundleDefinition } from '../../src/core/engine/model.js';
import { birth as viBirth } from '../../src/i18n/locales/vi/birth.js';
import { birthLater as viBirthLater } from '../../src/i18n/locales/vi/birth-later.js';
import { birth as enBirth } from '../../src/i18n/locales/en/birth.js';
import { death as viDeath } from '../../src/i18n/locales/vi/death.js';
import { death as enDeath } from '../../src/i18n/locales/en/death.js';
import { wizard as viWizard } from '../../src/i18n/locales/vi/wizard.js';
import { wizard as enWizard } from '../../src/i18n/locales/en/wizard.js';
import { createI18n } from '../../src/i18n/i18n.js';

/** Every key a definition's rendering and review look up. */
function keysOf(bundle: BundleDefinition): string[] {
  const keys = [...Object.keys(bundle.procedures).map((id) => `${bundle.id}.procedure.${id}.label`)];
  keys.push(...bundle.steps.map((step) => `${bundle.id}.step.${step.id}.title`));
  for (const [groupId, group] of Object.entries(bundle.groups)) {
    for (const [fieldId, field] of Object.entries(group.fields)) {
      keys.push(`${bundle.id}.${groupId}.${fieldId}.label`);
      if (field.kind === 'choice' && field.options !== 'ethnicity') {
        for (const value of bundle.options[field.options] ?? []) keys.push(`${bundle.id}.option.${field.options}.${value}|option.${field.options}.${value}`);
      }
    }
  }
  return keys;
}

function missing(bundle: BundleDefinition, lang: 'vi' | 'en', modules: Record<string, unknown>[]): string[] {
  const instance = createI18n(lang);
  for (const module of modules) instance.addResourceBundle(lang, 'translation', module, true, true);
  return keysOf(bundle).filter((key) => !key.split('|').some((k) => instance.exists(k, { lng: lang, fallbackLng: false })));
}

describe('bundle strings', () => {
  for (const [bundle, vi, en] of [
    [birth, [viBirth, viBirthLater, viWizard], [enBirth, enWizard]],
    [death, [viDeath, viWizard], [enDeath, enWizard]],
  ] as const) {
    it(`has every word of the ${bundle.id} bundle in Vietnamese and English`, () => {
      expect(missing(bundle, 'vi', [...vi])).to.deep.equal([]);
      expect(missing(bundle, 'en', [...en])).to.deep.equal([]);
    });
  }
});
