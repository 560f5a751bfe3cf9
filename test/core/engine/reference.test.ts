import { expect } from '@open-wc/testing';
import { createReference, isReference } from '../../../src/core/engine/reference.js';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/;

describe('createReference', () => {
  it('makes a 26-character Crockford base32 ULID', () => {
    const reference = createReference();
    expect(reference).to.have.length(26);
    expect(reference).to.match(CROCKFORD);
    // No I, L, O or U: they read like 1, 1, 0 and V when a citizen types the reference back.
    expect(reference).not.to.match(/[ILOU]/);
  });

  it('encodes the time in the first ten characters', () => {
    expect(createReference(0).slice(0, 10)).to.equal('0000000000');
    expect(createReference(1).slice(0, 10)).to.equal('0000000001');
    expect(createReference(32).slice(0, 10)).to.equal('0000000010');
    // The largest 48-bit time.
    expect(createReference(2 ** 48 - 1).slice(0, 10)).to.equal('7ZZZZZZZZZ');
  });

  it('sorts by time', () => {
    const times = [Date.UTC(2024, 0, 1), Date.UTC(2025, 6, 1), Date.UTC(2025, 6, 1) + 1, Date.UTC(2030, 11, 31)];
    const references = times.map((t) => createReference(t));
    expect([...references].sort()).to.deep.equal(references);
  });

  it('is unique for the same millisecond', () => {
    const now = Date.now();
    const references = new Set(Array.from({ length: 1000 }, () => createReference(now)));
    expect(references.size).to.equal(1000);
  });

  it('treats a negative or fractional time as a whole time from the epoch', () => {
    expect(createReference(-5).slice(0, 10)).to.equal('0000000000');
    expect(createReference(33.9).slice(0, 10)).to.equal('0000000011');
  });
});

describe('isReference', () => {
  it('accepts what createReference makes', () => {
    for (let i = 0; i < 50; i++) expect(isReference(createReference())).to.equal(true);
    expect(isReference('01JBQZ7X8K9M2N3P4Q5R6S7T8V')).to.equal(true);
  });

  it('rejects other shapes and types', () => {
    expect(isReference('')).to.equal(false);
    expect(isReference('01JBQZ7X8K9M2N3P4Q5R6S7T8')).to.equal(false); // 25 characters
    expect(isReference('01JBQZ7X8K9M2N3P4Q5R6S7T8VW')).to.equal(false); // 27 characters
    expect(isReference('01jbqz7x8k9m2n3p4q5r6s7t8v')).to.equal(false); // lowercase
    expect(isReference('01JBQZ7X8K9M2N3P4Q5R6S7T8U')).to.equal(false); // U is not Crockford
    expect(isReference('81JBQZ7X8K9M2N3P4Q5R6S7T8V')).to.equal(false); // beyond 48 bits of time
    expect(isReference(null)).to.equal(false);
    expect(isReference(12345)).to.equal(false);
    expect(isReference({ reference: createReference() })).to.equal(false);
  });
});
