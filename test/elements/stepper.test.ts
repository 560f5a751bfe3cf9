import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { defaultStringsPending } from '../../src/i18n/i18n.js';
import '../../src/elements/stepper/stepper.js';
import type { LtStepper } from '../../src/elements/stepper/stepper.js';

/** The visible (and spoken) text of the stepper. */
const labelOf = (el: LtStepper): string => el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();

/** The bar's width as a percentage. */
const barWidth = (el: LtStepper): number =>
  parseFloat((el.shadowRoot!.querySelector<HTMLElement>('[part="bar"]')!.style.inlineSize || 'NaN').replace('%', ''));

describe('lt-stepper', () => {
  it('is accessible', async () => {
    const el = await fixture<LtStepper>(html`<lt-stepper index="3" total="8"></lt-stepper>`);
    await expect(el).to.be.accessible();
  });

  it('reads "Bước 3 / 8" in Vietnamese, by default', async () => {
    const el = await fixture<LtStepper>(html`<lt-stepper index="3" total="8"></lt-stepper>`);
    expect(labelOf(el)).to.equal('Bước 3 / 8');
    expect(barWidth(el)).to.equal(37.5);
  });

  it('reads "Step 3 of 8" when an ancestor is in English', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="en"><section><lt-stepper index="3" total="8"></lt-stepper></section></div>`);
    const el = wrapper.querySelector('lt-stepper')!;
    // The English wording comes with the strings loaded after the first paint.
    await defaultStringsPending();
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Step 3 of 8');
  });

  it('follows property changes', async () => {
    const el = await fixture<LtStepper>(html`<lt-stepper index="1" total="4"></lt-stepper>`);
    el.index = 4;
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Bước 4 / 4');
    expect(barWidth(el)).to.equal(100);
  });

  const cases: Array<[string, number, number, string]> = [
    ['index 0', 0, 8, 'Bước 1 / 8'],
    ['a negative index', -2, 8, 'Bước 1 / 8'],
    ['total NaN', 3, NaN, 'Bước 1 / 1'],
    ['total 0', 3, 0, 'Bước 1 / 1'],
    ['index past the total', 12, 8, 'Bước 8 / 8'],
    ['fractions', 2.7, 5.9, 'Bước 2 / 5'],
  ];
  for (const [what, index, total, text] of cases) {
    it(`clamps ${what} without throwing`, async () => {
      const el = await fixture<LtStepper>(html`<lt-stepper .index=${index} .total=${total}></lt-stepper>`);
      expect(labelOf(el)).to.equal(text);
      const width = barWidth(el);
      expect(width).to.be.within(0, 100);
    });
  }

  it('clamps an attribute that is not a number', async () => {
    const el = await fixture<LtStepper>(html`<lt-stepper index="ba" total="tám"></lt-stepper>`);
    expect(labelOf(el)).to.equal('Bước 1 / 1');
  });

  it('hides the bar from assistive technology, since the text says the same', async () => {
    const el = await fixture<LtStepper>(html`<lt-stepper index="3" total="8"></lt-stepper>`);
    const track = el.shadowRoot!.querySelector('[part="track"]')!;
    expect(track.getAttribute('aria-hidden')).to.equal('true');
    expect(track.querySelector('[part="bar"]')).to.not.equal(null);
    // Nothing else claims to be a progress bar, which would be announced a second time.
    expect(el.shadowRoot!.querySelector('[role="progressbar"], progress')).to.equal(null);
  });
});
