/**
 * The shrink worker: decoding a 12-megapixel photo and resampling it takes hundreds of milliseconds, which on
 * the main thread would freeze a phone's page while the citizen scrolls or types. One request at a time.
 */
import { shrinkInContext } from './shrink-core.js';
import type { ShrinkReply, ShrinkRequest } from './shrink-core.js';

/** The part of the worker global scope used here (the project's type library is the DOM one, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ShrinkRequest>) => void) | null;
  postMessage(message: ShrinkReply): void;
};

scope.onmessage = async ({ data: { id, blob, settings } }) => {
  let reply: ShrinkReply;
  try {
    reply = { id, outcome: await shrinkInContext(blob, settings) };
  } catch (error) {
    reply = { id, outcome: { status: 'failed', message: String(error) } };
  }
  // A Blob is passed by reference (the bytes are not copied), so no transfer list is needed.
  scope.postMessage(reply);
};
