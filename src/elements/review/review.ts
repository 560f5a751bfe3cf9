import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { visuallyHidden } from '../shared/field-styles.js';

/** One answer as it reads. */
export interface ReviewRow {
  /** What to change: the answer's path. */
  path: string;
  label: string;
  value: string;
}

/** A group of answers under a heading (one per step). */
export interface ReviewSection {
  id: string;
  title: string;
  rows: ReviewRow[];
}

/** Detail of `lt-change-answer`. */
export interface ChangeAnswerDetail {
  path: string;
}

export type ChangeAnswerEvent = CustomEvent<ChangeAnswerDetail>;

/**
 * "Check your answers": every answer under the heading of its step, each with a "Change" button whose
 * accessible name includes the question ("Thay đổi Họ"), as GOV.UK's summary list does. Values are text:
 * whatever a host or a citizen typed is shown as typed, never as markup.
 *
 * @summary The review of all answers, with a Change action per answer.
 * @fires lt-change-answer - When a Change button is pressed; `detail.path` is the answer's path.
 * @csspart section - One step's group.
 * @csspart heading - A group's heading.
 * @csspart list - A group's list of answers.
 * @csspart change - A Change button.
 * @cssprop --lt-link-color - Colour of the Change buttons.
 */
@customElement('lt-review')
export class LtReview extends LitElement {
  static override styles = [visuallyHidden, css`
    :host {
      display: block;
      font-family: var(--lt-font-family, system-ui, sans-serif);
      color: var(--lt-color-text, #0b0c0c);
    }
    h2 {
      font-size: 1.25rem;
      margin: var(--lt-space-l, 1.5rem) 0 var(--lt-space-s, 0.5rem);
    }
    dl {
      margin: 0;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.25rem;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--lt-review-border-color, #b1b4b6);
    }
    @media (min-width: 40rem) {
      .row {
        grid-template-columns: 2fr 3fr auto;
        align-items: start;
      }
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    button {
      font: inherit;
      color: var(--lt-link-color, #1d70b8);
      background: none;
      border: 0;
      padding: 0;
      min-block-size: 24px;
      min-inline-size: 24px;
      text-decoration: underline;
      cursor: pointer;
      justify-self: start;
    }
    button:focus-visible {
      outline: 3px solid transparent;
      background: var(--lt-focus-ring-color, #ffdd00);
      color: #0b0c0c;
      box-shadow: 0 4px #0b0c0c;
    }
    @media print {
      button {
        display: none;
      }
    }
  `];

  /** The answers, grouped. */
  @property({ attribute: false }) sections: ReviewSection[] = [];

  /** Text of the Change buttons; by default "Thay đổi" / "Change". */
  @property({ attribute: 'change-label' }) changeLabel = '';

  private readonly strings = new LocalizeController(this);

  /** Hides the Change buttons (a summary after sending, or for print). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private change(path: string): void {
    this.dispatchEvent(new CustomEvent<ChangeAnswerDetail>('lt-change-answer', { detail: { path }, bubbles: true, composed: true }));
  }

  override render() {
    // Sections come from a host: odd shapes are skipped rather than thrown on.
    const sections = (Array.isArray(this.sections) ? this.sections : []).filter((s) => !!s && typeof s === 'object');
    const changeLabel = this.changeLabel || this.strings.localizer.t('wizard.review.change');
    return sections.map(
      (section, i) => html`
        <section part="section" aria-labelledby="section-${i}">
          <h2 id="section-${i}" part="heading">${section.title}</h2>
          <dl part="list">
            ${(Array.isArray(section.rows) ? section.rows : []).map(
              (row) => html`
                <div class="row">
                  <dt>${row.label}</dt>
                  <dd>${row.value}</dd>
                  ${this.readonly
                    ? nothing
                    : html`<dd class="action">
                        <button type="button" part="change" @click=${() => this.change(row.path)}>
                          ${changeLabel}<span class="visually-hidden"> ${row.label}</span>
                        </button>
                      </dd>`}
                </div>
              `,
            )}
          </dl>
        </section>
      `,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-review': LtReview;
  }
  interface HTMLElementEventMap {
    'lt-change-answer': ChangeAnswerEvent;
  }
}
