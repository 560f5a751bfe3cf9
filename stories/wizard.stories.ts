import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { TransportError } from '../src/index.js';
import type { LtWizard, Transport } from '../src/index.js';
import { birthAnswers, FATHER_ID } from '../test/fixtures/birth-answers.js';
import { memoryTransport } from './support/memory-transport.js';
import { pressNext, toReview, wizardIn } from './support/wizard-play.js';

/** Keeps dossiers and files in memory: Storybook has no receiver behind it. */
const memory = memoryTransport();

/** A back end that is down, to show how a failed send looks. */
const downTransport: Transport = {
  ...memory,
  submit: async () => {
    throw new TransportError('server', 'The portal is unavailable', { status: 503 });
  },
};

interface Args {
  prefill?: unknown;
  transport?: Transport;
  bundle?: string;
}

const meta: Meta<Args> = {
  title: 'Wizard/Birth bundle',
  component: 'lt-wizard',
  args: { bundle: 'birth', transport: memory },
  render: (args) => html`
    <lt-wizard bundle=${args.bundle ?? 'birth'} no-history .prefill=${args.prefill} .transport=${args.transport}></lt-wizard>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** What a citizen sees first: which procedures to file. */
export const FirstStep: Story = {};

/** The declarant prefilled by the portal (e.g. from VNeID), shown for the citizen to check. */
export const Prefilled: Story = {
  args: {
    prefill: { declarant: { fullName: 'Nguyễn Văn An', personalId: FATHER_ID, birthDate: '1990-05-14', sex: 'male' } },
  },
  play: async ({ canvasElement }) => pressNext(await wizardIn(canvasElement)),
};

/** Continue pressed on an empty step: the error summary and a message at each field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await pressNext(wizard);
    await pressNext(wizard);
  },
};

/** A step with an address: searchable province and commune on today's units, and the old-units option. */
export const Address: Story = {
  args: { prefill: { declarant: { fullName: 'Nguyễn Văn An', personalId: FATHER_ID, birthDate: '1990-05-14', sex: 'male', relationship: 'father' } } },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    for (let i = 0; i < 5 && wizard.currentStep !== 'declarantContact'; i++) await pressNext(wizard);
  },
};

/** The documents step: one slot per paper, the three proofs of birth as alternatives. */
export const Documents: Story = {
  args: { prefill: { ...birthAnswers(), 'documents.birthCertificate': undefined } },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    for (let i = 0; i < 20 && wizard.currentStep !== 'documents'; i++) await pressNext(wizard);
  },
};

/** "Check your answers" for a complete filing of all three procedures. */
export const Review: Story = {
  args: { prefill: birthAnswers() },
  play: async ({ canvasElement }) => toReview(await wizardIn(canvasElement)),
};

/** The review at phone width (320 CSS px, the WCAG reflow width). */
export const ReviewOnAPhone: Story = {
  ...Review,
  globals: { viewport: { value: 'phone320', isRotated: false } },
};

/** After sending: the reference to keep, and a summary to print. */
export const Submitted: Story = {
  args: { prefill: birthAnswers() },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await toReview(wizard);
    await pressNext(wizard);
  },
};

/** Sending failed: the citizen is told, nothing is lost, and Send again is offered. */
export const SubmitFailed: Story = {
  args: { prefill: birthAnswers(), transport: downTransport },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await toReview(wizard);
    await pressNext(wizard);
  },
};

/** A page that names a bundle the library does not have. */
export const UnknownBundle: Story = { args: { bundle: 'wedding' } };
