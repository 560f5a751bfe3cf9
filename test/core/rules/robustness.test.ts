import { expect } from '@open-wc/testing';
import * as rules from '../../../src/core/rules/index.js';

/** Inputs a host, a cast or a hostile paste can hand a rule. */
const NASTY: unknown[] = [
  '', ' ', '\u0000', '😀'.repeat(1000), '<script>alert(1)</script>', 'x'.repeat(1_000_000), '\uD800', '１２３',
  null, undefined, 42, Number.NaN, {}, [], { toString: () => { throw new Error('hostile'); } },
];

describe('rules never throw', () => {
  it('on any input, for every exported function', () => {
    const fns = Object.entries(rules)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, value]) => [name, value as unknown as (...args: unknown[]) => unknown] as const);
    expect(fns.length).to.be.greaterThan(20);
    for (const [name, fn] of fns) {
      for (const input of NASTY) {
        const label = `${name}(${typeof input === 'string' ? JSON.stringify(input.slice(0, 20)) : String(typeof input)})`;
        expect(() => fn(input, input), label).to.not.throw();
        expect(() => fn(input, {}), label).to.not.throw();
        expect(() => fn(input, 'vi'), label).to.not.throw();
        expect(() => fn({ day: input, month: input, year: input }), label).to.not.throw();
      }
    }
  });

  it('reports issues rather than accepting nonsense', () => {
    const cast = (value: unknown) => value as string;
    expect(rules.checkPersonalId(cast(null))).to.deep.equal({ code: 'personalId.format' });
    expect(rules.checkPhone(cast(undefined))).to.deep.equal({ code: 'phone.format' });
    expect(rules.checkEmail(cast(42))).to.deep.equal({ code: 'email.format' });
    expect(rules.checkSocialInsuranceCode(cast({}))).to.deep.equal({ code: 'socialInsurance.format' });
    expect(rules.checkName('<script>alert(1)</script>')).to.deep.equal({ code: 'name.characters' });
    expect(rules.datePartsToIso({ day: '😀', month: '1', year: '2024' })).to.deep.equal({
      issue: { code: 'date.invalid' },
    });
    expect(rules.checkLength('x'.repeat(1_000_000), { max: 200 })).to.deep.equal({
      code: 'text.tooLong',
      params: { max: 200 },
    });
  });
});
