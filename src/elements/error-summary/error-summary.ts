import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { LocalizeController } from '../shared/localize-controller.js';

/** One entry of the summary: the message and the id of the field it belongs to. */
export interface ErrorSummaryItem {
  target: string;
  message: string;
}

/** Detail of `lt-error-link`: the id of the field to go to. */
export interface ErrorLinkDetail {
  target: string;
}

export type ErrorLinkEvent = CustomEvent<ErrorLinkDetail>;

/**
 * The list of problems shown at the top of a step after a failed "Continue", as GOV.UK's error summary does:
 * it takes focus so a screen reader announces it, and each entry links to its field. Fields usually live in
 * another shadow root, where `#id` links cannot reach, so a click is reported with `lt-error-link` for the
 * owner to move focus.
 *
 * @summary Summary of a step's errors, linking to each field.
 * @fires lt-error-link - When an entry is followed; `detail.target` is the field's id.
 * @csspart base - The box.
 * @csspart heading - The heading.
 * @csspart list - The list of problems.
 * @cssprop --lt-color-error - Border and link colour.
 */
@customElement('lt-error-summary')
export class LtErrorSummary extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--lt-font-family, system-ui, sans-serif);
    }
    .box {
      border: 5px solid var(--lt-color-error, #d4351c);
      padding: var(--lt-space-m, 1rem);
      margin-block-end: var(--lt-space-l, 1.5rem);
    }
    .box:focus {
      outline: 3px solid var(--lt-focus-ring-color, #ffdd00);
      outline-offset: 0;
    }
    h2 {
      margin: 0 0 var(--lt-space-s, 0.5rem);
      font-size: 1.25rem;
    }
    ul {
      margin: 0;
      padding-inline-start: 0;
      list-style: none;
    }
    li + li {
      margin-block-start: 0.5rem;
    }
    a {
      color: var(--lt-color-error, #d4351c);
      font-weight: 700;
      text-decoration: underline;
      display: inline-block;
      min-block-size: 24px;
    }
    a:focus-visible {
      outline: 3px solid transparent;
      background: var(--lt-focus-ring-color, #ffdd00);
      color: #0b0c0c;
    }
  `;

  /** Heading of the box; by default "Có thông tin cần sửa" / "There is a problem". */
  @property() heading = '';

  private readonly strings = new LocalizeController(this);

  /** The problems, in the order of the fields. */
  @property({ attribute: false }) items: ErrorSummaryItem[] = [];

  @query('.box') private box?: HTMLElement;

  /** Moves focus to the summary so it is read out. */
  override focus(options?: FocusOptions): void {
    this.box?.focus(options);
  }

  private follow(event: Event, target: string): void {
    event.preventDefault();
    this.dispatchEvent(new CustomEvent<ErrorLinkDetail>('lt-error-link', { detail: { target }, bubbles: true, composed: true }));
  }

  override render() {
    // Items come from a host: anything without a target to link to is left out rather than thrown on.
    const items = (Array.isArray(this.items) ? this.items : []).filter(
      (item): item is ErrorSummaryItem => !!item && typeof item === 'object' && typeof item.target === 'string',
    );
    if (items.length === 0) return nothing;
    return html`
      <div class="box" part="base" tabindex="-1" role="alert" aria-labelledby="heading">
        <h2 id="heading" part="heading">${this.heading || this.strings.localizer.t('wizard.errorSummary')}</h2>
        <ul part="list">
          ${items.map(
            (item) => html`<li><a href="#${item.target}" @click=${(e: Event) => this.follow(e, item.target)}>${item.message}</a></li>`,
          )}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-error-summary': LtErrorSummary;
  }
  interface HTMLElementEventMap {
    'lt-error-link': ErrorLinkEvent;
  }
}
