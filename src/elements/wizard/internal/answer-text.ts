/**
 * How an answer reads on the review step and in the printed summary: option labels instead of codes, dates as
 * dd/mm/yyyy, addresses as officers write them (detail, commune, province, country).
 */
import { addressText, formatDate, payeeText } from '../../../core/rules/index.js';
import { fieldAt, isDeferred, PROCEDURES_PATH } from '../../../core/engine/index.js';
import type { AddressValue, AnswerValue, BundleDefinition, DocumentFile } from '../../../core/engine/index.js';
import { formatBytes } from '../../../core/files/format-bytes.js';
import type { Localizer } from '../../../i18n/i18n.js';
import { optionLabel } from './render-field.js';

/** The text of the answer at `path`. */
export function answerText(localizer: Localizer, bundle: BundleDefinition, path: string, value: AnswerValue): string {
  if (path === PROCEDURES_PATH) {
    return (value as string[]).map((id) => localizer.t(`${bundle.id}.procedure.${id}.label`)).join('; ');
  }
  if (isDeferred(value)) {
    const reason = value.reason.trim();
    return reason ? localizer.t('wizard.deferred.reviewWithReason', { reason }) : localizer.t('wizard.deferred.review');
  }
  const field = fieldAt(bundle, path);
  if (!field) return String(value);
  switch (field.kind) {
    case 'choice': {
      const values = Array.isArray(value) ? (value as string[]) : [value as string];
      return values.map((v) => optionLabel(localizer, bundle, field.options, v)).join('; ');
    }
    case 'date':
      return formatDate(value as string);
    case 'address':
      return addressText(value as AddressValue, localizer.t('field.address.before'));
    case 'payee':
      return payeeText(value, {
        transfer: localizer.t('field.payee.review.transfer'),
        account: localizer.t('field.payee.review.account'),
        holder: localizer.t('field.payee.review.holder'),
        post: localizer.t('field.payee.review.post'),
      });
    case 'upload':
      // One line per file (the review keeps line breaks): the name the citizen knows and its size.
      return (value as DocumentFile[]).map((file) => `${file.name} (${formatBytes(file.size, 'nearest', localizer.lang)})`).join('\n');
    default:
      return String(value);
  }
}
