import { expect } from '@open-wc/testing';
import {
  checkSocialInsuranceCode,
  normalizeSocialInsuranceCode,
} from '../../../src/core/rules/social-insurance.js';

describe('normalizeSocialInsuranceCode', () => {
  it('strips spaces, dots and dashes', () => {
    expect(normalizeSocialInsuranceCode(' 79 1234 5678 ')).to.equal('7912345678');
    expect(normalizeSocialInsuranceCode('79.1234-5678')).to.equal('7912345678');
  });

  it('keeps other characters so they can be reported', () => {
    expect(normalizeSocialInsuranceCode('TE1791234567890')).to.equal('TE1791234567890');
  });
});

describe('checkSocialInsuranceCode', () => {
  it('accepts exactly 10 digits', () => {
    expect(checkSocialInsuranceCode('7912345678')).to.equal(null);
    expect(checkSocialInsuranceCode('0100000001')).to.equal(null);
  });

  it('rejects anything else, including the legacy 15-character card code', () => {
    for (const code of ['', '791234567', '79123456789', '79 1234 5678', 'TE1791234567890', 'abcdefghij']) {
      expect(checkSocialInsuranceCode(code), code).to.deep.equal({ code: 'socialInsurance.format' });
    }
  });
});
