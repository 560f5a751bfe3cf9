/**
 * The review ("check your answers") built from a session: one section per shown step, one row per answer,
 * each answer written as a person reads it. Loaded with the review element, after the first step.
 */
import { PROCEDURES_PATH } from '../../../core/engine/index.js';
import type { FilingState } from '../../../core/engine/index.js';
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
