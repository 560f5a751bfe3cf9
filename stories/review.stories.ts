import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/review/review.js';
import type { ChangeAnswerEvent, LtReview, ReviewSection } from '../src/elements/review/review.js';
import { createI18n, loadBundleStrings, loadLaterStrings, localizerFor } from '../src/i18n/i18n.js';
import type { Lang, Localizer } from '../src/i18n/i18n.js';
import { reviewSections } from '../src/elements/wizard/internal/review-sections.js';
import { completeBirthSession } from '../test/fixtures/birth-answers.js';

/** A localizer with every string of the birth bundle in `lang`, as the wizard has once its first step is shown. */
async function localizer(lang: Lang): Promise<Localizer> {
  const instance = createI18n(lang);
  await Promise.all([loadLaterStrings(instance), loadBundleStrings(instance, 'birth', lang)]);
  return localizerFor(instance, lang);
}

interface Args {
  /** Sections to show; by default the complete birth filing of the shared fixture, built as the wizard does. */
  sections?: ReviewSection[];
  readonly: boolean;
}

/** The review in the story, once it has rendered. */
async function reviewIn(canvas: HTMLElement): Promise<LtReview> {
  const el = canvas.querySelector('lt-review')!;
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Wizard/Review',
  component: 'lt-review',
  args: { readonly: false },
  loaders: [async ({ globals }) => ({ localizer: await localizer(globals['lang'] === 'en' ? 'en' : 'vi') })],
  render: (args, { loaded }) => {
    const words = loaded['localizer'] as Localizer;
    const sections = args.sections ?? reviewSections(words, completeBirthSession());
    return html`<lt-review .sections=${sections} change-label=${words.t('wizard.review.change')} ?readonly=${args.readonly}></lt-review>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** "Check your answers" for the complete birth filing; each Change button reports its answer's path. */
export const CheckAnswers: Story = {
  play: async ({ canvasElement }) => {
    const el = await reviewIn(canvasElement);
    const paths: string[] = [];
    el.addEventListener('lt-change-answer', (event: ChangeAnswerEvent) => paths.push(event.detail.path));
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Số định danh cá nhân'));
    button!.click();
    await expect(paths).toEqual(['declarant.personalId']);
  },
};

/** After sending, or for print: no Change buttons. */
export const Readonly: Story = {
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const el = await reviewIn(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('button').length).toBe(0);
  },
};

/** A single step with long answers, which wrap on a 320 px phone. */
export const LongAnswers: Story = {
  args: {
    sections: [
      {
        id: 'marriage',
        title: 'Giấy chứng nhận kết hôn của cha mẹ',
        rows: [
          {
            path: 'registration.marriagePlace',
            label: 'Nơi đăng ký kết hôn',
            value: 'Ủy ban nhân dân phường Thanh Xuân Trung, quận Thanh Xuân, thành phố Hà Nội (nay là Phường Thanh Xuân, Thành phố Hà Nội)',
          },
          { path: 'registration.marriageBook', label: 'Quyển số', value: 'QuyểnSố01/2018-ĐKKH-UBND-PhườngThanhXuânTrung' },
        ],
      },
    ],
  },
};

/** In English, with the bundle's English wording. */
export const English: Story = { globals: { lang: 'en' } };
