import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { birth } from '../../../src/bundles/birth.js';
import { dossierJsonSchema } from '../../../src/core/engine/json-schema.js';
import { DOSSIER_FORMAT, assembleDossier, createReference } from '../../../src/core/engine/index.js';
import { fieldSchema } from '../../../src/core/engine/schema.js';
import { completeBirthSession } from '../../fixtures/birth-answers.js';

type Json = Record<string, unknown>;
const at = (schema: unknown, ...keys: string[]): Json =>
  keys.reduce<Json>((node, key) => (node?.[key] ?? undefined) as Json, schema as Json);

describe('dossierJsonSchema', () => {
  const schema = dossierJsonSchema(birth);

  it('is a JSON Schema object', () => {
    expect(schema).to.be.an('object');
    expect(schema['$schema']).to.be.a('string').and.match(/json-schema\.org/);
    expect(schema['type']).to.equal('object');
    // Strict at the top, like the zod schema: an unknown property is an error, not noise.
    expect(schema['additionalProperties']).to.equal(false);
  });

  it('describes the reference, the format, the bundle and the procedures', () => {
    expect(at(schema, 'properties', 'reference', 'pattern')).to.equal('^[0-7][0-9A-HJKMNP-TV-Z]{25}$');
    expect(at(schema, 'properties', 'format', 'const')).to.equal(DOSSIER_FORMAT);
    expect(at(schema, 'properties', 'bundle', 'const')).to.equal('birth');
    const procedures = at(schema, 'properties', 'procedures');
    expect(procedures['type']).to.equal('array');
    expect(procedures['minItems']).to.equal(1);
    expect(at(procedures, 'items', 'enum')).to.deep.equal(['birthRegistration', 'permanentResidence', 'healthInsurance']);
    expect(schema['required']).to.include.members(['format', 'bundle', 'reference', 'procedures', 'sections']);
  });

  it('describes the shared facts and each section from the definition', () => {
    expect(at(schema, 'properties', 'declarant', 'properties', 'personalId', 'pattern')).to.equal('^\\d{12}$');
    expect(at(schema, 'properties', 'subject', 'properties', 'sex', 'enum')).to.deep.equal(['male', 'female']);
    expect(Object.keys(at(schema, 'properties', 'parties', 'properties'))).to.deep.equal(['mother', 'father']);
    const sections = at(schema, 'properties', 'sections', 'properties');
    expect(Object.keys(sections)).to.deep.equal(['birthRegistration', 'permanentResidence', 'healthInsurance']);
    expect(at(sections, 'healthInsurance', 'properties', 'insurance', 'properties', 'cardDelivery', 'enum')).to.deep.equal([
      'post',
      'commune',
      'socialInsuranceOffice',
      'electronicOnly',
    ]);
  });

  it('is serialisable as JSON, unchanged by the trip', () => {
    const text = JSON.stringify(schema);
    expect(text).to.be.a('string');
    expect(JSON.parse(text)).to.deep.equal(schema);
  });

  it('describes the dossiers the engine assembles', () => {
    // A light structural check, enough to catch a schema that drifted from the dossier: every top-level key
    // and every section of a real dossier is declared.
    const dossier = assembleDossier(completeBirthSession(), { reference: createReference(), createdAt: new Date().toISOString(), language: 'en' });
    const properties = at(schema, 'properties');
    for (const key of Object.keys(dossier)) expect(properties, key).to.have.property(key);
    for (const [procedure, section] of Object.entries(dossier.sections)) {
      const declared = at(properties, 'sections', 'properties', procedure, 'properties');
      for (const key of Object.keys(section)) expect(declared, `${procedure}.${key}`).to.have.property(key);
    }
  });
});

describe('fieldSchema', () => {
  it('checks a value with the same rules as a step, reporting the rule code', () => {
    const personalId = fieldSchema(birth.groups.declarant.fields.personalId, birth);
    expect(z.safeParse(personalId, '001090012345').success).to.equal(true);
    expect(z.safeParse(personalId, '00109001234X').success).to.equal(false);
    const birthDate = fieldSchema(birth.groups.child.fields.birthDate, birth, '2026-03-15');
    expect(z.safeParse(birthDate, '2026-03-15').success).to.equal(true);
    const future = z.safeParse(birthDate, '2026-03-16');
    expect(future.success).to.equal(false);
    expect(future.error?.issues.map((i) => i.message)).to.deep.equal(['date.future']);
    const impossible = z.safeParse(birthDate, '2026-02-30');
    expect(impossible.error?.issues.map((i) => i.message)).to.deep.equal(['date.invalid']);
  });
});
