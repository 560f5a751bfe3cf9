import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/review/review.js';
import type { ChangeAnswerEvent, LtReview, ReviewSection } from '../src/elements/review/review.js';
import { PROCEDURES_PATH } from '../src/core/engine/index.js';
import type { FilingSession } from '../src/core/engine/index.js';
import { createI18n, defaultLocalizer, loadBundleStrings, localizerFor } from '../src/i18n/i18n.js';
import type { Localizer } from '../src/i18n/i18n.js';
import { answerText } from '../src/elements/wizard/internal/answer-text.js';
import { fieldWords } from '../src/elements/wizard/internal/render-field.js';
import { completeBirthSession } from '../test/fixtures/birth-answers.js';

/** The review's sections for a session, built as the wizard builds them: one per step, shown answers only. */
function sectionsOf(session: FilingSession, localizer: Localizer): ReviewSection[] {
  const { bundle } = session;
  const shown = new Map(session.shownAnswers.map((a) => [a.path, a.value]));
  return session.steps
    .map((step) => ({
      id: step.id,
      title: localizer.t(`${bundle.id}.step.${step.id}.title`),
      rows: session.fieldsOf(step).flatMap((path) => {
        if (path === PROCEDURES_PATH) {
          return [{ path, label: localizer.t('wizard.review.procedures'), value: answerText(localizer, bundle, path, session.procedures) }];
        }
        const value = shown.get(path);
        return value === undefined ? [] : [{ path, label: fieldWords(localizer, bundle.id, path).label, value: answerText(localizer, bundle, path, value) }];
      }),
    }))
    .filter((section) => section.rows.length > 0);
}

/** A localizer with the birth bundle's English strings, which are loaded on demand. */
async function englishLocalizer(): Promise<Localizer> {
  const instance = createI18n('en');
  await loadBundleStrings(instance, 'birth', 'en');
  return localizerFor(instance, 'en');
}

const vi = defaultLocalizer('vi');

/** The complete birth filing of the shared fixture (father declaring his son's birth in Hà Nội). */
const birthSections = sectionsOf(completeBirthSession(), vi);

interface Args {
  sections: ReviewSection[];
  changeLabel: string;
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
  args: { sections: birthSections, changeLabel: vi.t('wizard.review.change'), readonly: false },
  render: (args) =>
    html`<lt-review .sections=${args.sections} change-label=${args.changeLabel} ?readonly=${args.readonly}></lt-review>`,
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
        title: vi.t('birth.step.marriage.title'),
        rows: [
          {
            path: 'registration.marriagePlace',
            label: fieldWords(vi, 'birth', 'registration.marriagePlace').label,
            value: 'Ủy ban nhân dân phường Thanh Xuân Trung, quận Thanh Xuân, thành phố Hà Nội (nay là Phường Thanh Xuân, Thành phố Hà Nội)',
          },
          { path: 'registration.marriageBook', label: fieldWords(vi, 'birth', 'registration.marriageBook').label, value: 'QuyểnSố01/2018-ĐKKH-UBND-PhườngThanhXuânTrung' },
        ],
      },
    ],
  },
};

/** In English, with the bundle's English wording. */
export const English: Story = {
  globals: { lang: 'en' },
  loaders: [async () => ({ localizer: await englishLocalizer() })],
  render: (args, { loaded }) => {
    const en = loaded['localizer'] as Localizer;
    return html`<lt-review .sections=${sectionsOf(completeBirthSession(), en)} change-label=${en.t('wizard.review.change')} ?readonly=${args.readonly}></lt-review>`;
  },
};
