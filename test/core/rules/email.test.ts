import { expect } from '@open-wc/testing';
import { checkEmail, normalizeEmail } from '../../../src/core/rules/email.js';

describe('normalizeEmail', () => {
  it('trims and keeps case', () => {
    expect(normalizeEmail('  An.Nguyen@Example.vn \n')).to.equal('An.Nguyen@Example.vn');
  });
});

describe('checkEmail', () => {
  it('accepts ordinary and unusual but valid addresses', () => {
    for (const email of ['an@example.vn', 'nguyen.van.an+khaisinh@mail.gov.vn', 'a_b-c@sub.domain.com.vn',
      'người.dùng@ví-dụ.việtnam', "o'brien@example.ie"]) {
      expect(checkEmail(email), email).to.equal(null);
    }
  });

  it('rejects malformed addresses', () => {
    for (const email of ['', 'an', 'an@', '@example.vn', 'an@example', 'an@@example.vn', 'a@b@example.vn',
      'an nguyen@example.vn', 'an@exa mple.vn', 'an@.example.vn', 'an@example..vn', 'an@example.vn.',
      '.an@example.vn', 'an.@example.vn', 'a..n@example.vn', 'an@-example.vn', 'an@example.123',
      '<script>@example.vn', 'an@example.vn<script>']) {
      expect(checkEmail(email), email).to.deep.equal({ code: 'email.format' });
    }
  });

  it('enforces the 254-character total and 64-character local limits', () => {
    const domain = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.vn`;
    expect(checkEmail(`${'x'.repeat(64)}@${domain}`)).to.equal(null);
    expect(checkEmail(`${'x'.repeat(65)}@example.vn`)).to.deep.equal({ code: 'email.format' });
    expect(checkEmail(`${'x'.repeat(64)}@${domain}${'.dd'.repeat(20)}`)).to.deep.equal({ code: 'email.format' });
  });
});
