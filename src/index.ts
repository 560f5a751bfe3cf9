/**
 * lienthong: web components for Vietnam's interconnected birth and death procedure bundles.
 * Importing this module registers every `lt-` element; the exports are for typing and for building on it.
 */
import './elements/wizard/wizard.js';

export { LtWizard } from './elements/wizard/wizard.js';
export type {
  StepChangeDetail,
  StepChangeEvent,
  SubmitDetail,
  WizardSubmitEvent,
  SubmittedDetail,
  SubmittedEvent,
  SubmitFailedDetail,
  SubmitFailedEvent,
  PrefillRejectedDetail,
  PrefillRejectedEvent,
} from './elements/wizard/wizard.js';
export type { LookupHook, LookupRequest } from './elements/wizard/internal/lookups.js';
export { LtSupplement } from './elements/supplement/supplement.js';
export type { SupplementedDetail, SupplementedEvent } from './elements/supplement/supplement.js';
export { LtDeferrableField } from './elements/deferrable-field/deferrable-field.js';
export type { DeferrableValue, DeferrableLookup } from './elements/deferrable-field/deferrable-field.js';
export { LtTextField } from './elements/text-field/text-field.js';
export { LtChoiceField } from './elements/choice-field/choice-field.js';
export { LtDateField } from './elements/date-field/date-field.js';
export { LtPersonalIdField } from './elements/personal-id-field/personal-id-field.js';
export { LtPhoneField } from './elements/phone-field/phone-field.js';
export { LtEmailField } from './elements/email-field/email-field.js';
export { LtAddressField } from './elements/address-field/address-field.js';
export { LtUploadSlot } from './elements/upload-slot/upload-slot.js';
export { LtStepper } from './elements/stepper/stepper.js';
export { LtErrorSummary } from './elements/error-summary/error-summary.js';
export type { ErrorSummaryItem, ErrorLinkEvent } from './elements/error-summary/error-summary.js';
export { LtReview } from './elements/review/review.js';
export type { ReviewSection, ReviewRow, ChangeAnswerEvent } from './elements/review/review.js';

export { bundles, findBundle, loadBundle, isBundleName, BUNDLE_NAMES, birth } from './bundles/index.js';
export { death } from './bundles/death.js';
export type { BundleName } from './bundles/index.js';
export { assembleDossier, DOSSIER_FORMAT, FilingSession, StepFlow } from './core/engine/index.js';
export { dossierSchema, validateDossier } from './core/engine/schema.js';
export type { BundleDefinition, Dossier, DossierOf, DossierDocument, DocumentFile, AddressValue, Answers, AnswerValue } from './core/engine/index.js';
export { createHttpTransport, TransportError } from './core/transport/index.js';
export type {
  Transport,
  SubmitReceipt,
  TransportErrorKind,
  UploadRequest,
  UploadOptions,
  UploadProgress,
  UploadedFile,
} from './core/transport/index.js';
export type { Lang, ResourceOverrides } from './i18n/i18n.js';
