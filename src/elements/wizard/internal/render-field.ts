/**
 * Renders one field of a bundle definition as the matching `lt-` element. Labels, hints and option labels are
 * looked up by the field's path, so adding a field to a definition needs no rendering code.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldAt, PROCEDURES_PATH, splitPath } from '../../../core/engine/index.js';
import type { AddressValue, AnswerValue, BundleDefinition, DeferredAnswer, DocumentFile, FilingState, PayeeValue } from '../../../core/engine/index.js';
import { DEFAULT_MAX_FILES } from '../../../core/engine/model.js';
import type { Localizer } from '../../../i18n/i18n.js';
import type { FieldLookup } from './lookups.js';

export interface FieldView {
  path: string;
  value: AnswerValue | undefined;
  error: string;
  /** The host filled it in: say so, so the citizen checks it. */
  prefilled: boolean;
  /** Called with the field's element when its value changes, even after it has left the page (uploads). */
  onInput: (event: Event) => void;
  /** The host's lookup for this fact, when it gives one (deferrable facts only). */
  lookup?: FieldLookup;
  /** Ask for the fact itself, without the choice to give it later (the supplement flow). */
  plain?: boolean;
  /** Overrides whether the answer is required (the supplement flow, where the filing's conditions do not apply). */
  required?: boolean;
}

/** The id a field's element gets inside the wizard, for error-summary links and focus. */
export function fieldElementId(path: string): string {
  return `lt-field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The label of an option: the bundle's own wording first, then the shared one, then the raw value. */
export function optionLabel(localizer: Localizer, bundle: BundleDefinition, set: string, value: string): string {
  for (const key of [`${bundle.id}.option.${set}.${value}`, `option.${set}.${value}`]) {
    if (localizer.has(key)) return localizer.t(key);
  }
  return value;
}

/** What follows the label of one of several alternative slots: the bundle's own words, else a general phrase. */
function oneOfMarker(localizer: Localizer, bundleId: string, group: string): string {
  const key = `${bundleId}.oneOfMarker.${group}`;
  return localizer.has(key) ? localizer.t(key) : localizer.t('wizard.oneOf');
}

/** The label and hint of the field at `path`. */
export function fieldWords(localizer: Localizer, bundleId: string, path: string): { label: string; hint: string } {
  const [group, field] = splitPath(path);
  const base = `${bundleId}.${group}.${field}`;
  return {
    label: localizer.t(`${base}.label`),
    hint: localizer.has(`${base}.hint`) ? localizer.t(`${base}.hint`) : '',
  };
}

function withPrefillNote(localizer: Localizer, hint: string, prefilled: boolean): string {
  return prefilled ? [hint, localizer.t('wizard.prefill.marker')].filter(Boolean).join(' ') : hint;
}

/** The procedure choice: the always-filed procedures as text, the optional ones as checkboxes. */
function renderProcedures(localizer: Localizer, session: FilingState, view: FieldView): TemplateResult {
  const { bundle } = session;
  const always = Object.entries(bundle.procedures).filter(([, p]) => p.always).map(([id]) => id);
  const options = session.optionalProcedures.map((id) => ({
    value: id,
    label: localizer.t(`${bundle.id}.procedure.${id}.label`),
    hint: localizer.t(`${bundle.id}.procedure.${id}.hint`),
  }));
  return html`
    <p class="always">
      ${localizer.t('wizard.procedures.always')}
      <strong>${always.map((id) => localizer.t(`${bundle.id}.procedure.${id}.label`)).join(', ')}</strong>
    </p>
    <lt-choice-field
      id=${fieldElementId(view.path)}
      name=${view.path}
      multiple
      label=${localizer.t('wizard.procedures.label')}
      hint=${localizer.t('wizard.procedures.hint')}
      .options=${options}
      .value=${(view.value as string[] | undefined) ?? []}
      .error=${view.error}
    ></lt-choice-field>
  `;
}

/** The bundle's own words for a part of the field at `path` (`now`, `later`…), or undefined to use the element's. */
function ownWords(localizer: Localizer, bundleId: string, path: string, part: string): string | undefined {
  const key = `${bundleId}.${path}.${part}`;
  return localizer.has(key) ? localizer.t(key) : undefined;
}

/**
 * A fact the citizen may give now, have looked up, or give later. The note under "later" names the chosen
 * procedures that will wait for it, so the citizen knows nothing else does.
 */
function renderDeferrable(
  localizer: Localizer,
  session: FilingState,
  view: FieldView,
  { id, label, hint, required }: { id: string; label: string; hint: string; required: boolean },
): TemplateResult {
  const { bundle } = session;
  const field = fieldAt(bundle, view.path)!;
  const waiting = (field.deferrable?.procedures ?? [])
    .filter((procedure) => session.procedures.includes(procedure))
    .map((procedure) => localizer.t(`${bundle.id}.procedure.${procedure}.label`));
  const text = field.kind === 'text' ? field : undefined;
  return html`<lt-deferrable-field id=${id} name=${view.path} label=${label} hint=${hint} ?required=${required}
    input-label=${ownWords(localizer, bundle.id, view.path, 'inputLabel') ?? label}
    now-label=${ifDefined(ownWords(localizer, bundle.id, view.path, 'now'))}
    later-label=${ifDefined(ownWords(localizer, bundle.id, view.path, 'later'))}
    lookup-label=${ifDefined(ownWords(localizer, bundle.id, view.path, 'lookup'))}
    later-note=${localizer.t('wizard.deferred.note', { procedures: waiting.join(', ') })}
    inputmode=${text?.inputMode ?? 'text'} maxlength=${ifDefined(text?.maxLength)}
    pattern=${ifDefined(text?.pattern?.source)} pattern-code=${ifDefined(text?.pattern?.code)}
    .lookup=${view.lookup} .value=${(view.value as string | DeferredAnswer | undefined) ?? ''} .error=${view.error}></lt-deferrable-field>`;
}

/** The element for the field at `view.path`. */
export function renderField(localizer: Localizer, session: FilingState, view: FieldView): TemplateResult {
  if (view.path === PROCEDURES_PATH) return renderProcedures(localizer, session, view);
  const { bundle } = session;
  const field = fieldAt(bundle, view.path)!;
  const words = fieldWords(localizer, bundle.id, view.path);
  const hint = withPrefillNote(localizer, words.hint, view.prefilled);
  const id = fieldElementId(view.path);
  const required = view.required ?? session.fieldRequired(view.path);
  if (field.deferrable && !view.plain) return renderDeferrable(localizer, session, view, { id, label: words.label, hint, required });
  const text = typeof view.value === 'string' ? view.value : '';
  switch (field.kind) {
    case 'text':
    case 'name':
      return html`<lt-text-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        kind=${field.kind} maxlength=${field.maxLength ?? (field.kind === 'name' ? 50 : 200)}
        autocomplete=${ifDefined(field.autocomplete)} inputmode=${ifDefined(field.kind === 'text' ? field.inputMode : undefined)}
        .value=${text} .error=${view.error}></lt-text-field>`;
    case 'choice': {
      const options = (bundle.options[field.options] ?? []).map((value) => ({
        value,
        label: optionLabel(localizer, bundle, field.options, value),
      }));
      const value = field.multiple ? ((view.value as string[] | undefined) ?? []) : text;
      return html`<lt-choice-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        ?multiple=${!!field.multiple} appearance=${field.appearance ?? 'radios'} .options=${options}
        .value=${value} .error=${view.error}></lt-choice-field>`;
    }
    case 'date':
      return html`<lt-date-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        max=${ifDefined(field.notAfter)} autocomplete=${ifDefined(field.autocomplete)}
        .value=${text} .error=${view.error}></lt-date-field>`;
    case 'personalId':
      return html`<lt-personal-id-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        .value=${text} .error=${view.error}></lt-personal-id-field>`;
    case 'phone':
      return html`<lt-phone-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        .value=${text} .error=${view.error}></lt-phone-field>`;
    case 'email':
      return html`<lt-email-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        .value=${text} .error=${view.error}></lt-email-field>`;
    case 'address':
      return html`<lt-address-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        ?commune-optional=${!!field.communeOptional} ?detail-optional=${!!field.detailOptional}
        ?foreign-allowed=${!!field.foreignAllowed}
        .value=${(view.value as AddressValue | undefined) ?? null} .error=${view.error}></lt-address-field>`;
    case 'payee':
      return html`<lt-payee-field id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        .value=${(view.value as PayeeValue | undefined) ?? null} .error=${view.error}></lt-payee-field>`;
    case 'upload':
      // The slot uploads through the wizard's transport, which it gets from context. Its listener is on the
      // element itself, not delegated: a file still uploading when the citizen goes Back finishes on a slot
      // no longer in the page, and its answer must still be recorded.
      return html`<lt-upload-slot id=${id} name=${view.path} label=${words.label} hint=${hint} ?required=${required}
        optional-text=${field.oneOf ? oneOfMarker(localizer, bundle.id, field.oneOf) : ''}
        @input=${view.onInput}
        min=${field.minFiles ?? 1} max=${field.maxFiles ?? DEFAULT_MAX_FILES} max-bytes=${ifDefined(field.maxBytes)}
        accept=${ifDefined(field.accept?.join(' '))}
        .value=${(view.value as DocumentFile[] | undefined) ?? []} .error=${view.error}></lt-upload-slot>`;
  }
}
