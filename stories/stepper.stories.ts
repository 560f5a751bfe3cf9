import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/stepper/stepper.js';
import type { LtStepper } from '../src/elements/stepper/stepper.js';

interface Args {
  index: number;
  total: number;
}

/** The stepper's text, once it has rendered. */
async function labelIn(canvas: HTMLElement): Promise<string> {
  const el = canvas.querySelector<LtStepper>('lt-stepper')!;
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
}

const meta: Meta<Args> = {
  title: 'Wizard/Stepper',
  component: 'lt-stepper',
  args: { index: 3, total: 8 },
  render: (args) => html`<lt-stepper .index=${args.index} .total=${args.total}></lt-stepper>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The first of the steps. */
export const FirstStep: Story = { args: { index: 1, total: 8 } };

/** Part-way through: "Bước 3 / 8". */
export const MiddleStep: Story = {
  play: async ({ canvasElement }) => expect(await labelIn(canvasElement)).toBe('Bước 3 / 8'),
};

/** The review step, last of all: the bar is full. */
export const LastStep: Story = { args: { index: 8, total: 8 } };

/** In English: "Step 3 of 8". */
export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => expect(await labelIn(canvasElement)).toBe('Step 3 of 8'),
};

/** Numbers out of range from a host are clamped, never shown as "Bước 0 / 0". */
export const OutOfRange: Story = {
  args: { index: 12, total: Number.NaN },
  play: async ({ canvasElement }) => expect(await labelIn(canvasElement)).toBe('Bước 1 / 1'),
};
