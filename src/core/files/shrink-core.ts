/**
 * Decoding, scaling and re-encoding one photo. Runs inside the shrink worker; the main thread loads it only
 * when no worker can run (see shrink.ts).
 */

/** The resolved options of one shrink. */
export interface ShrinkSettings {
  maxLongSide: number;
  quality: number;
}

/** What became of one photo. */
export type ShrinkOutcome =
  | { status: 'done'; blob: Blob; width: number; height: number; shrunk: boolean }
  /** The browser cannot decode the bytes: corrupt, or a format it does not read (HEIC outside Safari). */
  | { status: 'undecodable' }
  /** This context cannot draw off-screen; another one (the main thread) should try. */
  | { status: 'no-canvas' }
  /** Anything unexpected; the photo is then sent as it is. */
  | { status: 'failed'; message: string };

/** A message to the shrink worker. */
export interface ShrinkRequest {
  id: number;
  blob: Blob;
  settings: ShrinkSettings;
}

/** The shrink worker's answer to the request with the same `id`. */
export interface ShrinkReply {
  id: number;
  outcome: ShrinkOutcome;
}

/** A 2D drawing surface that can encode itself as JPEG. */
export interface Surface {
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  toJpeg(quality: number): Promise<Blob>;
}

/** Makes a surface of the given size, or `undefined` where this context has none. */
export type SurfaceFactory = (width: number, height: number) => Surface | undefined;

/**
 * When the photo is not scaled down, re-encoding must save at least this share of the bytes to be worth it:
 * every JPEG generation blurs fine strokes a little, and a few percent is not worth that on a document.
 */
const MIN_SAVING_UNSCALED = 0.1;

/** A surface on an OffscreenCanvas (workers, and main threads that have it). */
export const offscreenSurface: SurfaceFactory = (width, height) => {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  return context ? { context, toJpeg: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }) } : undefined;
};

/**
 * Decodes `blob` upright, scales it so its long side is at most `maxLongSide`, and encodes it as JPEG. The JPEG
 * is returned only when it is smaller than `blob`; otherwise `blob` itself, with its upright dimensions.
 *
 * Why JPEG: every officer's viewer and every back office opens it (HEIC does not open on most Windows PCs, and
 * old document systems refuse WebP); it is far smaller than PNG for a photo; and every browser's canvas can
 * encode it (Safari's cannot encode WebP).
 */
export async function shrinkInContext(
  blob: Blob,
  settings: ShrinkSettings,
  surfaceFor: SurfaceFactory = offscreenSurface,
): Promise<ShrinkOutcome> {
  if (typeof createImageBitmap !== 'function') return { status: 'no-canvas' };
  let bitmap: ImageBitmap;
  try {
    // 'from-image' applies the EXIF orientation: a phone held upright stores a landscape sensor image plus a
    // "rotate 90°" tag. Drawing the bitmap bakes the rotation into the pixels, and the new JPEG has no EXIF, so
    // every viewer (and every officer) sees the page upright. It also drops the photo's GPS position.
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    return { status: 'undecodable' };
  }
  const { width: fullWidth, height: fullHeight } = bitmap;
  const scale = Math.min(1, settings.maxLongSide / Math.max(fullWidth, fullHeight));
  const width = Math.max(1, Math.round(fullWidth * scale));
  const height = Math.max(1, Math.round(fullHeight * scale));
  const original: ShrinkOutcome = { status: 'done', blob, width: fullWidth, height: fullHeight, shrunk: false };

  let jpeg: Blob;
  try {
    const surface = surfaceFor(width, height);
    if (!surface) return { status: 'no-canvas' };
    const { context } = surface;
    // JPEG has no transparency: transparent pixels would turn black. White is the paper a document is on.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    // 'high' asks for a proper resampling filter rather than nearest pixels, which would break thin strokes.
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    jpeg = await surface.toJpeg(settings.quality);
  } catch {
    // The image is valid (it decoded) but could not be re-encoded here, e.g. too little memory: send it as is.
    return original;
  } finally {
    bitmap.close();
  }
  const limit = scale < 1 ? blob.size : blob.size * (1 - MIN_SAVING_UNSCALED);
  // Kept only when smaller: a shrink that grows the upload helps nobody on a slow connection.
  if (jpeg.size >= limit) return original;
  return { status: 'done', blob: jpeg, width, height, shrunk: true };
}
