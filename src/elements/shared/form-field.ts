/**
 * The base of every `lt-` field: form association (value, validity, reset, disabled, restore), the label /
 * hint / message layout, localisation and the native-like `input` / `change` events, written once.
 *
 * A field only says what is special about it: how to validate its value (`validate`), and either how typed
 * text becomes a value (`parse`, `format`, `inputOptions`: one `<input>`) or its own controls (`renderControl`).
 */
import { LitElement, html, nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { defaultLocalizer, defaultStringsPending, toLang } from '../../i18n/i18n.js';
import type { Localizer } from '../../i18n/i18n.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { asText } from '../../core/rules/as-text.js';
import { localizerContext } from './context.js';
import { langOf } from './localize-controller.js';
import { fieldStyles } from './field-styles.js';

/** What the single built-in `<input>` of a text-like field is set up with. */
export interface InputOptions {
  type?: 'text' | 'tel' | 'email';
  inputmode?: string;
  /** A free token from the page author (`bday`, `address-level2`…), bound with `passThrough`. */
  autocomplete?: string;
  spellcheck?: 'true' | 'false';
  autocapitalize?: 'none' | 'sentences' | 'words';
}

/**
 * Binds an attribute the page author chose as it is, or removes it when undefined. For tokens such as
 * `autocomplete` the browser ignores what it does not know, so any string is acceptable here even though the
 * HTML type data used by lit-analyzer lists only literal tokens.
 */
export const passThrough = directive(
  class extends Directive {
    render(value: string | undefined) {
      return value ?? nothing;
    }
  },
);

/** Which ValidityState flag each rule's finding sets; anything unlisted is a `patternMismatch`. */
const FLAGS: Record<string, keyof ValidityStateFlags> = {
  required: 'valueMissing',
  choice: 'badInput',
  'text.tooShort': 'tooShort',
  'text.tooLong': 'tooLong',
  'name.length': 'tooLong',
  'email.format': 'typeMismatch',
  'date.incomplete': 'badInput',
  'date.invalid': 'badInput',
  'date.year': 'badInput',
  'date.future': 'rangeOverflow',
  'date.tooEarly': 'rangeUnderflow',
  // Not wrong in itself, only against other answers (birth year, sex).
  'personalId.birthYear': 'customError',
  'personalId.sex': 'customError',
  // A deferrable fact left unanswered: the same as `required`, said with both ways to answer.
  'deferrable.required': 'valueMissing',
};

/** Copies arrays so a stored default or state is never the array the host keeps mutating. */
const copy = <V>(value: V): V => (Array.isArray(value) ? ([...value] as V) : value);

/** Warning sign shown before every message, so an error never relies on colour alone. */
const errorIcon = html`<svg class="error-icon" part="error-icon" viewBox="0 0 24 24" aria-hidden="true"
  focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.3 5h2.6l-.4 7h-1.8l-.4-7Zm1.3 8.6a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2Z"/></svg>`;

/**
 * Abstract base for form-associated fields holding a value of type `V`.
 *
 * @fires input - On every change the citizen makes (bubbles, composed). Never for programmatic changes.
 * @fires change - When the citizen commits a change, e.g. leaves the box (bubbles, composed).
 * @csspart base - The wrapper holding label, hint, message and control.
 * @csspart label - The label, or the legend of a group.
 * @csspart hint - The hint under the label.
 * @csspart error - The message under the hint.
 * @csspart error-icon - The warning sign before the message.
 * @csspart input - The text box (or select) a citizen types in.
 */
export abstract class LtFormField<V> extends LitElement {
  /** Makes the element a form control: submitted, validated, reset and disabled with its form. */
  static formAssociated = true;

  /** `focus()` and clicks on the host land on the first inner control, as for a native input. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = fieldStyles;

  /** `lang` is a global attribute, not a Lit property: watch it so messages follow it at once. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** The question, as plain text. Without `required` it is followed by "(optional)". */
  @property() label = '';

  /** Help under the label, as plain text. */
  @property() hint = '';

  /**
   * What follows the label of a field that is not required, instead of "(không bắt buộc)": e.g. for one of
   * several alternatives, where "optional" would mislead.
   */
  @property({ attribute: 'optional-text' }) optionalText = '';

  /** Whether the citizen must answer; an empty value is then `valueMissing`. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the field: not editable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows the value without letting it change; still submitted, and only `error` can make it invalid. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * A message from outside (e.g. the wizard's cross-field validation). When non-empty it is shown at once and
   * the field is invalid (`customError`) with exactly this message, whatever its own checks say.
   */
  @property() error = '';

  /** The current value. Subclasses declare it as a reactive property with their empty value. */
  abstract value: V;

  /** The wizard's strings, when inside one. */
  @consume({ context: localizerContext, subscribe: true })
  @state()
  private providedLocalizer?: Localizer;

  /** Text typed in the single `<input>`, kept as typed (the value may be normalised: spaces dropped, …). */
  @state() protected raw = '';

  /** Whether the field's own problems are shown (see `visibleMessage`). */
  @state() protected showIssues = false;

  /** Disabled by an ancestor `<fieldset disabled>`, as told by `formDisabledCallback`. */
  @state() private formDisabled = false;

  /** The element's link to its form: value, restore state and validity go through it. */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** True while a value set by the citizen is being assigned, so `valueSet` knows the source. */
  private byCitizen = false;
  /** Whether the citizen has changed the value since the last reset. */
  private dirty = false;
  /** Set at first connection: before it, subclass fields may not be initialised yet. */
  private ready = false;
  private storedDefault?: { value: V };

  constructor() {
    super();
    // A form's reportValidity()/checkValidity() or a submit fires `invalid` at each invalid field:
    // that is the moment the citizen asked to go on, so the messages appear.
    this.addEventListener('invalid', () => {
      this.showIssues = true;
    });
    // Leaving the field after changing it shows its problem (govuk: not while typing). Focus moving between
    // the boxes of one field (day → month) is not leaving: relatedTarget is then inside our shadow root.
    this.addEventListener('focusout', (event: FocusEvent) => {
      const next = event.relatedTarget;
      const inside = next instanceof Node && (next === this || !!this.shadowRoot?.contains(next));
      if (this.dirty && !inside) this.showIssues = true;
    });
  }

  /** The value a form reset restores: `value` at first connection (e.g. from the attribute), unless set. */
  get defaultValue(): V {
    return copy(this.storedDefault ? this.storedDefault.value : this.value);
  }
  set defaultValue(value: V) {
    this.storedDefault = { value: copy(value) };
  }

  /** The form this field belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The field's validity, as for native controls. */
  get validity(): ValidityState {
    this.syncForm(true);
    return this.internals.validity;
  }

  /** The message the field is invalid with, or ''. */
  get validationMessage(): string {
    this.syncForm(true);
    return this.internals.validationMessage;
  }

  /** Whether the field takes part in validation (false when disabled or read-only). */
  get willValidate(): boolean {
    return this.internals.willValidate && !this.readonly;
  }

  /** Whether the field is valid; if not, fires `invalid`, which also makes its message appear. */
  checkValidity(): boolean {
    this.syncForm(true);
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser reports the problem as for native inputs. */
  reportValidity(): boolean {
    this.syncForm(true);
    this.showIssues = true;
    return this.internals.reportValidity();
  }

  /** Moves focus to the field's first control (the checked radio for radios), like a native input. */
  override focus(options?: FocusOptions): void {
    const target = this.focusTarget;
    if (target) target.focus(options);
    else super.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ready = true;
    this.storedDefault ??= { value: copy(this.value) };
    this.syncForm();
    // On its own, a field's messages arrive with the strings loaded after first paint: render again then.
    if (!this.providedLocalizer) void defaultStringsPending()?.then(() => this.requestUpdate());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Every property change passes here synchronously. Form value and validity are brought up to date at once
   * rather than at the next render, so `el.value = x; form.checkValidity()` and `new FormData(form)` see x.
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    // A host handing back the value the field already holds (the wizard re-rendering with the answer the field
    // just reported) is not a new value: the text as typed, spaces included, stays in the box.
    const changed = args.length < 2 || args[1] !== this.value;
    if (args[0] === 'value' && this.internals && changed) this.valueSet(this.byCitizen);
    this.syncForm();
  }

  /** Form reset: back to the default value, as if never touched. */
  formResetCallback(): void {
    this.value = this.defaultValue;
    this.dirty = false;
    this.showIssues = false;
  }

  /** Called by the browser when an ancestor `<fieldset>` or the own `disabled` attribute changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Brings back the value after a reload or history navigation (the state given to `setFormValue`). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreState(state);
  }

  // ---------------------------------------------------------------------------------------------------------
  // For subclasses

  /** The field's own check of a non-empty value (required-ness is checked before, by the base). */
  protected abstract validate(value: V): RuleIssue | null;

  /** Whether the value counts as not answered. */
  protected isEmpty(value: V): boolean {
    return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  }

  /** Turns the typed text of the single `<input>` into a value (text-like fields, where V is a string). */
  protected parse(raw: string): V {
    return raw as V;
  }

  /** How a value set by the host is shown in the single `<input>`. */
  protected format(value: V): string {
    return asText(value);
  }

  /** Type, inputmode, autocomplete… of the single `<input>`. */
  protected get inputOptions(): InputOptions {
    return { type: 'text' };
  }

  /** Called whenever `value` is assigned; by default a value from the host replaces the typed text. */
  protected valueSet(byCitizen: boolean): void {
    if (!byCitizen) this.raw = this.format(this.value);
  }

  /** Called on the citizen's commit (`change`) before it is announced, e.g. to tidy a name. */
  protected commit(): void {}

  /** What `new FormData(form)` gets; `null` submits nothing. */
  protected toFormValue(value: V): string | FormData | null {
    return this.format(value);
  }

  /** What the browser keeps for `formStateRestoreCallback`. */
  protected toFormState(value: V): string {
    return this.format(value);
  }

  /** Restores the value from a state made by `toFormState`. */
  protected restoreState(state: string): void {
    this.value = state as V;
  }

  /** The control the browser points at when reporting a problem. */
  protected get validityAnchor(): HTMLElement | undefined {
    return this.focusTarget ?? undefined;
  }

  /** The control `focus()` moves to. */
  protected get focusTarget(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('input, select, textarea') ?? null;
  }

  /** Whether the field is a group (fieldset + legend) rather than one labelled control. */
  protected get grouped(): boolean {
    return false;
  }

  /**
   * The message under the label. An error by default: the warning sign, and a visually hidden "Error:" so the
   * message is not read as part of the question (govuk). A field whose question may rightly wait says it
   * otherwise (see `lt-deferrable-field`).
   */
  protected renderMessage(message: string): TemplateResult {
    return html`<p id="error" part="error" class="error">
      ${errorIcon}<span><span class="visually-hidden">${this.localizer.t('field.errorPrefix')} </span>${message}</span>
    </p>`;
  }

  /** The class the field's frame takes while a message is shown. */
  protected get messageTone(): string {
    return 'invalid';
  }

  /** Whether the inner controls must be disabled (own attribute or a disabled fieldset). */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The strings in use: the wizard's, else the shipped ones in the `lang` that applies here. */
  protected get localizer(): Localizer {
    return this.providedLocalizer ?? defaultLocalizer(toLang(langOf(this)));
  }

  /** The field's own problem with its current value, required-ness included; none when read-only. */
  protected get issue(): RuleIssue | null {
    // Read-only fields are barred from validation, as native ones are: the citizen could not fix them.
    if (this.readonly) return null;
    const value = this.value;
    if (this.isEmpty(value)) return this.required ? { code: 'required' } : null;
    return this.validate(value);
  }

  /** A finding in the citizen's language; the label is offered to messages that name the question. */
  protected messageFor(issue: RuleIssue): string {
    return this.localizer.t(`error.${issue.code}`, { label: this.label, ...issue.params });
  }

  /**
   * The message under the field: `error` always; the field's own problem only once the citizen has left
   * the field after changing it, or asked to go on (`invalid`, `reportValidity()`). Not while typing.
   */
  protected get visibleMessage(): string {
    if (this.error) return asText(this.error);
    const issue = this.showIssues ? this.issue : null;
    return issue ? this.messageFor(issue) : '';
  }

  /** Assigns a value that comes from the citizen's own action. */
  protected setValueByCitizen(value: V): void {
    this.byCitizen = true;
    try {
      this.value = value;
    } finally {
      this.byCitizen = false;
    }
    this.dirty = true;
  }

  /** The native `input` event is composed and reaches the host's listeners by itself, after this. */
  protected onNativeInput(event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    this.raw = (event.target as HTMLInputElement).value;
    this.setValueByCitizen(this.parse(this.raw));
  }

  /**
   * Enter in a text box submits the form, as it does for a native input: a box inside a shadow root is not in
   * the form itself, so the browser's implicit submission would not happen on its own.
   */
  protected submitOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    // The native `change` comes before submission, so the value is committed first.
    (event.target as HTMLInputElement).dispatchEvent(new Event('change'));
    form.requestSubmit();
  }

  /** The native `change` event does not leave the shadow root, so the host fires its own. */
  protected onNativeChange(event: Event): void {
    if (this.readonly) return this.refuseEdit(event);
    this.commit();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Radios, checkboxes and selects ignore `readonly` natively: undo the edit by re-rendering the value. */
  protected refuseEdit(event: Event): void {
    event.stopPropagation();
    this.requestUpdate();
  }

  /** The ids that describe the control(s): hint and message, when shown. */
  protected describedBy(message: string): string | undefined {
    const ids = [this.hint ? 'hint' : '', message ? 'error' : ''].filter(Boolean).join(' ');
    return ids || undefined;
  }

  /** The field's control(s); by default one `<input>` labelled by the label. */
  protected renderControl(message: string): TemplateResult {
    const options = this.inputOptions;
    return html`<input
      id="input"
      part="input"
      class="input"
      type=${options.type ?? 'text'}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${passThrough(options.autocomplete)}
      spellcheck=${ifDefined(options.spellcheck)}
      autocapitalize=${ifDefined(options.autocapitalize)}
      .value=${live(this.raw)}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readonly}
      aria-describedby=${ifDefined(this.describedBy(message))}
      aria-invalid=${message ? 'true' : 'false'}
      @input=${this.onNativeInput}
      @change=${this.onNativeChange}
      @keydown=${this.submitOnEnter}
    />`;
  }

  protected override render(): TemplateResult {
    const message = this.visibleMessage;
    const t = this.localizer.t;
    const label = html`${this.label}${this.required
      ? nothing
      : html` <span class="optional">${this.optionalText || t('field.optional')}</span>`}`;
    const hint = this.hint ? html`<div id="hint" part="hint" class="hint">${this.hint}</div>` : nothing;
    const error = message ? this.renderMessage(message) : nothing;
    const classes = message ? `field ${this.messageTone}` : 'field';
    // A group's description belongs to the fieldset, read once when entering it rather than on every box.
    return this.grouped
      ? html`<fieldset part="base" class=${classes} aria-describedby=${ifDefined(this.describedBy(message))}>
          <legend id="label" part="label" class="label">${label}</legend>
          ${hint}${error}${this.renderControl(message)}
        </fieldset>`
      : html`<div part="base" class=${classes}>
          <label id="label" part="label" class="label" for="input">${label}</label>
          ${hint}${error}${this.renderControl(message)}
        </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Now the controls exist, validity can point at one (the browser's bubble and focus go there).
    this.syncForm();
  }

  /** Pushes value, restore state and validity to ElementInternals. Never throws: a bad value is just invalid. */
  private syncForm(force = false): void {
    if (!this.internals || !(this.ready || force)) return;
    const value = this.value;
    this.internals.setFormValue(this.toFormValue(value), this.toFormState(value));
    const anchor = this.validityAnchor;
    if (this.error) {
      this.internals.setValidity({ customError: true }, asText(this.error), anchor);
      return;
    }
    const issue = this.issue;
    if (!issue) {
      this.internals.setValidity({});
      return;
    }
    // setValidity throws on an empty message with a flag set; a missing string falls back to its key.
    const message = this.messageFor(issue) || issue.code;
    this.internals.setValidity({ [FLAGS[issue.code] ?? 'patternMismatch']: true }, message, anchor);
  }
}
