import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import type { LtWizard, Transport } from '../src/index.js';
import type { LookupHook } from '../src/elements/wizard/internal/lookups.js';
import { deathAnswers, FATHER_ID } from '../test/fixtures/death-answers.js';
import { memoryTransport } from './support/memory-transport.js';
import { pressNext, toReview, wizardIn } from './support/wizard-play.js';

const SI_PATH = 'deceased.socialInsuranceNumber';

/** A dossier the in-memory back end holds, sent without the social-insurance number. */
const WAITING = '01JD8K3V5Q2N7X4W6Y9Z0A1B2C';
/** A dossier whose number was already given. */
const COMPLETE = '01JD8K3V5Q2N7X4W6Y9Z0A1B2D';

function backEnd(): Transport {
  return memoryTransport({
    [WAITING]: { bundle: 'death', awaiting: [{ fact: SI_PATH, procedures: ['funeralAllowance', 'survivorBenefit'] }] },
    [COMPLETE]: { bundle: 'death', awaiting: [] },
  });
}

/** The portal's lookup: finds the number of the deceased in the fixture, after a short wait. */
const portalLookup: LookupHook = ({ answers }) =>
  new Promise((resolve) => setTimeout(() => resolve(answers['deceased.personalId'] === FATHER_ID ? '0101234567' : null), 150));

/** Every answer but the number, so a story can stop where the number is asked. */
function withoutNumber(): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...deathAnswers() };
  delete answers[SI_PATH];
  return answers;
}

/** The declarant's answers alone, so a story can stop at the first step about the deceased. */
function declarantOnly(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(deathAnswers()).filter(([path]) => path.startsWith('declarant.')));
}

/** Presses Continue until the step `id` shows. */
async function toStep(wizard: LtWizard, id: string): Promise<void> {
  for (let i = 0; i < 20 && wizard.currentStep !== id; i++) await pressNext(wizard);
  await expect(wizard.currentStep).toBe(id);
}

/** The number's field on the shown step. */
function numberField(wizard: LtWizard): HTMLElement & { updateComplete: Promise<unknown> } {
  return wizard.shadowRoot!.querySelector(`[name="${SI_PATH}"]`)!;
}

/** Chooses "provide it later" on the number's field and gives a reason, as a click and typing would. */
async function provideLater(wizard: LtWizard, reason: string): Promise<void> {
  const field = numberField(wizard);
  field.shadowRoot!.querySelector<HTMLInputElement>('#mode-later')!.click();
  await field.updateComplete;
  const box = field.shadowRoot!.querySelector<HTMLInputElement>('#reason')!;
  box.value = reason;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await wizard.updateComplete;
}

/** The supplement flow inside the wizard, once it has shown something other than "loading". */
async function supplementSettled(wizard: LtWizard): Promise<void> {
  await waitFor(() => {
    const flow = wizard.shadowRoot!.querySelector('lt-supplement');
    expect(flow?.shadowRoot?.querySelector('h1')).toBeTruthy();
  });
}

interface Args {
  prefill?: unknown;
  transport?: Transport;
  lookups?: Record<string, LookupHook>;
  supplement?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Wizard/Death bundle',
  component: 'lt-wizard',
  args: { lang: 'vi' },
  // A new back end per story, so what one story sends never shows in another.
  render: (args) => html`
    <lt-wizard bundle="death" lang=${args.lang ?? 'vi'} no-history supplement=${args.supplement ?? ''}
      supplement-href="?supplement={reference}"
      .prefill=${args.prefill} .transport=${args.transport ?? backEnd()} .lookups=${args.lookups}></lt-wizard>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The first screen: condolences, what will be needed, what can come later, and which procedures to add. */
export const FirstStep: Story = {};

/** The same, in English. */
export const FirstStepInEnglish: Story = { args: { lang: 'en' } };

/** The declarant, here prefilled by the portal and shown for the citizen to check. */
export const Declarant: Story = {
  args: { prefill: { declarant: { fullName: 'Nguyễn Thị Lan', personalId: '001175012345', birthDate: '1975-02-03', sex: 'female' } } },
  play: async ({ canvasElement }) => pressNext(await wizardIn(canvasElement)),
};

/** The person who died: names, birth date or only the year, and the last place of residence. */
export const Deceased: Story = {
  args: { prefill: declarantOnly() },
  play: async ({ canvasElement }) => toStep(await wizardIn(canvasElement), 'deceased'),
};

/** The funeral allowance, with the social-insurance number not answered yet: three ways to answer it. */
export const NumberAsked: Story = {
  args: { prefill: withoutNumber(), lookups: { [SI_PATH]: portalLookup } },
  play: async ({ canvasElement }) => toStep(await wizardIn(canvasElement), 'funeral'),
};

/** Continue pressed without answering the number: a calm note, never a red error. */
export const NumberNotAnswered: Story = {
  args: { prefill: withoutNumber() },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await toStep(wizard, 'funeral');
    await pressNext(wizard);
    await expect(numberField(wizard).shadowRoot!.querySelector('.notice-message')).toBeTruthy();
  },
};

/** The portal's lookup found the number: shown for the citizen to use, not filled in. */
export const NumberLookedUp: Story = {
  args: { prefill: withoutNumber(), lookups: { [SI_PATH]: portalLookup } },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await toStep(wizard, 'funeral');
    const field = numberField(wizard);
    field.shadowRoot!.querySelector<HTMLInputElement>('#mode-now')!.click();
    await field.updateComplete;
    field.shadowRoot!.querySelector<HTMLButtonElement>('#lookup')!.click();
    await waitFor(() => expect(field.shadowRoot!.querySelector('#use')).toBeTruthy());
  },
};

/** "Provide it later", with a reason: the note says the filing is still sent now. */
export const NumberLater: Story = {
  args: { prefill: withoutNumber() },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await toStep(wizard, 'funeral');
    await provideLater(wizard, 'Chưa tìm thấy sổ bảo hiểm xã hội');
  },
};

/** How the money is paid: a bank transfer (the bank picker) or cash by post. */
export const Payment: Story = {
  args: { prefill: { ...deathAnswers(), 'payment.payee': undefined } },
  play: async ({ canvasElement }) => toStep(await wizardIn(canvasElement), 'payment'),
};

/** "Check your answers" with the number left for later. */
export const ReviewWithNumberLater: Story = {
  args: { prefill: withoutNumber() },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await toStep(wizard, 'funeral');
    await provideLater(wizard, 'Chưa tìm thấy sổ bảo hiểm xã hội');
    await toReview(wizard);
  },
};

/** After sending without the number: what is left, who waits for it, and the link to give it later. */
export const SubmittedWithNumberLater: Story = {
  ...ReviewWithNumberLater,
  play: async (context) => {
    await ReviewWithNumberLater.play!(context);
    const wizard = await wizardIn(context.canvasElement);
    await pressNext(wizard);
    await expect(wizard.currentStep).toBe('submitted');
    await expect(wizard.shadowRoot!.querySelector('[part="later"]')).toBeTruthy();
  },
};

/** The whole filing, at phone width (320 CSS px), on the review. */
export const ReviewOnAPhone: Story = {
  args: { prefill: deathAnswers() },
  globals: { viewport: { value: 'phone320', isRotated: false } },
  play: async ({ canvasElement }) => toReview(await wizardIn(canvasElement)),
};

/** Coming back with the reference: only the number is asked. */
export const Supplement: Story = {
  args: { supplement: WAITING },
  play: async ({ canvasElement }) => supplementSettled(await wizardIn(canvasElement)),
};

/** The number given: the dossier has everything it needs. */
export const SupplementSent: Story = {
  args: { supplement: WAITING },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await supplementSettled(wizard);
    const flow = wizard.shadowRoot!.querySelector('lt-supplement')!;
    const box = flow.shadowRoot!.querySelector(`[name="${SI_PATH}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    box.value = '0101234567';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await flow.updateComplete;
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part="confirmation"]')).toBeTruthy());
  },
};

/** A reference no dossier has. */
export const SupplementUnknownReference: Story = {
  args: { supplement: '01JD8K3V5Q2N7X4W6Y9Z0A1B2E' },
  play: async ({ canvasElement }) => supplementSettled(await wizardIn(canvasElement)),
};

/** A dossier that awaits nothing more. */
export const SupplementAlreadyComplete: Story = {
  args: { supplement: COMPLETE },
  play: async ({ canvasElement }) => supplementSettled(await wizardIn(canvasElement)),
};
