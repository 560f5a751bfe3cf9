/**
 * A bundle loaded on demand that cannot be fetched (the connection dropped after the page loaded). Its own
 * file, importing only the wizard: elsewhere the library's entry imports the death bundle statically, and a
 * module already in the page is never fetched again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/wizard/wizard.js';
import type { LtWizard } from '../../src/elements/wizard/wizard.js';
import { clearFaults, injectFaults, TEST_ENDPOINT } from '../support/server-control.js';

describe('lt-wizard — a bundle that cannot be loaded', () => {
  // Other test pages fetched these modules already: without this the browser would not ask for them again.
  before(() => executeServerCommand('lt-disable-cache'));
  afterEach(() => clearFaults());

  it('says so, offers to try again, and shows the bundle once it loads', async () => {
    // Module requests carry the importing module as referrer, not the page: the fault applies to any page.
    await injectFaults({ path: '/src/bundles/death*', method: 'GET', anyPage: true, responses: [503] });
    const el = await fixture<LtWizard>(html`<lt-wizard bundle="death" endpoint=${TEST_ENDPOINT} no-history></lt-wizard>`);
    await el.updateComplete;
    const problem = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(problem.textContent).to.contain('Chưa tải được trang kê khai');
    await expect(el).to.be.accessible();

    problem.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1')?.textContent).to.equal('Những việc sẽ làm');
  });

  it('shows the Vietnamese words when the English ones cannot be fetched', async () => {
    await injectFaults({ path: '/src/i18n/locales/en/death*', method: 'GET', anyPage: true, responses: [503] });
    const el = await fixture<LtWizard>(html`<lt-wizard bundle="death" lang="en" endpoint=${TEST_ENDPOINT} no-history></lt-wizard>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1')?.textContent).to.equal('Những việc sẽ làm');
    // The wizard's own words are still English.
    expect(el.shadowRoot!.querySelector('[part="next"]')?.textContent?.trim()).to.equal('Continue');
  });
});
