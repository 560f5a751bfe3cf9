/**
 * The review ("check your answers") built from a session: one section per shown step, one row per answer,
 * each answer written as a person reads it; and, after sending, what was left for later. Loaded with the
 * review element, after the first step.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { PROCEDURES_PATH } from '../../../core/engine/index.js';
import type { BundleDefinition, DeferredFact, FilingState } from '../../../core/engine/index.js';
import type { Localizer } from '../../../i18n/i18n.js';
import type { ReviewSection } from '../../review/review.js';
import { answerText } from './answer-text.js';
import { fieldWords } from './render-field.js';

/** The sections of the review for what `session` shows now. */
export function reviewSections(localizer: Localizer, session: FilingState): ReviewSection[] {
  const { bundle } = session;
  const shown = new Map(session.shownAnswers.map((a) => [a.path, a.value]));
  return session.steps
    .map((step) => {
      const rows = session.fieldsOf(step).flatMap((path) => {
        if (path === PROCEDURES_PATH) {
          return [{ path, label: localizer.t('wizard.review.procedures'), value: answerText(localizer, bundle, path, session.procedures) }];
        }
        const value = shown.get(path);
        return value === undefined
          ? []
          : [{ path, label: fieldWords(localizer, bundle.id, path).label, value: answerText(localizer, bundle, path, value) }];
      });
      return { id: step.id, title: localizer.t(`${bundle.id}.step.${step.id}.title`), rows };
    })
    .filter((section) => section.rows.length > 0);
}

/**
 * After sending with facts left for later: which ones, who waits for them, and where to give them (the host's
 * `supplement-href`, when it gives one).
 */
export function laterSection(
  localizer: Localizer,
  bundle: BundleDefinition,
  deferred: readonly DeferredFact[],
  hrefTemplate: string,
  reference: string,
): TemplateResult | typeof nothing {
  if (deferred.length === 0) return nothing;
  const t = localizer.t;
  const href = supplementLink(hrefTemplate, reference);
  return html`
    <section class="later" part="later">
      <h2>${t('wizard.submitted.later')}</h2>
      <ul>
        ${deferred.map(
          (fact) => html`<li>
            <strong>${fieldWords(localizer, bundle.id, fact.fact).label}</strong>:
            ${t('wizard.submitted.waiting', {
              procedures: fact.procedures.map((id) => t(`${bundle.id}.procedure.${id}.label`)).join(', '),
            })}
          </li>`,
        )}
      </ul>
      <p>${t('wizard.submitted.laterHow')}</p>
      ${href ? html`<p><a href=${href} part="supplement-link">${t('wizard.submitted.laterLink')}</a></p>` : nothing}
    </section>
  `;
}

/**
 * The host's supplement URL with the reference filled in; empty unless it is a web address (http, https or
 * relative to the page), so a mistaken or hostile attribute can never become a `javascript:` link.
 */
export function supplementLink(template: string, reference: string): string {
  if (!template || !reference) return '';
  const href = template.replaceAll('{reference}', encodeURIComponent(reference));
  try {
    return ['http:', 'https:'].includes(new URL(href, document.baseURI).protocol) ? href : '';
  } catch {
    return '';
  }
}
