import { html, nothing } from 'lit';
import type { ElementPart, PropertyValues, TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { customElement, property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { ACTIVE_STATES, UploadQueue, sameFiles, toUploadedFiles } from '../../core/files/upload-queue.js';
import type { UploadItem } from '../../core/files/upload-queue.js';
import { createHttpTransport } from '../../core/transport/http-transport.js';
import { TransportError } from '../../core/transport/transport.js';
import type { Transport, UploadedFile } from '../../core/transport/transport.js';
import type { RuleIssue } from '../../core/rules/index.js';
import { LtFormField } from '../shared/form-field.js';
import { transportContext } from '../shared/context.js';
import { cameraAccept, kindNames, parseKinds, pickerAccept } from './internal/accept.js';
import { Announcer, wordsFor } from './internal/announcer.js';
import { formatPercent, formatSize } from './internal/format-size.js';
import { doneIcon, fileIcon, imageIcon, pdfIcon, warningIcon } from './internal/icons.js';
import { uploadSlotStyles } from './upload-slot.styles.js';

/** 10 MB: a PDF scan of a few pages, or a photo that could not be shrunk. */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_FILES = 10;

/** The validity flag of each of the slot's own findings (the shared base maps only the common ones). */
const FLAGS: Record<string, keyof ValidityStateFlags> = {
  'upload.pending': 'customError',
  'upload.tooFew': 'rangeUnderflow',
  'upload.tooMany': 'rangeOverflow',
};

/**
 * Sets an attribute on the element it is placed on. For `capture`, which browsers know and the HTML data used by
 * lit-analyzer does not yet.
 */
const attribute = directive(
  class extends Directive {
    render(_name: string, _value: string) {
      return nothing;
    }
    override update(part: ElementPart, [name, value]: [string, string]) {
      if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
      return nothing;
    }
  },
);

/** A whole number ≥ 0 from an attribute, or undefined for a missing or nonsense value. */
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

/**
 * One document the law asks for (a birth certificate, a witness's confirmation…), with as many files as it
 * has pages. A citizen adds several files at once — with the file picker, the camera, by dragging them onto
 * the slot or pasting them — and each is checked by what it really is, shrunk if it is a phone photo, and
 * uploaded at once through the `Transport`, surviving a dropped connection. Each file shows its thumbnail,
 * size, progress and state, with the actions that fit (try again, remove, move up or down).
 *
 * The value is the list of files the back end holds, in the order shown. While any file is still on its way,
 * the slot is invalid (`customError`) and `pending` is true, so a form or the wizard cannot go on without it.
 *
 * Uploads use, in order: the `transport` property, the wizard's transport (context), or an HTTP transport for
 * `endpoint`.
 *
 * @summary One document, many files: checked, shrunk and uploaded as they are added. Form-associated.
 * @fires input - When the uploaded files change by the citizen's doing: one finished, was removed or moved.
 * @fires change - Together with `input`: each such change is already committed.
 * @csspart base - The fieldset.
 * @csspart label - The legend: the document's name.
 * @csspart hint - What the document is and where it comes from.
 * @csspart error - The slot's message.
 * @csspart error-icon - The warning sign before a message.
 * @csspart drop-zone - The area files can be dropped on, holding the buttons.
 * @csspart drop-text - "Drag and drop files here, or", shown where there is a mouse.
 * @csspart button - Both buttons that add files.
 * @csspart choose - The button that opens the file picker.
 * @csspart take-photo - The button that opens the camera (the picker on a computer).
 * @csspart limits - What the slot takes: kinds, size, number of files.
 * @csspart files - The list of files.
 * @csspart file - One file; also `file-waiting`, `file-uploading`, `file-done`, `file-failed`, `file-rejected`…
 * @csspart thumbnail - The picture of a photo, or the icon of a PDF.
 * @csspart file-name - The file's name.
 * @csspart file-meta - Its size and state.
 * @csspart progress - Its progress bar.
 * @csspart file-error - Why it was not taken, or why it is not uploaded yet.
 * @csspart actions - Its buttons.
 * @csspart action - Each of its buttons; also `retry`, `remove`, `move-up`, `move-down`.
 * @cssprop --lt-upload-slot-drop-zone-background - Background of the drop area.
 * @cssprop --lt-upload-slot-drop-zone-border-color - Its dashed border.
 * @cssprop --lt-upload-slot-drop-zone-active-background - Its background while files are dragged over it.
 * @cssprop --lt-upload-slot-drop-zone-active-border-color - Its border while files are dragged over it.
 * @cssprop --lt-upload-slot-button-background - Background of the buttons.
 * @cssprop --lt-upload-slot-button-color - Text of the buttons.
 * @cssprop --lt-upload-slot-button-border-color - Border of the buttons.
 * @cssprop --lt-upload-slot-button-border-radius - Corners of the buttons.
 * @cssprop --lt-upload-slot-primary-button-background - Background of "Choose files".
 * @cssprop --lt-upload-slot-primary-button-color - Text of "Choose files".
 * @cssprop --lt-upload-slot-file-background - Background of a file.
 * @cssprop --lt-upload-slot-file-border-color - Border of a file.
 * @cssprop --lt-upload-slot-thumbnail-size - Width and height of a thumbnail.
 * @cssprop --lt-upload-slot-thumbnail-background - Behind a thumbnail or icon.
 * @cssprop --lt-upload-slot-progress-color - Fill of a progress bar.
 * @cssprop --lt-upload-slot-progress-track-color - The empty part of a progress bar.
 * @cssprop --lt-upload-slot-progress-size - Thickness of a progress bar.
 * @cssprop --lt-upload-slot-done-color - Colour of "Uploaded".
 */
@customElement('lt-upload-slot')
export class LtUploadSlot extends LtFormField<UploadedFile[]> {
  static override styles = uploadSlotStyles;

  /** The files the back end holds, in the order shown. Setting it shows them as uploaded. */
  @property({ attribute: false }) value: UploadedFile[] = [];

  /** Fewest files once any is given (pages of one paper); 1 when `required` and unset. */
  @property({ type: Number }) min?: number;

  /** Most files; more are refused one by one with a reason. */
  @property({ type: Number }) max = DEFAULT_MAX_FILES;

  /** Kinds taken, space-separated: `jpeg png webp heic pdf` (all of them when empty). */
  @property() accept = '';

  /** Largest file in bytes, after a photo is shrunk. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Receiver of the built-in HTTP transport, used only when no transport is given (property or wizard). */
  @property() endpoint = '';

  /** The transport to upload with; replaces the wizard's and `endpoint`. */
  @property({ attribute: false }) transport?: Transport;

  /** The wizard's transport, when inside one. */
  @consume({ context: transportContext, subscribe: true })
  private providedTransport?: Transport;

  /** The files as the queue last reported them. */
  @state() private items: readonly UploadItem[] = [];

  /** Files are being dragged over the drop area. */
  @state() private dragging = false;

  @query('#input') private picker?: HTMLInputElement;
  @query('#camera') private camera?: HTMLInputElement;
  @query('#status') private status?: HTMLElement;

  /** The headless manager doing the work; the element only draws it and turns clicks into calls. */
  private readonly queue = new UploadQueue({
    slot: '',
    rules: { accept: parseKinds(''), maxBytes: DEFAULT_MAX_BYTES },
    transport: () => this.pickTransport(),
    maxFiles: DEFAULT_MAX_FILES,
  });

  private readonly announcer = new Announcer(
    (text) => {
      if (this.status) this.status.textContent = text;
    },
    (notes) => wordsFor(notes, this.localizer.t),
  );

  /** Each file's state when last seen, to tell what changed (announcements are about changes). */
  private seen = new Map<string, UploadItem['state']>();
  /** The uploaded files as last reported by the queue, to tell the citizen's changes from the host's. */
  private reported: UploadedFile[] = [];
  /** True while the host's value is given to the queue: that is not the citizen's doing. */
  private restoring = false;
  /** Object URLs of thumbnails, by file; revoked as soon as the file leaves (they pin the bytes in memory). */
  private previews = new Map<string, { blob: Blob; url: string }>();
  private http?: { endpoint: string; transport: Transport };
  /** Nested dragenter/dragleave pairs as the pointer crosses the drop area's children. */
  private dragDepth = 0;
  /** True while a moved row is drawn again and its button given focus back. */
  private moving = false;

  constructor() {
    super();
    this.queue.addEventListener('change', () => this.onQueueChange());
    // Ctrl/Cmd+V anywhere in the slot: a screenshot or a photo copied from another app. `paste` is composed,
    // so it reaches the host from whichever of our buttons has focus.
    this.addEventListener('paste', (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (!files.length || !this.canAdd) return;
      event.preventDefault();
      this.addFiles(files);
    });
  }

  /** True while any file is waiting, being checked or shrunk, or uploading. The slot is invalid meanwhile. */
  get pending(): boolean {
    return this.queue.pendingCount > 0;
  }

  /** How many files are still on their way (for messages such as "2 files are still uploading"). */
  get pendingCount(): number {
    return this.queue.pendingCount;
  }

  /** Adds files as if the citizen had picked them (for harnesses, and hosts with their own picker). Ignored while disabled or read-only. */
  addFiles(files: Iterable<File> | ArrayLike<File>): void {
    if (!this.canAdd) return;
    this.syncRules();
    const added = this.queue.add(files).length;
    if (added) this.announcer.say({ kind: 'added', count: added });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Stopped inside the shadow root, before the base class's listener on the host would take it for the
    // citizen leaving the field.
    root.addEventListener('focusout', (event) => {
      if (this.moving) event.stopPropagation();
    });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Thumbnails were let go when the element left the page: draw them again.
    if (this.items.some((item) => item.previewBlob)) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Uploads go on (a host may move the element, and a finished file still reaches the value); only what
    // pins memory for display is released.
    for (const { url } of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  override requestUpdate(...args: Parameters<LtFormField<UploadedFile[]>['requestUpdate']>): void {
    super.requestUpdate(...args);
    this.fixValidity();
  }

  override get validity(): ValidityState {
    void super.validity;
    this.fixValidity(true);
    return this.internals.validity;
  }

  override get validationMessage(): string {
    void super.validationMessage;
    this.fixValidity(true);
    return this.internals.validationMessage;
  }

  override checkValidity(): boolean {
    void super.validity;
    this.fixValidity(true);
    return this.internals.checkValidity();
  }

  override reportValidity(): boolean {
    const valid = super.reportValidity();
    this.fixValidity(true);
    return valid;
  }

  /** Form reset: every file goes (uploads are aborted), then the default value comes back. */
  override formResetCallback(): void {
    this.announcer.cancel();
    // A reset is the form's doing, not the citizen's: no `input` / `change` for the files it takes away.
    this.restoring = true;
    try {
      this.queue.clear();
      super.formResetCallback();
    } finally {
      this.restoring = false;
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Field behaviour

  protected override get grouped(): boolean {
    return true;
  }

  protected override isEmpty(value: UploadedFile[]): boolean {
    return toUploadedFiles(value).length === 0;
  }

  /** Still uploading comes first: "add at least one file" would be wrong while one is on its way. */
  protected override get issue(): RuleIssue | null {
    const pending = this.readonly || !this.queue ? 0 : this.queue.pendingCount;
    return pending ? { code: 'upload.pending', params: { count: pending } } : super.issue;
  }

  protected override validate(value: UploadedFile[]): RuleIssue | null {
    const files = toUploadedFiles(value).length;
    const { min, max } = this.limits;
    if (files < min) return { code: 'upload.tooFew', params: { min, count: min } };
    if (files > max) return { code: 'upload.tooMany', params: { max, count: max } };
    return null;
  }

  /** An empty required slot asks for its files in the slot's words, not the generic "this is required". */
  protected override messageFor(issue: RuleIssue): string {
    if (issue.code !== 'required') return super.messageFor(issue);
    const { min } = this.limits;
    return super.messageFor({ code: 'upload.tooFew', params: { min, count: min } });
  }

  protected override valueSet(byCitizen: boolean): void {
    // Also called once while the fields initialise, before the queue exists: that empty value has nothing to hand over.
    if (byCitizen || !this.queue) return;
    this.restoring = true;
    try {
      this.queue.restore(toUploadedFiles(this.value));
    } finally {
      this.restoring = false;
    }
  }

  /** One entry per file, its id, under `name`: a plain form post lists the files of the document. */
  protected override toFormValue(value: UploadedFile[]): FormData | null {
    const files = toUploadedFiles(value);
    if (!files.length || !this.name) return null;
    const data = new FormData();
    for (const file of files) data.append(this.name, file.id);
    return data;
  }

  protected override toFormState(value: UploadedFile[]): string {
    return JSON.stringify(toUploadedFiles(value));
  }

  protected override restoreState(state: string): void {
    try {
      this.value = toUploadedFiles(JSON.parse(state));
    } catch {
      this.value = [];
    }
  }

  protected override get focusTarget(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#choose, button') ?? null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncRules();
  }

  /** Hands the attributes to the queue; they apply to files checked from now on. */
  private syncRules(): void {
    this.queue.rules = { accept: this.kinds, maxBytes: count(this.maxBytes) || DEFAULT_MAX_BYTES };
    this.queue.maxFiles = this.limits.max;
    // The transport needs a slot name; a slot used without one still uploads.
    this.queue.slot = this.name || 'document';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.fixValidity();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Internals

  /** The kinds this slot takes. */
  private get kinds() {
    return parseKinds(this.accept);
  }

  /** Fewest and most files, with the defaults and nonsense attributes settled. */
  private get limits(): { min: number; max: number } {
    const max = count(this.max) || DEFAULT_MAX_FILES;
    const min = count(this.min) ?? (this.required ? 1 : 0);
    return { min: Math.min(this.required ? Math.max(1, min) : min, max), max };
  }

  private get canAdd(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  private pickTransport(): Transport {
    const given = this.transport ?? this.providedTransport;
    if (given) return given;
    if (!this.endpoint) throw new TransportError('rejected', 'The upload slot has no transport and no endpoint.');
    if (this.http?.endpoint !== this.endpoint) {
      this.http = { endpoint: this.endpoint, transport: createHttpTransport({ endpoint: this.endpoint }) };
    }
    return this.http.transport;
  }

  /**
   * The base class maps only the shared findings to validity flags; the slot's own get theirs here, right
   * after each of the base's updates (same validity, a more precise flag and the same message).
   */
  private fixValidity(force = false): void {
    if (!this.internals || !this.queue || this.error || !(force || this.isConnected)) return;
    const issue = this.issue;
    const flag = issue ? FLAGS[issue.code] : undefined;
    if (!issue || !flag) return;
    this.internals.setValidity({ [flag]: true }, this.messageFor(issue) || issue.code, this.validityAnchor);
  }

  private onQueueChange(): void {
    const items = this.queue.items;
    this.announceChanges(items);
    this.items = items;
    this.releasePreviews(items);
    const uploaded = this.queue.uploaded;
    const changed = !sameFiles(uploaded, this.reported);
    this.reported = uploaded;
    // The host's own value coming back through the queue is not news; the citizen's doing is.
    if (changed && !this.restoring && !sameFiles(uploaded, toUploadedFiles(this.value))) {
      this.setValueByCitizen(uploaded);
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    // `pending` may have changed without the value: validity follows at once, not at the next render.
    this.requestUpdate();
  }

  /** Tells the live region what changed for each file: started, finished, failed, refused. Never progress. */
  private announceChanges(items: readonly UploadItem[]): void {
    const seen = new Map<string, UploadItem['state']>();
    for (const item of items) {
      const before = this.seen.get(item.key);
      seen.set(item.key, item.state);
      // Restored files appear as done without having been uploaded here: nothing to say.
      if (before === item.state || (before === undefined && item.state === 'done')) continue;
      if (item.state === 'uploading') this.announcer.say({ kind: 'started', name: item.name });
      else if (item.state === 'done') this.announcer.say({ kind: 'done', name: item.name });
      else if (item.state === 'failed') this.announcer.say({ kind: 'failed', name: item.name });
      else if (item.state === 'rejected') this.announcer.say({ kind: 'rejected', name: item.name, reason: this.reason(item) });
    }
    this.seen = seen;
  }

  private releasePreviews(items: readonly UploadItem[]): void {
    const keep = new Map(items.map((item) => [item.key, item.previewBlob]));
    for (const [key, preview] of this.previews) {
      if (keep.get(key) === preview.blob) continue;
      URL.revokeObjectURL(preview.url);
      this.previews.delete(key);
    }
  }

  private previewUrl(item: UploadItem): string | undefined {
    if (!item.previewBlob) return undefined;
    let preview = this.previews.get(item.key);
    if (!preview) {
      preview = { blob: item.previewBlob, url: URL.createObjectURL(item.previewBlob) };
      this.previews.set(item.key, preview);
    }
    return preview.url;
  }

  /** Why a file is failed or refused, in the citizen's words. */
  private reason(item: UploadItem): string {
    if (!item.error) return '';
    return this.localizer.t(`error.${item.error.code}`, { name: item.name, ...item.error.params });
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Emptied, so picking the same file again still fires `change` (and is then refused as a duplicate).
    input.value = '';
    if (files.length) this.addFiles(files);
  }

  private onDragEnter(event: DragEvent): void {
    if (!this.canAdd || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragDepth += 1;
    this.dragging = true;
  }

  private onDragOver(event: DragEvent): void {
    if (!this.canAdd || !event.dataTransfer?.types.includes('Files')) return;
    // Without this the browser would open the dropped file in place of the whole form.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }

  private onDragLeave(): void {
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (!this.dragDepth) this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    this.dragDepth = 0;
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    this.addFiles(files);
  }

  /** Opens a picker from a real button (the input itself is hidden): keyboards and voice control reach it. */
  private open(input: HTMLInputElement | undefined): void {
    if (this.canAdd) input?.click();
  }

  private onRetry(item: UploadItem): void {
    if (this.canAdd) this.queue.retry(item.key);
  }

  /**
   * Removes a file. Focus would fall to the page with its button, so it goes to the same button of the next
   * file (or the previous one), else to "Choose files": a keyboard user stays where they were working.
   */
  private onRemove(item: UploadItem): void {
    if (!this.canAdd) return;
    const items = this.items;
    const at = items.findIndex((other) => other.key === item.key);
    const neighbour = items[at + 1] ?? items[at - 1];
    // Moved before the file's row goes: focus then never passes through the page, which would also count
    // as leaving the field and show its message.
    if (this.shadowRoot?.activeElement?.id.startsWith(`${item.key}-`)) {
      const next = neighbour && this.shadowRoot.getElementById(`${neighbour.key}-remove`);
      (next ?? this.focusTarget)?.focus();
    }
    this.queue.remove(item.key);
    this.announcer.say({ kind: 'removed', name: item.name });
  }

  /**
   * Moves a file one place among the files that can move. Moving a node out of the DOM and back drops its
   * focus, so the pressed button gets it back; at either end it stays focusable (aria-disabled), never gone.
   */
  private async onMove(item: UploadItem, direction: -1 | 1): Promise<void> {
    if (!this.canAdd) return;
    const movable = this.items.filter((other) => other.state !== 'rejected');
    const from = movable.findIndex((other) => other.key === item.key);
    const target = movable[from + direction];
    if (from < 0 || !target) return;
    const all = this.items;
    // The blur of a row moved in the DOM is not the citizen leaving the field (see the focusout guard).
    this.moving = true;
    try {
      this.queue.move(item.key, all.indexOf(target) - all.indexOf(item));
      this.announcer.say({ kind: 'moved', name: item.name, position: from + direction + 1, count: movable.length });
      await this.updateComplete;
      this.shadowRoot!.getElementById(`${item.key}-${direction < 0 ? 'up' : 'down'}`)?.focus();
    } finally {
      this.moving = false;
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  protected override renderControl(): TemplateResult {
    const t = this.localizer.t;
    const kinds = this.kinds;
    const takesPhotos = cameraAccept(kinds) !== '';
    const disabled = this.isDisabled;
    const adding = this.readonly
      ? nothing
      : html`<div
          part="drop-zone"
          class=${classMap({ 'drop-zone': true, dragging: this.dragging })}
          @dragenter=${this.onDragEnter}
          @dragover=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
        >
          <p part="drop-text" class="drop-text">${t('field.upload.dropHere')}</p>
          <div class="buttons">
            <button id="choose" part="button choose" class="button primary" type="button" ?disabled=${disabled}
              aria-describedby="limits" @click=${() => this.open(this.picker)}>${t('field.upload.choose')}</button>
            ${takesPhotos
              ? html`<button id="take-photo" part="button take-photo" class="button" type="button" ?disabled=${disabled}
                  @click=${() => this.open(this.camera)}>${t('field.upload.takePhoto')}</button>`
              : nothing}
          </div>
          <p id="limits" part="limits" class="limits">
            ${t('field.upload.limits', {
              kinds: kindNames(kinds),
              size: formatSize(count(this.maxBytes) || DEFAULT_MAX_BYTES, this.localizer.lang),
              max: this.limits.max,
            })}
          </p>
          <!-- Visually hidden, not display:none: the buttons above are what people and voice control use. -->
          <input id="input" class="visually-hidden" type="file" multiple accept=${pickerAccept(kinds)} tabindex="-1"
            aria-hidden="true" ?disabled=${disabled} @change=${this.onPicked} @input=${this.stop} />
          ${takesPhotos
            ? html`<input id="camera" class="visually-hidden" type="file" accept=${cameraAccept(kinds)} ${attribute('capture', 'environment')}
                tabindex="-1" aria-hidden="true" ?disabled=${disabled} @change=${this.onPicked} @input=${this.stop} />`
            : nothing}
        </div>`;
    return html`${adding}${this.items.length
        ? html`<ol part="files" class="files" aria-label=${t('field.upload.files')}>
            ${repeat(this.items, (item) => item.key, (item) => this.renderFile(item))}
          </ol>`
        : nothing}
      <div id="status" role="status" class="visually-hidden"></div>`;
  }

  /** The picker's own `input` event is composed and would reach the host before any value changed. */
  private stop(event: Event): void {
    event.stopPropagation();
  }

  private renderFile(item: UploadItem): TemplateResult {
    const t = this.localizer.t;
    const lang = this.localizer.lang;
    const id = item.key;
    const active = ACTIVE_STATES.has(item.state);
    const stopped = item.state === 'failed' || item.state === 'rejected';
    const percent = formatPercent(item.progress, lang);
    const message = stopped ? this.reason(item) : '';
    const described = message ? `${id}-state ${id}-error` : `${id}-state`;
    const movable = this.items.filter((other) => other.state !== 'rejected');
    const place = movable.indexOf(item);
    const url = this.previewUrl(item);
    const thumbnail = url
      ? html`<img src=${url} alt="" />`
      : item.kind === 'pdf'
        ? pdfIcon
        : item.kind || item.uploaded?.type.startsWith('image/')
          ? imageIcon
          : fileIcon;
    const action = (name: string, label: string, onClick: () => void, atEnd = false) =>
      html`<button id="${id}-${name}" part="action ${name === 'up' ? 'move-up' : name === 'down' ? 'move-down' : name}" class="action"
        type="button" ?disabled=${this.isDisabled} aria-disabled=${ifDefined(atEnd ? 'true' : undefined)}
        aria-describedby=${ifDefined(message ? `${id}-error` : undefined)}
        @click=${() => !atEnd && onClick()}>${label}<span class="visually-hidden"> ${item.name}</span></button>`;
    return html`<li id=${id} part="file file-${item.state}" class="file ${item.state}" aria-describedby=${described}
      data-error=${ifDefined(item.error?.code)}>
      <span part="thumbnail" class="thumbnail">${thumbnail}</span>
      <div class="info">
        <span id="${id}-name" part="file-name" class="file-name">${item.name}</span>
        <span part="file-meta" class="file-meta">
          <span class="file-size">${formatSize(item.size, lang)}</span>
          <span id="${id}-state" class="file-state"
            >${item.state === 'done' ? doneIcon : nothing}${t(`field.upload.state.${item.state}`, { percent })}</span
          >
        </span>
        ${active || item.state === 'done'
          ? html`<progress part="progress" max="100" .value=${Math.round(item.progress * 100)}
              aria-label=${t('field.upload.progress', { name: item.name })}></progress>`
          : nothing}
        ${message
          ? html`<p id="${id}-error" part="file-error" class="error file-error">${warningIcon}<span>${message}</span></p>`
          : nothing}
      </div>
      ${!this.readonly
        ? html`<div part="actions" class="actions">
            ${item.state === 'failed' ? action('retry', t('field.upload.retry'), () => this.onRetry(item)) : nothing}
            ${movable.length > 1 && place >= 0
              ? html`${action('up', t('field.upload.moveUp'), () => void this.onMove(item, -1), place === 0)}
                ${action('down', t('field.upload.moveDown'), () => void this.onMove(item, 1), place === movable.length - 1)}`
              : nothing}
            ${action('remove', t('field.upload.remove'), () => void this.onRemove(item))}
          </div>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lt-upload-slot': LtUploadSlot;
  }
}
