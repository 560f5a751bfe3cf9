/**
 * Strings not needed to show a first step, loaded as one module right after it (i18n.ts): error messages in
 * both languages, the wizard's review and sending words, the upload slot's words (its chunk loads later too),
 * the deferrable field's words, the English wizard and the ethnic groups' names (proper names, the same in
 * every language).
 */
import { ETHNICITY_LABELS } from '../../data/ethnicities.js';
import type { Lang } from '../i18n.js';
import { errors as viErrors } from './vi/errors.js';
import { wizardLater as viWizardLater } from './vi/wizard-later.js';
import { errors as enErrors } from './en/errors.js';
import { wizard as enWizard } from './en/wizard.js';
import { files as viFiles } from './vi/files.js';
import { files as enFiles } from './en/files.js';
import { upload as viUpload } from './vi/upload.js';
import { upload as enUpload } from './en/upload.js';
import { address as viAddress } from './vi/address.js';
import { address as enAddress } from './en/address.js';
import { combobox as viCombobox } from './vi/combobox.js';
import { combobox as enCombobox } from './en/combobox.js';
import { payment as viPayment } from './vi/payment.js';
import { payment as enPayment } from './en/payment.js';
import { deferrable as viDeferrable } from './vi/deferrable.js';
import { deferrable as enDeferrable } from './en/deferrable.js';

const ethnicities = { option: { ethnicity: ETHNICITY_LABELS } };

export const later: Record<Lang, ReadonlyArray<Record<string, unknown>>> = {
  vi: [viErrors, viWizardLater, viFiles, viUpload, viAddress, viCombobox, viPayment, viDeferrable, ethnicities],
  en: [enErrors, enWizard, enFiles, enUpload, enAddress, enCombobox, enPayment, enDeferrable, ethnicities],
};
