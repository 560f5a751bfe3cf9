/**
 * Real files made in the browser for the file tests and the shrink benchmark: photos drawn on a canvas and
 * encoded by the browser's own JPEG/PNG/WebP encoders, PDFs written as text, and hostile or broken files.
 */

/** A small, fast, seeded random generator (xorshift32), so a "photo" is the same on every run. */
export function random(seed = 0x9e3779b9): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

export interface PhotoOptions {
  type?: 'image/jpeg' | 'image/png' | 'image/webp';
  /** Encoder quality; phone cameras write JPEG at about 0.9–0.95. */
  quality?: number;
  /** Amplitude of the per-pixel sensor noise (0 = a clean drawing). */
  noise?: number;
  seed?: number;
}

/**
 * A phone-like photo of a paper document: a table's wood-coloured gradient, a slightly rotated sheet under
 * uneven light, lines of Vietnamese text, a red stamp, and sensor noise — so JPEG sizes are realistic (a clean
 * drawing compresses far better than any camera image).
 */
export async function documentPhoto(width: number, height: number, options: PhotoOptions = {}): Promise<Blob> {
  const { type = 'image/jpeg', quality = 0.92, noise = 10, seed } = options;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  drawDocument(ctx, width, height, random(seed));
  if (noise > 0) addNoise(ctx, width, height, noise, random((seed ?? 7) + 1));
  return canvas.convertToBlob({ type, quality });
}

function drawDocument(ctx: OffscreenCanvasRenderingContext2D, width: number, height: number, rnd: () => number): void {
  const table = ctx.createLinearGradient(0, 0, width, height);
  table.addColorStop(0, '#8a6a4a');
  table.addColorStop(1, '#5a3f28');
  ctx.fillStyle = table;
  ctx.fillRect(0, 0, width, height);
  // Wood grain: many thin, faint strokes.
  for (let i = 0; i < 400; i++) {
    ctx.strokeStyle = `rgba(40, 25, 10, ${0.05 + rnd() * 0.1})`;
    ctx.lineWidth = 1 + rnd() * 3;
    const y = rnd() * height;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.bezierCurveTo(width / 3, y + rnd() * 40 - 20, (2 * width) / 3, y + rnd() * 40 - 20, width, y);
    ctx.stroke();
  }

  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate(-0.03);
  const sheetH = height * 0.9;
  const sheetW = Math.min(width * 0.9, sheetH / 1.414);
  const light = ctx.createRadialGradient(-sheetW / 4, -sheetH / 4, 0, 0, 0, sheetH);
  light.addColorStop(0, '#fbfaf5');
  light.addColorStop(1, '#d8d4c8');
  ctx.fillStyle = light;
  ctx.fillRect(-sheetW / 2, -sheetH / 2, sheetW, sheetH);

  const size = Math.max(8, Math.round(sheetH / 70));
  ctx.fillStyle = '#1d1d2b';
  ctx.font = `bold ${size * 1.3}px serif`;
  ctx.textAlign = 'center';
  ctx.fillText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, -sheetH / 2 + size * 3);
  ctx.fillText('GIẤY CHỨNG SINH', 0, -sheetH / 2 + size * 6);
  ctx.textAlign = 'left';
  ctx.font = `${size}px serif`;
  const words = ['Họ và tên mẹ', 'Nguyễn Thị Hương', 'năm sinh', '1994', 'nơi đăng ký thường trú', 'phường',
    'Hoàn Kiếm', 'Hà Nội', 'đã sinh con vào lúc', 'giờ', 'phút', 'ngày', 'tháng', 'năm', 'tại', 'Bệnh viện',
    'Phụ sản', 'giới tính', 'cân nặng', 'gram', 'dự định đặt tên con là', 'Trần Minh Anh', 'người đỡ đẻ'];
  for (let line = 0, y = -sheetH / 2 + size * 9; y < sheetH / 2 - size * 8; line++, y += size * 1.8) {
    let text = '';
    while (text.length < 70) text += `${words[Math.floor(rnd() * words.length)]} `;
    ctx.fillText(text, -sheetW / 2 + size * 3, y, sheetW - size * 6);
  }
  ctx.strokeStyle = 'rgba(200, 20, 30, 0.75)';
  ctx.lineWidth = size / 4;
  ctx.beginPath();
  ctx.arc(sheetW / 4, sheetH / 2 - size * 6, size * 4, 0, Math.PI * 2);
  ctx.stroke();
  ctx.restore();
}

function addNoise(
  ctx: OffscreenCanvasRenderingContext2D,
  width: number,
  height: number,
  amplitude: number,
  rnd: () => number,
): void {
  // In bands, so a 12-megapixel image never needs a second 48 MB copy.
  const band = 256;
  for (let top = 0; top < height; top += band) {
    const rows = Math.min(band, height - top);
    const image = ctx.getImageData(0, top, width, rows);
    const px = image.data;
    for (let i = 0; i < px.length; i += 4) {
      const n = (rnd() - 0.5) * 2 * amplitude;
      px[i] = px[i]! + n + (rnd() - 0.5) * amplitude;
      px[i + 1] = px[i + 1]! + n;
      px[i + 2] = px[i + 2]! + n + (rnd() - 0.5) * amplitude;
    }
    ctx.putImageData(image, 0, top);
  }
}

/** A flat image with a transparent border and a black mark in the middle (a PNG cut-out of a document). */
export async function transparentPng(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.fillRect(width / 4, height / 4, width / 2, height / 2);
  return canvas.convertToBlob({ type: 'image/png' });
}

/** The RGBA of one pixel of a decoded image. */
export async function pixelAt(blob: Blob, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return [...ctx.getImageData(x, y, 1, 1).data];
}

/** Decoded width and height, upright (EXIF orientation applied). */
export async function dimensions(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const { width, height } = bitmap;
  bitmap.close();
  return { width, height };
}

/**
 * `jpeg` with an Exif APP1 segment holding only an Orientation tag, inserted right after the SOI marker, as a
 * phone camera writes it. 6 = "rotate 90° clockwise to view": the sensor's landscape image of a portrait shot.
 */
export async function withExifOrientation(jpeg: Blob, orientation: number): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  const app1 = new Uint8Array([
    0xff, 0xe1, 0x00, 0x22, // APP1, length 34 (itself included, marker excluded)
    0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // "Exif\0\0"
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // TIFF header, big-endian ("MM"), IFD0 at offset 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation, SHORT, 1 value
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
  return new Blob([bytes.subarray(0, 2), app1, bytes.subarray(2)], { type: 'image/jpeg' });
}

/**
 * A JPEG whose headers are intact (so it sniffs as JPEG) but whose picture data is gone: everything after the
 * start-of-scan marker is replaced by junk and the end marker is missing.
 */
export async function corruptJpeg(jpeg: Blob): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  let sos = 2;
  while (sos < bytes.length - 1 && !(bytes[sos] === 0xff && bytes[sos + 1] === 0xda)) sos++;
  const junk = new Uint8Array(64).fill(0xff);
  return new Blob([bytes.subarray(0, sos), junk], { type: 'image/jpeg' });
}

/** A small but valid one-page PDF, written as text (cross-reference offsets computed). */
export function pdfBytes(text = 'Giay xac nhan'): Uint8Array<ArrayBuffer> {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 24 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 24 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(new TextEncoder().encode(pdf));
}

/** The start of a HEIC photo as an iPhone writes it (`ftyp` box, brands heic/mif1), then junk no browser decodes. */
export function heicBytes(majorBrand = 'heic'): Uint8Array<ArrayBuffer> {
  const ftyp = [0, 0, 0, 0x18, ...ascii('ftyp'), ...ascii(majorBrand), 0, 0, 0, 0, ...ascii('mif1'), ...ascii('heic')];
  const junk = Array.from({ length: 2000 }, (_, i) => (i * 31 + 7) & 0xff);
  return new Uint8Array([...ftyp, ...junk]);
}

/** A Windows program's first bytes: "MZ", then the DOS stub's usual text. */
export function exeBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set(ascii('This program cannot be run in DOS mode.'), 0x4e);
  return bytes;
}

export const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
export const HTML = '<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>';

/** A File as a phone would hand it over: the name and `type` the device claims, whatever the bytes are. */
export function file(content: BlobPart | BlobPart[], name: string, type = ''): File {
  return new File(Array.isArray(content) ? content : [content], name, { type, lastModified: 1_750_000_000_000 });
}

export function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}
