/** What a story's play function does with a wizard: find it, press its main button, walk it to the review. */
import type { LtWizard } from '../../src/index.js';

/** The wizard in the story, once it has rendered. */
export async function wizardIn(canvas: HTMLElement): Promise<LtWizard> {
  const wizard = canvas.querySelector('lt-wizard')!;
  await wizard.updateComplete;
  return wizard;
}

/** Presses the main button, as a citizen would. */
export async function pressNext(wizard: LtWizard): Promise<void> {
  wizard.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  await wizard.updateComplete;
}

/** Walks a fully prefilled wizard to its review step. */
export async function toReview(wizard: LtWizard): Promise<void> {
  for (let i = 0; i < 20 && wizard.currentStep !== 'review'; i++) await pressNext(wizard);
}
