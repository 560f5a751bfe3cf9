/**
 * Assembles the dossier — the one JSON document a filing produces (DESIGN.md §4) — from a session. Shared facts
 * (declarant, subject, other parties) appear once; each chosen procedure gets a section with its own facts
 * and the list of shared facts it relies on, so an agency can be sent its part as it is.
 */
import type { AddressValue, BundleDefinition, ChoiceFieldDefinition, FieldDefinition } from './model.js';
import { DOSSIER_FORMAT, isDeferred } from './model.js';
import type { FilingState } from './filing-state.js';
import { fieldAt, splitPath } from './filing-state.js';

/** The value type a field definition produces. */
export type FieldValue<F extends FieldDefinition> = F extends { kind: 'address' }
  ? AddressValue
  : F extends ChoiceFieldDefinition & { multiple: true }
    ? string[]
    : string;

/** The facts of one group, keyed by field. */
export type GroupFacts<F extends Readonly<Record<string, FieldDefinition>>> = { [K in keyof F]?: FieldValue<F[K]> };

/** The files attached to one document slot. */
export interface DossierDocument {
  slot: string;
  files: Array<{ id: string; name: string; type: string; size: number; sha256: string }>;
}

/** A fact the citizen chose to provide later, and the procedures that wait for it. */
export interface DeferredFact {
  fact: string;
  procedures: string[];
  reason?: string;
}

/** A procedure's part of the dossier: its agency, the shared facts it uses, and its own groups. */
export type DossierSection = { agency: string; facts: string[]; awaiting?: string[] } & Record<string, unknown>;

/** The dossier of any bundle. Use {@link DossierOf} for one bundle's precise type. */
export interface Dossier {
  format: typeof DOSSIER_FORMAT;
  bundle: string;
  /** Made on the device (a ULID); the idempotency key of every send. */
  reference: string;
  createdAt: string;
  language: 'vi' | 'en';
  /** Exactly the procedures the citizen asked for. */
  procedures: string[];
  declarant?: Record<string, unknown>;
  subject?: Record<string, unknown>;
  parties?: Record<string, Record<string, unknown>>;
  sections: Record<string, DossierSection>;
  documents: DossierDocument[];
  deferred: DeferredFact[];
}

type GroupsWhere<B extends BundleDefinition, Kind extends string> = {
  [G in keyof B['groups']]: B['groups'][G]['role']['kind'] extends Kind ? G : never;
}[keyof B['groups']];

type FactsOf<B extends BundleDefinition, G extends keyof B['groups']> = GroupFacts<B['groups'][G]['fields']>;

/** The dossier of bundle `B`, typed from its definition. */
export type DossierOf<B extends BundleDefinition> = Omit<Dossier, 'declarant' | 'subject' | 'parties' | 'procedures'> & {
  procedures: Array<keyof B['procedures'] & string>;
  declarant?: FactsOf<B, GroupsWhere<B, 'declarant'>>;
  subject?: FactsOf<B, GroupsWhere<B, 'subject'>>;
  parties?: { [G in GroupsWhere<B, 'party'>]?: FactsOf<B, G> };
};

/**
 * Where a group's facts sit in the dossier: `declarant`, `subject`, `parties.<id>`, `sections.<procedure>.<id>`,
 * or `documents` (a list with one entry per slot rather than an object).
 */
export function groupLocation(bundle: BundleDefinition, groupId: string): readonly string[] {
  const role = bundle.groups[groupId]?.role;
  switch (role?.kind) {
    case 'declarant':
      return ['declarant'];
    case 'subject':
      return ['subject'];
    case 'party':
      return ['parties', groupId];
    case 'section':
      return ['sections', role.procedure, groupId];
    case 'documents':
      return ['documents'];
    default:
      return [groupId];
  }
}

/** Where a shared group is referenced from a section (`declarant`, `subject`, `parties.mother`). */
function sharedReference(bundle: BundleDefinition, groupId: string): string {
  return groupLocation(bundle, groupId).join('.');
}

function put(target: Record<string, unknown>, location: readonly string[], field: string, value: unknown): void {
  let node = target;
  for (const key of location) node = (node[key] ??= {}) as Record<string, unknown>;
  node[field] = value;
}

/** Builds the dossier from what the session shows: hidden answers are left out. */
export function assembleDossier(
  session: FilingState,
  meta: { reference: string; createdAt: string; language: 'vi' | 'en'; deferred?: DeferredFact[] },
): Dossier {
  const { bundle } = session;
  const procedures = session.procedures;
  // Facts first, in the order a reader meets them: declarant, subject, other parties, then each section.
  const facts: Record<string, unknown> = {};
  const sections: Record<string, DossierSection> = {};
  for (const id of procedures) {
    const procedure = bundle.procedures[id]!;
    sections[id] = {
      agency: procedure.agency,
      facts: procedure.needs.filter((g) => session.groupShown(g)).map((g) => sharedReference(bundle, g)),
    };
  }
  const documents: DossierDocument[] = [];
  const deferred: DeferredFact[] = [...(meta.deferred ?? [])];
  for (const { path, value } of session.shownAnswers) {
    const [groupId, field] = splitPath(path);
    if (isDeferred(value)) {
      // Not a fact yet: listed as awaited, by the chosen procedures that need it, which say so in their section.
      const waiting = (fieldAt(bundle, path)?.deferrable?.procedures ?? []).filter((id) => procedures.includes(id));
      deferred.push({ fact: path, procedures: waiting, ...(value.reason.trim() ? { reason: value.reason.trim() } : {}) });
      for (const id of waiting) (sections[id]!.awaiting ??= []).push(path);
      continue;
    }
    const [root, ...rest] = groupLocation(bundle, groupId);
    // A copy: the dossier may be changed by a host's listener without touching the citizen's answers.
    const copy = structuredClone(value);
    if (root === 'documents') documents.push({ slot: field, files: copy as DossierDocument['files'] });
    else put(root === 'sections' ? sections : facts, root === 'sections' ? rest : [root!, ...rest], field, copy);
  }
  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    bundle: bundle.id,
    reference: meta.reference,
    createdAt: meta.createdAt,
    language: meta.language,
    procedures,
    ...(['declarant', 'subject', 'parties'] as const).reduce((out, key) => (key in facts ? { ...out, [key]: facts[key] } : out), {}),
    sections,
    documents,
    deferred,
  };
  return dossier;
}
