import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { LocalizeController } from '../shared/localize-controller.js';

/**
 * The bar's width is set through the CSS object model after rendering, which a strict Content-Security-Policy
 * allows, not through a `style` attribute, which it blocks.
 *
 * Shows where the citizen is: "Bước 3 / 8" as text (what a screen reader reads, and what moves with the
 * heading that takes focus) and a bar for sighted users, hidden from assistive technology since it repeats
 * the text.
 *
 * @summary Progress through the wizard's steps.
 * @csspart label - The "Bước 3 / 8" text.
 * @csspart track - The bar's background.
 * @csspart bar - The filled part of the bar.
 * @cssprop --lt-stepper-color - Colour of the filled bar.
 * @cssprop --lt-stepper-track-color - Colour of the track.
 */
@customElement('lt-stepper')
export class LtStepper extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--lt-font-family, system-ui, sans-serif);
      color: var(--lt-color-secondary-text, #505a5f);
      margin-block-end: var(--lt-space-s, 0.5rem);
    }
    p {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .track {
      block-size: 0.5rem;
      background: var(--lt-stepper-track-color, #dfe3e6);
      border-radius: 0.25rem;
      overflow: hidden;
    }
    .bar {
      block-size: 100%;
      background: var(--lt-stepper-color, #1d70b8);
      transition: inline-size 0.2s ease-out;
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .track {
        border: 1px solid CanvasText;
      }
      .bar {
        background: Highlight;
      }
    }
  `;

  /** 1-based position of the current step. */
  @property({ type: Number }) index = 1;

  /** Number of steps, counting the review step. */
  @property({ type: Number }) total = 1;

  private readonly strings = new LocalizeController(this);

  @query('.bar') private bar?: HTMLElement;

  /** The position as whole numbers within range, whatever a host set. */
  private get clamped(): { index: number; total: number } {
    // Whole, finite numbers only: a host's NaN or Infinity must not reach the screen.
    const whole = (n: number) => (Number.isFinite(n) ? Math.floor(n) : 1);
    const total = Math.max(1, whole(this.total));
    return { index: Math.min(total, Math.max(1, whole(this.index))), total };
  }

  protected override updated(): void {
    const { index, total } = this.clamped;
    if (this.bar) this.bar.style.inlineSize = `${(index / total) * 100}%`;
  }

  override render() {
    const { localizer } = this.strings;
    const { index, total } = this.clamped;
    return html`
      <p part="label">${localizer.t('wizard.stepOf', { index, total })}</p>
      <div class="track" part="track" aria-hidden="true">
        <div class="bar" part="bar"></div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-stepper': LtStepper;
  }
}
