/**
 * What the wizard loads only when it needs it, so that a phone downloads just what shows the first step:
 * the field elements of later steps, the review, the dossier schema (zod) and the HTTP transport. After the
 * first step is shown everything is fetched in the background, so a connection lost later does not leave a
 * step without its fields.
 */
import type { FieldKind } from '../../../core/engine/index.js';
import type { Transport } from '../../../core/transport/transport.js';

/** What renders a field: its kind's element, or the one element of every deferrable fact. */
export type FieldElementKey = FieldKind | 'deferrable';

const fieldModules: Record<FieldElementKey, () => Promise<unknown>> = {
  text: () => import('../../text-field/text-field.js'),
  name: () => import('../../text-field/text-field.js'),
  // Shipped with the wizard itself: every bundle's first step chooses procedures with it.
  choice: () => Promise.resolve(),
  date: () => import('../../date-field/date-field.js'),
  personalId: () => import('../../personal-id-field/personal-id-field.js'),
  phone: () => import('../../phone-field/phone-field.js'),
  email: () => import('../../email-field/email-field.js'),
  address: () => import('../../address-field/address-field.js'),
  upload: () => import('../../upload-slot/upload-slot.js'),
  payee: () => import('../../payee-field/payee-field.js'),
  deferrable: () => import('../../deferrable-field/deferrable-field.js'),
};

/** Loads the elements of the given field kinds (each module once; later calls reuse the promise). */
export function loadFieldElements(kinds: Iterable<FieldElementKey>): Promise<unknown> {
  return Promise.all([...new Set(kinds)].map((kind) => fieldModules[kind]()));
}

/** Loads the review element and what builds its sections. */
export const loadReview = () =>
  Promise.all([import('../../review/review.js'), import('./review-sections.js')]).then(([, kit]) => kit);

/** Loads what sending needs: dossier assembly, the dossier schema and the HTTP transport. */
export const loadSubmission = () =>
  Promise.all([
    import('../../../core/engine/dossier.js'),
    import('../../../core/engine/reference.js'),
    import('../../../core/engine/schema.js'),
    import('../../../core/transport/http-transport.js'),
    import('../../../core/transport/transport.js'),
  ]).then(([dossier, reference, schema, http, transport]) => ({
    assembleDossier: dossier.assembleDossier,
    createReference: reference.createReference,
    validateDossier: schema.validateDossier,
    createHttpTransport: http.createHttpTransport,
    isTransportError: transport.isTransportError,
  }));

/** Loads the checks of answers (every field kind's rules). */
export const loadFieldChecks = () => import('../../../core/engine/field-checks.js').then((m) => m.fieldChecks);

/** Loads the short flow that sends deferred facts to a dossier already sent, and the fields it may show. */
export const loadSupplement = () => import('../../supplement/supplement.js');

/** Loads the reader of a host's prefill. */
export const loadPrefillReader = () => import('../../../core/engine/prefill.js');

/** Fetches everything the later steps need, when the browser is idle. */
export function prefetchAll(): void {
  const run = () => {
    void loadFieldElements(Object.keys(fieldModules) as FieldElementKey[]).catch(() => undefined);
    void loadReview().catch(() => undefined);
    void loadSubmission().catch(() => undefined);
    void loadFieldChecks().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}

/**
 * The built-in HTTP transport for `endpoint`, as an object available at once whose code loads with its first
 * call: the upload slots and the send share it without putting the transport in the first step's download.
 */
export function lazyHttpTransport(endpoint: string): Transport {
  let loaded: Promise<Transport> | undefined;
  const real = () =>
    (loaded ??= import('../../../core/transport/http-transport.js').then((m) => m.createHttpTransport({ endpoint })));
  return {
    submit: async (dossier, options) => (await real()).submit(dossier, options),
    upload: async (request, options) => (await real()).upload(request, options),
    deferred: async (reference, options) => (await real()).deferred(reference, options),
    supplement: async (reference, facts, options) => (await real()).supplement(reference, facts, options),
  };
}
