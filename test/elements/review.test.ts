import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/review/review.js';
import type { ChangeAnswerEvent, LtReview, ReviewSection } from '../../src/elements/review/review.js';

const sections: ReviewSection[] = [
  {
    id: 'declarant',
    title: 'Người đi khai',
    rows: [
      { path: 'declarant.fullName', label: 'Họ, chữ đệm và tên', value: 'Nguyễn Văn An' },
      { path: 'declarant.birthDate', label: 'Ngày sinh', value: '14/05/1990' },
    ],
  },
  {
    id: 'child',
    title: 'Thông tin của trẻ',
    rows: [{ path: 'child.givenName', label: 'Tên', value: 'Khôi' }],
  },
];

/** A review of the answers above, with "Thay đổi" buttons. */
const mount = (list: ReviewSection[] = sections) =>
  fixture<LtReview>(html`<lt-review change-label="Thay đổi" .sections=${list}></lt-review>`);

const buttonsOf = (el: LtReview): HTMLButtonElement[] => [...el.shadowRoot!.querySelectorAll('button')];

/** The name a screen reader gives a button: its text, spaces collapsed. */
const nameOf = (button: HTMLElement): string => button.textContent!.replace(/\s+/g, ' ').trim();

describe('lt-review', () => {
  it('is accessible, with and without the Change buttons', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows each step as a labelled section of dt/dd pairs', async () => {
    const el = await mount();
    const shown = [...el.shadowRoot!.querySelectorAll('section')];
    expect(shown).to.have.length(2);
    const first = shown[0]!;
    const heading = first.querySelector('h2')!;
    expect(heading.textContent).to.equal('Người đi khai');
    expect(first.getAttribute('aria-labelledby')).to.equal(heading.id);
    // Each answer is a dt followed by its value in the first dd (a second dd may hold the Change button).
    const rows = [...first.querySelectorAll('dl > div')];
    expect(rows.map((row) => row.querySelector('dt')?.textContent)).to.deep.equal(['Họ, chữ đệm và tên', 'Ngày sinh']);
    expect(rows.map((row) => row.querySelector('dt + dd')?.textContent)).to.deep.equal(['Nguyễn Văn An', '14/05/1990']);
  });

  it('names each Change button after the answer it changes', async () => {
    const el = await mount();
    expect(buttonsOf(el).map(nameOf)).to.deep.equal(['Thay đổi Họ, chữ đệm và tên', 'Thay đổi Ngày sinh', 'Thay đổi Tên']);
    expect(buttonsOf(el).every((button) => button.type === 'button')).to.equal(true);
  });

  it('fires lt-change-answer with the path when Change is pressed', async () => {
    const el = await mount();
    const paths: string[] = [];
    const onChange = (event: ChangeAnswerEvent) => paths.push(event.detail.path);
    document.body.addEventListener('lt-change-answer', onChange);
    buttonsOf(el)[1]!.click();
    buttonsOf(el)[2]!.click();
    document.body.removeEventListener('lt-change-answer', onChange);
    expect(paths).to.deep.equal(['declarant.birthDate', 'child.givenName']);
  });

  it('has no Change buttons when readonly', async () => {
    const el = await fixture<LtReview>(html`<lt-review readonly change-label="Thay đổi" .sections=${sections}></lt-review>`);
    expect(buttonsOf(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('dt + dd')).to.have.length(3);
    el.readonly = false;
    await el.updateComplete;
    expect(buttonsOf(el)).to.have.length(3);
  });

  it('shows hostile values and labels as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await mount([{ id: 'x', title: hostile, rows: [{ path: 'a.b', label: hostile, value: hostile }] }]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('dt + dd')!.textContent).to.equal(hostile);
  });

  it('keeps line breaks of a long value and wraps it', async () => {
    const el = await mount([{ id: 'x', title: 'Ghi chú', rows: [{ path: 'a.b', label: 'Ghi chú', value: 'Dòng 1\nDòng 2' }] }]);
    const dd = el.shadowRoot!.querySelector('dt + dd')!;
    expect(getComputedStyle(dd).whiteSpace).to.equal('pre-line');
    expect(getComputedStyle(dd).overflowWrap).to.equal('anywhere');
  });

  it('renders nothing, without throwing, when sections is not an array', async () => {
    for (const bad of [null, undefined, 'x', 42, { id: 'x' }]) {
      const el = await fixture<LtReview>(html`<lt-review .sections=${bad as unknown as ReviewSection[]}></lt-review>`);
      expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(0);
    }
  });
});
