/**
 * The shape of a bundle definition: the one place where a bundle's procedures, facts, steps and conditions
 * are written down. Rendering, validation, the review step, the dossier and its JSON Schema are all derived
 * from a value of {@link BundleDefinition}; nothing about a bundle is written anywhere else.
 *
 * Paths: every fact the citizen declares lives at `group.field` (e.g. `child.givenName`). Groups say where a
 * fact goes in the dossier (the declarant, the subject, another party, or one procedure's own section).
 */
import type { AddressValue, PayeeValue, RuleIssue, Sex } from '../rules/index.js';
import type { FileKind } from '../files/file-kinds.js';

export type { AddressValue, PayeeValue };

/** `group.field`, the address of one answer. */
export type FieldPath = `${string}.${string}`;

/** Every kind of value an answer can hold. */
export type AnswerValue = string | readonly string[] | AddressValue | readonly DocumentFile[] | PayeeValue | DeferredAnswer;

/** The answer to a deferrable field the citizen chose to give later, with a short reason. */
export interface DeferredAnswer {
  deferred: true;
  reason: string;
}

/** Whether an answer is "later" rather than a value. */
export function isDeferred(value: unknown): value is DeferredAnswer {
  return !!value && typeof value === 'object' && (value as { deferred?: unknown }).deferred === true;
}

/** A file attached to a document slot, as the back end holds it (see the transport's `upload`). */
export interface DocumentFile {
  id: string;
  name: string;
  type: string;
  size: number;
  /** SHA-256 of the bytes the back end received, lowercase hex. */
  sha256: string;
}

/** All answers of a filing, by path. Missing or empty means not answered. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** A condition on the answers (and the chosen procedures), evaluated by the engine. */
export type Condition =
  | { readonly field: FieldPath; readonly equals: string }
  | { readonly field: FieldPath; readonly in: readonly string[] }
  | { readonly field: FieldPath; readonly filled: boolean }
  | { readonly procedure: string }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

interface FieldCommon {
  /** Must be answered whenever the field is shown; a condition makes it required only when it holds. */
  readonly required?: boolean | Condition;
  /** Shown (and validated, and submitted) only when this holds. */
  readonly when?: Condition;
  /** The `autocomplete` token a browser can use to fill it in. */
  readonly autocomplete?: string;
}

/**
 * A fact typed as text (a number, a name, an identifier) that the citizen may give later: the filing is sent
 * without it, the dossier lists it in `deferred`, and these procedures say they await it; nothing else waits.
 * Only text-like kinds can be deferred, since one element (`lt-deferrable-field`) renders them all.
 */
interface Deferrable {
  readonly deferrable?: { readonly procedures: readonly string[] };
}

/** Kinds whose answer is not typed as text are never deferred. */
interface NotDeferrable {
  readonly deferrable?: undefined;
}

export interface TextFieldDefinition extends FieldCommon, Deferrable {
  readonly kind: 'text';
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly inputMode?: 'text' | 'numeric';
  /** A regular expression the whole value must match, with the error code to report when it does not. */
  readonly pattern?: { readonly source: string; readonly code: string };
}

/** A person's or a family's name: normalised, letters only. */
export interface NameFieldDefinition extends FieldCommon, Deferrable {
  readonly kind: 'name';
  readonly maxLength?: number;
}

export interface ChoiceFieldDefinition extends FieldCommon, NotDeferrable {
  readonly kind: 'choice';
  /** The name of an option set in the bundle's `options`; labels are `option.<set>.<value>`. */
  readonly options: string;
  /** Several answers (checkboxes) rather than one. */
  readonly multiple?: boolean;
  /** A long list reads better as a select. */
  readonly appearance?: 'radios' | 'select';
  /** Preselected value for a new filing. */
  readonly initial?: string;
}

export interface DateFieldDefinition extends FieldCommon, NotDeferrable {
  readonly kind: 'date';
  /** The latest allowed date; `today` is the filing day. */
  readonly notAfter?: 'today';
  /** The earliest allowed date, ISO. */
  readonly notBefore?: string;
}

export interface PersonalIdFieldDefinition extends FieldCommon, Deferrable {
  readonly kind: 'personalId';
  /** Where the owner's date of birth and sex are declared, so the ID's century/sex and year digits can be checked. */
  readonly crossCheck?: { readonly birthDate?: FieldPath; readonly sex?: FieldPath | Sex };
}

export interface PhoneFieldDefinition extends FieldCommon, Deferrable {
  readonly kind: 'phone';
}

export interface EmailFieldDefinition extends FieldCommon, Deferrable {
  readonly kind: 'email';
}

export interface AddressFieldDefinition extends FieldCommon, NotDeferrable {
  readonly kind: 'address';
  /** The commune may be left out (a hometown is often known only by province). */
  readonly communeOptional?: boolean;
  /** The detail line may be left out. */
  readonly detailOptional?: boolean;
  /** A place abroad may be declared (country first). */
  readonly foreignAllowed?: boolean;
}

/**
 * A document slot: one kind of paper the law asks for, with one or more files (pages). Slots live in a group
 * with the `documents` role, so the dossier lists them per slot.
 */
export interface UploadFieldDefinition extends FieldCommon, NotDeferrable {
  readonly kind: 'upload';
  /** File kinds accepted; all of them (JPEG, PNG, WebP, HEIC, PDF) when absent. */
  readonly accept?: readonly FileKind[];
  /** Fewest files when any are given (pages of one paper); default 1. */
  readonly minFiles?: number;
  /** Most files; default 10. */
  readonly maxFiles?: number;
  /** Largest file after shrinking, in bytes; default 10 MB. */
  readonly maxBytes?: number;
  /**
   * Either/or: slots sharing this name are alternatives, and at least one of those shown must have files
   * (the birth certificate, or a witness's confirmation, or a written undertaking). Such slots are not
   * `required` themselves, and share their conditions.
   */
  readonly oneOf?: string;
}

/**
 * Where money is paid (the funeral allowance): a bank transfer (bank chosen by BIN from the bank list, account
 * number, account holder) or cash through the public postal service.
 */
export interface PayeeFieldDefinition extends FieldCommon, NotDeferrable {
  readonly kind: 'payee';
}

export type FieldDefinition =
  | TextFieldDefinition
  | NameFieldDefinition
  | ChoiceFieldDefinition
  | DateFieldDefinition
  | PersonalIdFieldDefinition
  | PhoneFieldDefinition
  | EmailFieldDefinition
  | AddressFieldDefinition
  | UploadFieldDefinition
  | PayeeFieldDefinition;

export type FieldKind = FieldDefinition['kind'];

/**
 * Where a group's facts go in the dossier. Facts of the declarant, the subject and other parties are shared:
 * declared once, referenced by every procedure that needs them. A section belongs to one procedure.
 */
export type GroupRole =
  | { readonly kind: 'declarant' }
  | { readonly kind: 'subject' }
  | { readonly kind: 'party' }
  | { readonly kind: 'section'; readonly procedure: string }
  /** Document slots: listed in the dossier's `documents`, one entry per slot with files. */
  | { readonly kind: 'documents' };

export interface GroupDefinition {
  readonly role: GroupRole;
  /** The group (all its fields) exists only when this holds. */
  readonly when?: Condition;
  /** Prefix of the group's strings when shared between bundles; defaults to the bundle id. */
  readonly strings?: string;
  readonly fields: Readonly<Record<string, FieldDefinition>>;
}

export interface ProcedureDefinition {
  /** The agency that handles it, for routing (`justice`, `police`, `socialInsurance`, …). */
  readonly agency: string;
  /** Always filed; the citizen cannot leave it out. */
  readonly always?: boolean;
  /** The shared groups this procedure needs (by group id), so the dossier can say so and skip what no one needs. */
  readonly needs: readonly string[];
}

export interface StepDefinition {
  readonly id: string;
  /** Fields shown on this step, in order. */
  readonly fields: readonly FieldPath[];
  /** Only shown when the citizen chose this procedure. */
  readonly procedure?: string;
  /** Only shown when this holds. */
  readonly when?: Condition;
  /** This step asks which of the bundle's optional procedures to file. */
  readonly choosesProcedures?: boolean;
}

/** A rule across several answers; reported on `reportOn` when `check` finds an issue. */
export interface CrossFieldRule {
  readonly id: string;
  readonly reportOn: FieldPath;
  /** Every path the rule reads; it runs only when all of them are shown. */
  readonly reads: readonly FieldPath[];
  readonly check: (answers: Answers, context: { today: string }) => RuleIssue | null;
}

export interface BundleDefinition {
  readonly id: string;
  readonly procedures: Readonly<Record<string, ProcedureDefinition>>;
  readonly groups: Readonly<Record<string, GroupDefinition>>;
  /** Option sets for choice fields: value lists whose labels are `option.<set>.<value>`. */
  readonly options: Readonly<Record<string, readonly string[]>>;
  readonly steps: readonly StepDefinition[];
  readonly rules?: readonly CrossFieldRule[];
}

/** Keeps the literal types of a definition while checking it against the model. */
export function defineBundle<const B extends BundleDefinition>(bundle: B): B {
  return bundle;
}

/** The path under which the chosen procedures are kept among the answers. */
export const PROCEDURES_PATH = 'request.procedures';

/** The dossier format this version of the library writes. */
export const DOSSIER_FORMAT = 'lienthong.dossier/1';

/** Most files a document slot takes when its definition does not say. */
export const DEFAULT_MAX_FILES = 10;
