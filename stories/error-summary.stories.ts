import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/error-summary/error-summary.js';
import type { ErrorLinkEvent, ErrorSummaryItem, LtErrorSummary } from '../src/elements/error-summary/error-summary.js';
import { defaultLocalizer } from '../src/i18n/i18n.js';

interface Args {
  heading: string;
  items: ErrorSummaryItem[];
}

const vi = defaultLocalizer('vi');
const en = defaultLocalizer('en');

/** The summary in the story, once it has rendered. */
async function summaryIn(canvas: HTMLElement): Promise<LtErrorSummary> {
  const el = canvas.querySelector('lt-error-summary')!;
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Wizard/Error summary',
  component: 'lt-error-summary',
  args: {
    heading: vi.t('wizard.errorSummary'),
    items: [
      { target: 'lt-field-declarant-fullName', message: vi.t('error.required') },
      { target: 'lt-field-declarant-personalId', message: vi.t('error.personalId.format') },
      { target: 'lt-field-declarant-phone', message: vi.t('error.phone.format') },
    ],
  },
  render: (args) => html`<lt-error-summary heading=${args.heading} .items=${args.items}></lt-error-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Several problems after "Continue": the summary takes focus, and each link reports its field. */
export const SeveralErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await summaryIn(canvasElement);
    el.focus();
    await expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('[part="base"]'));
    const targets: string[] = [];
    el.addEventListener('lt-error-link', (event: ErrorLinkEvent) => targets.push(event.detail.target));
    el.shadowRoot!.querySelectorAll('a')[1]!.click();
    await expect(targets).toEqual(['lt-field-declarant-personalId']);
  },
};

/** A single problem. */
export const OneError: Story = {
  args: { items: [{ target: 'lt-field-child-birthDate', message: vi.t('error.date.incomplete') }] },
};

/** Long messages wrap on a 320 px phone. */
export const LongMessages: Story = {
  args: {
    items: [
      { target: 'lt-field-declarant-personalId', message: vi.t('error.personalId.birthYear', { idYear: 1990, declaredYear: 1991 }) },
      { target: 'lt-field-declarant-fullName', message: vi.t('error.name.characters') },
    ],
  },
};

/** In English. */
export const English: Story = {
  globals: { lang: 'en' },
  args: {
    heading: en.t('wizard.errorSummary'),
    items: [
      { target: 'lt-field-declarant-fullName', message: en.t('error.required') },
      { target: 'lt-field-declarant-phone', message: en.t('error.phone.format') },
    ],
  },
};

/** No problems: nothing at all is shown. */
export const NoErrors: Story = {
  args: { items: [] },
  play: async ({ canvasElement }) => {
    const el = await summaryIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part="base"]')).toBeNull();
  },
};
