import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/error-summary/error-summary.js';
import type { ErrorLinkEvent, ErrorSummaryItem, LtErrorSummary } from '../../src/elements/error-summary/error-summary.js';

const items: ErrorSummaryItem[] = [
  { target: 'lt-field-declarant-fullName', message: 'Vui lòng nhập họ và tên.' },
  { target: 'lt-field-declarant-personalId', message: 'Số định danh cá nhân gồm đúng 12 chữ số.' },
];

/** A summary with the two problems above. */
const mount = (list: ErrorSummaryItem[] = items) =>
  fixture<LtErrorSummary>(html`<lt-error-summary heading="Có thông tin cần sửa" .items=${list}></lt-error-summary>`);

const linksOf = (el: LtErrorSummary): HTMLAnchorElement[] => [...el.shadowRoot!.querySelectorAll('a')];

/** Collects the targets of every `lt-error-link` heard at the body (so it bubbles out of the shadow root). */
function listen(): { targets: string[]; stop: () => void } {
  const targets: string[] = [];
  const onLink = (event: ErrorLinkEvent) => targets.push(event.detail.target);
  document.body.addEventListener('lt-error-link', onLink);
  return { targets, stop: () => document.body.removeEventListener('lt-error-link', onLink) };
}

describe('lt-error-summary', () => {
  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('renders nothing without items', async () => {
    const el = await fixture<LtErrorSummary>(html`<lt-error-summary heading="Có thông tin cần sửa"></lt-error-summary>`);
    expect(el.shadowRoot!.children.length).to.equal(0);
    el.items = [];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.box')).to.equal(null);
  });

  it('renders nothing, without throwing, when items is not an array', async () => {
    const el = await mount('lỗi' as unknown as ErrorSummaryItem[]);
    expect(el.shadowRoot!.querySelector('.box')).to.equal(null);
  });

  it('shows the heading and one link per problem, in order', async () => {
    const el = await mount();
    const box = el.shadowRoot!.querySelector('[part="base"]')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Có thông tin cần sửa');
    expect(box.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(box.getAttribute('role')).to.equal('alert');
    const links = linksOf(el);
    expect(links.map((a) => a.textContent)).to.deep.equal(items.map((item) => item.message));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(items.map((item) => `#${item.target}`));
  });

  it('takes focus with focus(), so a screen reader reads it out', async () => {
    const el = await mount();
    el.focus();
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="base"]'));
  });

  it('reports a clicked link with lt-error-link and stays on the page', async () => {
    const el = await mount();
    const heard = listen();
    const before = location.href;
    let prevented = false;
    el.addEventListener('click', (event) => (prevented = event.defaultPrevented));
    linksOf(el)[1]!.click();
    heard.stop();
    expect(heard.targets).to.deep.equal([items[1]!.target]);
    expect(prevented).to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('reports a link followed with Enter', async () => {
    const el = await mount();
    const heard = listen();
    const before = location.href;
    el.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(linksOf(el)[0]);
    await sendKeys({ press: 'Enter' });
    heard.stop();
    expect(heard.targets).to.deep.equal([items[0]!.target]);
    expect(location.href).to.equal(before);
  });

  it('shows hostile message text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await mount([{ target: 'x', message: hostile }]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(linksOf(el)[0]!.textContent).to.equal(hostile);
    await expect(el).to.be.accessible();
  });
});
