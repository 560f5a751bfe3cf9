/**
 * Real files for tests: drawn on a canvas and encoded by the browser, or uploaded to the receiver behind the
 * test runner so a dossier can refer to them (the receiver checks every referenced file exists).
 */
import { createHttpTransport } from '../../src/core/transport/http-transport.js';
import type { UploadedFile } from '../../src/core/transport/transport.js';
import { sha256Hex } from '../../src/core/files/checksum.js';
import { TEST_ENDPOINT } from './server-control.js';

/** A JPEG or PNG photo-like image of a document, `width`×`height`, drawn with text so it is not trivial. */
export async function drawnImage(
  name = 'giay-chung-sinh.jpg',
  { width = 600, height = 800, type = 'image/jpeg' }: { width?: number; height?: number; type?: string } = {},
): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fdfbf3';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1a1a1a';
  context.font = `${Math.round(width / 20)}px sans-serif`;
  for (let line = 1; line < 12; line++) context.fillText(`GIẤY CHỨNG SINH — dòng ${line} ${name}`, 20, (height / 12) * line);
  const blob = await canvas.convertToBlob({ type, quality: 0.9 });
  return new File([blob], name, { type });
}

/** Uploads `file` to the test receiver and returns its reference, as a slot would hold it. */
export async function uploadedFile(file?: File, slot = 'birthCertificate'): Promise<UploadedFile> {
  const real = file ?? (await drawnImage());
  return createHttpTransport({ endpoint: TEST_ENDPOINT }).upload({
    file: real,
    name: real.name,
    type: real.type,
    sha256: await sha256Hex(real),
    slot,
  });
}
