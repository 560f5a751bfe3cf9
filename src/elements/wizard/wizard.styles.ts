import { css } from 'lit';
import { visuallyHidden } from '../shared/field-styles.js';

/** The wizard's frame: mobile-first, one column, logical properties only. */
export const wizardStyles = [visuallyHidden, css`
  :host {
    display: block;
    font-family: var(--lt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--lt-color-text, #0b0c0c);
    line-height: 1.5;
    font-size: 1rem;
  }
  .wizard,
  .problem {
    max-inline-size: var(--lt-max-inline-size, 40rem);
    margin-inline: auto;
    padding: var(--lt-space-m, 1rem);
    box-sizing: border-box;
  }
  .problem {
    border-inline-start: 5px solid var(--lt-color-error, #d4351c);
  }
  h1 {
    font-size: 1.75rem;
    line-height: 1.2;
    margin: 0 0 var(--lt-space-m, 1rem);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--lt-focus-ring-color, #ffdd00);
  }
  .intro,
  .always {
    margin: 0 0 var(--lt-space-m, 1rem);
  }
  form > * + * {
    margin-block-start: var(--lt-space-l, 1.5rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lt-space-m, 1rem);
    margin-block-start: var(--lt-space-l, 1.5rem);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .primary,
  .secondary {
    min-block-size: 44px;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: 0;
    font-weight: 700;
    box-shadow: 0 2px 0 var(--lt-button-shadow-color, #002d18);
  }
  .primary {
    background: var(--lt-button-color, #00703c);
    color: var(--lt-button-text-color, #ffffff);
  }
  .primary[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .secondary {
    background: var(--lt-button-secondary-color, #f3f2f1);
    color: var(--lt-color-text, #0b0c0c);
    box-shadow: 0 2px 0 #929191;
  }
  .primary:focus-visible,
  .secondary:focus-visible,
  .back:focus-visible {
    outline: 3px solid var(--lt-focus-ring-color, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px #0b0c0c;
  }
  .back {
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 24px;
    color: var(--lt-link-color, #1d70b8);
    text-decoration: underline;
    margin-block-end: var(--lt-space-m, 1rem);
  }
  .back::before {
    content: '‹ ';
  }
  .notice {
    border-inline-start: 5px solid var(--lt-link-color, #1d70b8);
    padding-inline-start: var(--lt-space-m, 1rem);
  }
  .notice.warning {
    border-color: var(--lt-color-warning, #f47738);
  }
  .failure {
    border: 5px solid var(--lt-color-error, #d4351c);
    padding: var(--lt-space-m, 1rem);
    margin-block-end: var(--lt-space-l, 1.5rem);
  }
  .failure h2 {
    margin-block-start: 0;
    font-size: 1.25rem;
  }
  .panel {
    background: var(--lt-confirmation-color, #00703c);
    color: #ffffff;
    padding: var(--lt-space-l, 1.5rem);
    text-align: center;
    margin-block-end: var(--lt-space-l, 1.5rem);
  }
  .panel h1 {
    color: inherit;
  }
  .reference {
    font-size: 1.5rem;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .primary,
    .secondary,
    .panel {
      border: 2px solid ButtonText;
    }
  }
  @media print {
    .actions,
    .back,
    lt-stepper {
      display: none;
    }
  }
`];
