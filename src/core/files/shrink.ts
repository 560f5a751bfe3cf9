/**
 * Phone photos made smaller before upload, in a worker so the page stays responsive. A 12-megapixel photo of
 * a birth certificate is 3–6 MB; on a weak 3G/4G connection that is minutes, and the officer needs a legible
 * page, not the camera's full resolution.
 */
import { isImageKind } from './file-kinds.js';
import type { FileKind } from './file-kinds.js';
import { FileRejection } from './rejection.js';
import type {
  ShrinkOutcome,
  ShrinkReply,
  ShrinkRequest,
  ShrinkSettings,
  Surface,
  SurfaceFactory,
} from './shrink-core.js';

/** How far to shrink. */
export interface ShrinkOptions {
  /** The longest side of the result, in pixels ({@link DEFAULT_MAX_LONG_SIDE} unless set). */
  maxLongSide?: number;
  /** JPEG quality from 0 to 1 ({@link DEFAULT_QUALITY} unless set). */
  quality?: number;
}

/** A photo ready for upload. */
export interface ShrinkResult {
  /** The JPEG when `shrunk`, otherwise the input itself. */
  blob: Blob;
  /** Upright width in pixels; 0 when the file was not decoded (a PDF, or HEIC this browser cannot read). */
  width: number;
  /** Upright height in pixels; 0 when the file was not decoded. */
  height: number;
  /** Whether `blob` is a new, smaller JPEG. */
  shrunk: boolean;
}

/**
 * 2000 px on the long side: an A4 page filling the photo comes out at about 170 dpi, where 9-pt print has an
 * x-height of about 10 px and the stacked marks of Vietnamese (ậ, ữ, ở) stay apart. 1600 px (137 dpi) would
 * cut another 40 % of the bytes but starts to merge them; 2400 px takes a noisy phone shot past 600 KB.
 */
export const DEFAULT_MAX_LONG_SIDE = 2000;

/**
 * JPEG quality 0.8: ringing around black strokes on white paper stays faint enough not to be read as marks;
 * 0.9 costs about 1.6× the bytes for a difference an officer cannot see on a document, 0.7 smears thin strokes.
 * Together: about 400 KB for a 12-megapixel photo of a page (bench/shrink.bench.ts).
 */
export const DEFAULT_QUALITY = 0.8;

/**
 * Shrinks a photo to at most `maxLongSide` pixels on its long side, upright, as JPEG — but only if the result is
 * smaller than `file`; otherwise returns `file` unchanged (`shrunk: false`). PDFs are never touched, nor HEIC
 * that this browser cannot decode. A photo that cannot be decoded rejects with `FileRejection('file.undecodable')`.
 */
export async function shrinkImage(file: Blob, kind: FileKind, options: ShrinkOptions = {}): Promise<ShrinkResult> {
  const asIs: ShrinkResult = { blob: file, width: 0, height: 0, shrunk: false };
  if (!isImageKind(kind)) return asIs;
  const outcome = await oneAtATime(() => shrinkSomewhere(file, settingsFrom(options)));
  switch (outcome.status) {
    case 'done': {
      const { shrunk, width, height } = outcome;
      // Unshrunk, the caller gets its own object back, not the worker's copy of the handle.
      return { blob: shrunk ? outcome.blob : file, width, height, shrunk };
    }
    case 'undecodable':
      // Chromium and Firefox cannot decode HEIC; the back office can. A corrupt JPEG/PNG/WebP is the citizen's
      // to replace.
      if (kind === 'heic') return asIs;
      throw new FileRejection('file.undecodable');
    default:
      return asIs;
  }
}

/** Options with defaults, and nonsense (NaN, 0, a quality of 80) replaced by defaults rather than thrown. */
function settingsFrom({ maxLongSide, quality }: ShrinkOptions): ShrinkSettings {
  return {
    maxLongSide: maxLongSide !== undefined && maxLongSide >= 1 ? Math.floor(maxLongSide) : DEFAULT_MAX_LONG_SIDE,
    quality: quality !== undefined && quality > 0 && quality <= 1 ? quality : DEFAULT_QUALITY,
  };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs shrinks one after another. Ten photos picked at once would otherwise be decoded together: ten
 * 12-megapixel bitmaps are about 480 MB, more than a mid-range phone gives a tab.
 */
function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const result = queue.then(job, job);
  queue = result.catch(() => undefined);
  return result;
}

/** Shrinks in the worker; on the main thread if no worker can run or it cannot draw off-screen. */
async function shrinkSomewhere(blob: Blob, settings: ShrinkSettings): Promise<ShrinkOutcome> {
  const outcome = await shrinkWorker()?.shrink(blob, settings);
  if (outcome && outcome.status !== 'no-canvas') return outcome;
  if (outcome) worker?.stop(); // a worker without OffscreenCanvas (Safari before 16.4) will not gain one
  // The fallback keeps the photo small (and a corrupt one caught) where a worker cannot help: no Worker at all,
  // a Content-Security-Policy that blocks it, or a bundler that lost the worker file. It may pause the page
  // while it draws, which is better than sending 5 MB over a weak connection. Loaded only when needed.
  const core = await import('./shrink-core.js');
  const surface: SurfaceFactory = (width, height) =>
    core.offscreenSurface(width, height) ?? documentSurface(width, height);
  return core.shrinkInContext(blob, settings, surface);
}

/** A surface on a `<canvas>` element, for main threads without OffscreenCanvas. */
const documentSurface: SurfaceFactory = (width, height) => {
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const toJpeg: Surface['toJpeg'] = (quality) =>
    new Promise((resolve, reject) => {
      const done = (blob: Blob | null) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed')));
      canvas.toBlob(done, 'image/jpeg', quality);
    });
  return { context, toJpeg };
};

/**
 * How long one photo may take in the worker. 12 megapixels take about 0.2 s on a laptop and a few seconds on a
 * slow phone; a 50-megapixel photo four times that. Longer means the worker is stuck.
 */
const WORKER_TIMEOUT_MS = 30_000;

/** The one worker, started on first use; `null` once it is known not to work here. */
let worker: ShrinkWorker | null | undefined;

function shrinkWorker(): ShrinkWorker | null {
  if (worker === undefined) worker = ShrinkWorker.start();
  return worker?.usable ? worker : null;
}

/** The main-thread side of shrink.worker.ts: requests out, replies matched back by id. */
class ShrinkWorker {
  usable = true;
  private nextId = 1;
  private readonly pending = new Map<number, (outcome: ShrinkOutcome | undefined) => void>();

  /** Starts the worker, or returns `null` where none can be started. */
  static start(): ShrinkWorker | null {
    if (typeof globalThis.Worker !== 'function') return null;
    // Vite finds and bundles a worker by this exact `new Worker(new URL('…', import.meta.url), …)` text, so the
    // call stays literal and `Worker` is rebound to a subclass that makes the URL loadable (see workerScriptUrl).
    // The `.ts` name is what both Vite and the test server's esbuild plugin serve as a compiled module (the
    // esbuild plugin maps `.js` to `.ts` only in import specifiers, not here). A Vite build rewrites it to the
    // emitted `assets/shrink.worker-[hash].js`, relative to this module only when the build's `base` is './'.
    const Worker = portableWorkerClass();
    try {
      return new ShrinkWorker(new Worker(new URL('./shrink.worker.ts', import.meta.url), { type: 'module' }));
    } catch {
      return null; // e.g. a Content-Security-Policy `worker-src` or Trusted Types rule that refuses it
    }
  }

  private constructor(private readonly worker: Worker) {
    worker.addEventListener('message', ({ data }: MessageEvent<ShrinkReply>) => this.settle(data.id, data.outcome));
    // An `error` event means the script failed to load or crashed: every reply is caught inside the worker.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.stop();
    });
    worker.addEventListener('messageerror', () => this.stop());
  }

  /** The outcome from the worker, or `undefined` if the worker failed (the caller then shrinks elsewhere). */
  shrink(blob: Blob, settings: ShrinkSettings): Promise<ShrinkOutcome | undefined> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      // A worker that never answers (hung, or killed without an `error` event) must not leave the file
      // "shrinking" forever and block every photo queued behind it.
      const watchdog = setTimeout(() => this.stop(), WORKER_TIMEOUT_MS);
      this.pending.set(id, (outcome) => {
        clearTimeout(watchdog);
        resolve(outcome);
      });
      const request: ShrinkRequest = { id, blob, settings };
      this.worker.postMessage(request);
    });
  }

  /** Ends the worker for good; waiting requests resolve `undefined`. */
  stop(): void {
    this.usable = false;
    this.worker.terminate();
    for (const id of [...this.pending.keys()]) this.settle(id, undefined);
  }

  private settle(id: number, outcome: ShrinkOutcome | undefined): void {
    this.pending.get(id)?.(outcome);
    this.pending.delete(id);
  }
}

/** The minimal Trusted Types surface used here (not in TypeScript's DOM library). */
interface ScriptUrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}

/** A Worker whose script URL passes two browser rules that a plain URL would fail. */
function portableWorkerClass(): new (url: URL, options: WorkerOptions) => Worker {
  return class extends globalThis.Worker {
    constructor(url: URL, options: WorkerOptions) {
      super(workerScriptUrl(url) as string, options);
    }
  };
}

/** URLs this module created for its worker; the Trusted Types policy signs nothing else. */
const ownUrls = new Set<string>();
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The URL to start the worker from:
 * - a worker must come from the page's own origin, so when this library is served from a CDN a `blob:` module
 *   that imports the worker script is started instead (the CDN must send CORS headers, as the big ones do);
 * - under Trusted Types (`require-trusted-types-for 'script'`) the Worker constructor takes only a
 *   TrustedScriptURL, made by a policy named `lienthong-worker` (a page that lists allowed policy names must
 *   list it). Without it the worker is refused and shrinking runs on the main thread.
 */
function workerScriptUrl(url: URL): unknown {
  let href = url.href;
  if (url.origin !== globalThis.location?.origin) {
    const trampoline = new Blob([`import ${JSON.stringify(href)};`], { type: 'text/javascript' });
    // Not revoked: the worker fetches it after this returns, and it is a few bytes, once per page.
    href = URL.createObjectURL(trampoline);
  }
  ownUrls.add(href);
  const trustedTypes = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  if (!trustedTypes) return href;
  try {
    if (policy === undefined) policy = trustedTypes.createPolicy('lienthong-worker', {
      createScriptURL: (input) => {
        if (!ownUrls.has(input)) throw new TypeError(`lienthong-worker does not sign ${input}`);
        return input;
      },
    });
  } catch {
    policy = null; // a `trusted-types` allow-list without this name; a plain URL still works where TT is not enforced
  }
  return policy ? policy.createScriptURL(href) : href;
}
