import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/upload-slot/upload-slot.js';
import type { LtUploadSlot } from '../src/elements/upload-slot/upload-slot.js';
import { TransportError } from '../src/core/transport/transport.js';
import type { Transport, TransportErrorKind, UploadedFile } from '../src/core/transport/transport.js';
import { drawnImage } from '../test/support/uploads.js';

interface Args {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  accept: string;
  max: number;
  error: string;
  value: UploadedFile[];
}

/** What the story's transport does with a file, by name: hold it at a share of its bytes, fail, or finish. */
type Plan = { hold: number } | { fail: TransportErrorKind } | 'finish';

/**
 * Uploads held by the stories. They are let go (as aborted) after each story: the page has two upload turns
 * for all slots, and a story holding them would leave the next story's files waiting for ever.
 */
const held = new Set<() => void>();

/** A transport that never touches the network: each file is held, failed or finished as `planFor` says. */
function storyTransport(planFor: (name: string) => Plan = () => 'finish'): Transport {
  return {
    submit: () => Promise.reject(new TransportError('rejected', 'Stories do not submit.')),
    deferred: () => Promise.reject(new TransportError('rejected', 'Stories do not read deferred facts.')),
    supplement: () => Promise.reject(new TransportError('rejected', 'Stories do not send supplements.')),
    upload: (request, { signal, onProgress } = {}) =>
      new Promise<UploadedFile>((resolve, reject) => {
        const plan = planFor(request.name);
        const total = request.file.size;
        if (plan === 'finish') {
          setTimeout(() => {
            onProgress?.({ sent: total, total });
            resolve({ id: `story-${request.sha256.slice(0, 12)}`, name: request.name, type: request.type, size: total, sha256: request.sha256 });
          }, 50);
          return;
        }
        if ('fail' in plan) return reject(new TransportError(plan.fail, 'A failure for the story.'));
        onProgress?.({ sent: Math.round(plan.hold * total), total });
        const release = () => {
          held.delete(release);
          reject(new TransportError('aborted', 'The story ended.'));
        };
        held.add(release);
        signal?.addEventListener('abort', release, { once: true });
      }),
  };
}

/** A small PDF (its bytes start with `%PDF-`), unique by `tag`. */
const pdf = (name: string, tag = name) =>
  new File([`%PDF-1.4\n1 0 obj << /Title (${tag}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`], name, { type: 'application/pdf' });

/** Files already on the server, as a restored draft gives them back (no thumbnails: the bytes are not here). */
const restored: UploadedFile[] = [
  { id: 'srv-1', name: 'giay-chung-sinh-trang-1.jpg', type: 'image/jpeg', size: 486_400, sha256: 'a'.repeat(64) },
  { id: 'srv-2', name: 'giay-chung-sinh-trang-2.pdf', type: 'application/pdf', size: 1_310_720, sha256: 'b'.repeat(64) },
];

/** The slot in the story, once it has rendered. */
async function slotIn(canvas: HTMLElement): Promise<LtUploadSlot> {
  const el = canvas.querySelector('lt-upload-slot')!;
  await el.updateComplete;
  return el;
}

/** The shown state of each file, by its name. */
const statesOf = (el: LtUploadSlot): string[] =>
  [...el.shadowRoot!.querySelectorAll('li.file')].map((li) => [...li.classList].find((c) => c !== 'file')!);

/** Adds files as a citizen would (here through the slot's own entry point), then waits until `expected`. */
async function addAndWait(canvas: HTMLElement, files: File[], expected: string[], transport?: Transport): Promise<LtUploadSlot> {
  const el = await slotIn(canvas);
  if (transport) el.transport = transport;
  el.addFiles(files);
  await waitFor(() => expect(statesOf(el)).toEqual(expected), { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Fields/Upload slot',
  component: 'lt-upload-slot',
  args: {
    label: 'Giấy chứng sinh',
    hint: 'Do bệnh viện hoặc trạm y tế nơi trẻ sinh ra cấp. Chụp rõ cả hai mặt nếu có.',
    required: true,
    disabled: false,
    accept: '',
    max: 10,
    error: '',
    value: [],
  },
  // Held uploads are let go after each story (see `held`).
  beforeEach: () => () => {
    for (const release of [...held]) release();
  },
  render: (args) => html`<lt-upload-slot
    name="birthCertificate"
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    accept=${args.accept}
    max=${args.max}
    .error=${args.error}
    .value=${args.value}
  ></lt-upload-slot>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Optional, nothing added yet: the drop area with "Choose files" and "Take a photo". */
export const Empty: Story = { args: { label: 'Giấy tờ chứng minh nơi cư trú', hint: '', required: false } };

/** Required, with a hint saying what the document is and where it comes from; photos and PDF only. */
export const RequiredWithHint: Story = {
  args: { accept: 'jpeg png pdf' },
  play: async ({ canvasElement }) => {
    const el = await slotIn(canvasElement);
    await expect(el.validity.valueMissing).toBe(true);
  },
};

/** Asked to go on without a file: the message in the slot's own words. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const el = await slotIn(canvasElement);
    el.reportValidity();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('#error')).not.toBeNull();
  },
};

/** Two files uploading (progress shown), a third waiting for its turn: two go at a time on the whole page. */
export const Uploading: Story = {
  play: async ({ canvasElement }) => {
    const transport = storyTransport((name) => ({ hold: name.endsWith('1.jpg') ? 0.35 : 0.8 }));
    const files = [await drawnImage('trang-1.jpg'), pdf('trang-2.pdf'), pdf('trang-3.pdf')];
    const el = await addAndWait(canvasElement, files, ['uploading', 'uploading', 'waiting'], transport);
    await expect(el.pending).toBe(true);
    await expect(el.validity.customError).toBe(true);
  },
};

/** A large phone photo being made smaller before it is sent (off the main thread). */
export const Shrinking: Story = {
  play: async ({ canvasElement }) => {
    const photo = await drawnImage('IMG_2024.png', { width: 4000, height: 3000, type: 'image/png' });
    await addAndWait(canvasElement, [photo], ['shrinking'], storyTransport(() => ({ hold: 0.1 })));
  },
};

/** Everything uploaded: photos with a thumbnail, the PDF with an icon; pages can be moved up and down. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    const files = [await drawnImage('mat-truoc.jpg'), await drawnImage('mat-sau.jpg', { width: 620 }), pdf('ban-sao.pdf')];
    const el = await addAndWait(canvasElement, files, ['done', 'done', 'done'], storyTransport());
    await expect(el.value).toHaveLength(3);
    await expect(el.validity.valid).toBe(true);
  },
};

/** Files from a saved draft, shown as uploaded (no thumbnail: their bytes are on the server). */
export const Restored: Story = { args: { value: restored } };

/** The connection dropped for good: the file stays, with why and a "Try again" button. */
export const Failed: Story = {
  play: async ({ canvasElement }) => {
    const transport = storyTransport((name) => (name === 'to-khai.pdf' ? { fail: 'network' } : 'finish'));
    await addAndWait(canvasElement, [pdf('to-khai.pdf'), pdf('trang-2.pdf')], ['failed', 'done'], transport);
  },
};

/** Files refused, each with its reason on it; the good file beside them is uploaded as usual. */
export const Rejected: Story = {
  args: { accept: 'jpeg png pdf' },
  play: async ({ canvasElement }) => {
    const photo = await drawnImage('mat-truoc.jpg');
    const files = [
      new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], 'anh-giay-to.jpg', { type: 'image/jpeg' }),
      new File([], 'trong.jpg', { type: 'image/jpeg' }),
      photo,
      new File([photo], 'mat-truoc-ban-sao.jpg', { type: 'image/jpeg' }),
      pdf('qua-lon.pdf'),
    ];
    const transport = storyTransport((name) => (name === 'qua-lon.pdf' ? { fail: 'too-large' } : 'finish'));
    await addAndWait(canvasElement, files, ['rejected', 'rejected', 'done', 'rejected', 'rejected'], transport);
  },
};

/** Disabled: files shown, nothing can be added or changed, nothing submitted. */
export const Disabled: Story = { args: { disabled: true, value: restored } };

/** In English, with files in several states. */
export const English: Story = {
  globals: { lang: 'en' },
  args: { label: 'Birth certificate', hint: 'Issued by the hospital or health station where the child was born.' },
  play: async ({ canvasElement }) => {
    const transport = storyTransport((name) => (name === 'page-2.pdf' ? { hold: 0.6 } : name === 'page-3.pdf' ? { fail: 'network' } : 'finish'));
    const files = [await drawnImage('page-1.jpg'), pdf('page-2.pdf'), pdf('page-3.pdf'), new File([], 'empty.jpg', { type: 'image/jpeg' })];
    await addAndWait(canvasElement, files, ['done', 'uploading', 'failed', 'rejected'], transport);
  },
};

/** At 320 px (the WCAG reflow width): one column, actions on their own row, long names wrapped. */
export const Phone320: Story = {
  name: 'Phone (320 px)',
  globals: { viewport: { value: 'phone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const transport = storyTransport((name) => (name.startsWith('tai') ? { hold: 0.5 } : 'finish'));
    const files = [await drawnImage('anh-chup-giay-chung-sinh-cua-be-tai-benh-vien-2024-06-01.jpg'), pdf('tai-len.pdf'), new File([], 'trong.jpg', { type: 'image/jpeg' })];
    await addAndWait(canvasElement, files, ['done', 'uploading', 'rejected'], transport);
  },
};
