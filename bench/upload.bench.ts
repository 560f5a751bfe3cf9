/**
 * Uploading a ~3 MB file through the default transport (tus), once cleanly and once with the connection cut
 * halfway, against the demo receiver; the bench server's fault injection makes the cut and counts the body
 * bytes that reached it. Runs in the browser (Chromium), loaded by the bench runner.
 *
 * Target (issue 3): across the drop, at most 1.2 × the file's bytes sent.
 */
import { createHttpTransport } from '../src/core/transport/http-transport.js';
import type { UploadRequest } from '../src/core/transport/transport.js';
import { TEST_ENDPOINT, clearFaults, cutUploadAfter, uploadBytesReceived, uploadRequests } from '../test/support/server-control.js';

const SIZE = 3 * 1024 * 1024;
const TARGET_RATIO = 1.2;

/** A PDF-typed file of random bytes (random: nothing on the way can compress it). */
async function generatedFile(): Promise<UploadRequest> {
  const bytes = new Uint8Array(SIZE);
  for (let at = 0; at < SIZE; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
  const file = new Blob([bytes], { type: 'application/pdf' });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { file, name: 'ban-sao.pdf', type: 'application/pdf', sha256, slot: 'birthCertificate' };
}

/** One upload with the default retry policy (jittered waits included): bytes that reached the server, time. */
async function measure(cutAt?: number): Promise<{ bytes: number; ms: number; tries: number }> {
  await clearFaults();
  if (cutAt !== undefined) await cutUploadAfter(cutAt);
  const request = await generatedFile();
  const start = performance.now();
  await createHttpTransport({ endpoint: TEST_ENDPOINT }).upload(request);
  const ms = performance.now() - start;
  const tries = (await uploadRequests('PATCH')).length;
  return { bytes: await uploadBytesReceived(), ms, tries };
}

/** Measures a clean upload, then one cut at half the file. */
export async function run(): Promise<Record<string, string | number>> {
  const clean = await measure();
  const cut = await measure(SIZE / 2);
  const ratio = cut.bytes / SIZE;
  return {
    file: `${SIZE.toLocaleString('en-US')} B, random bytes, application/pdf`,
    'clean: bytes sent': clean.bytes,
    'clean: time (ms)': Math.round(clean.ms),
    'cut at 50 %: bytes sent': cut.bytes,
    'cut at 50 %: sent / file': ratio.toFixed(3),
    'cut at 50 %: PATCH requests': cut.tries,
    'cut at 50 %: time (ms)': Math.round(cut.ms),
    [`target ≤ ${TARGET_RATIO} × file`]: ratio <= TARGET_RATIO ? 'met' : 'MISSED',
  };
}
