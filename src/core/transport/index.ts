/** The transport layer: the interface the wizard talks to, the default HTTP implementation (tus for files) and its retries. */
export { TransportError, isTransportError } from './transport.js';
export type {
  AwaitedFact,
  DeferredOptions,
  DeferredStatus,
  SubmitOptions,
  SubmitReceipt,
  SubmittableDossier,
  SupplementOptions,
  SupplementReceipt,
  Transport,
  TransportErrorDetails,
  TransportErrorKind,
  UploadOptions,
  UploadProgress,
  UploadRequest,
  UploadedFile,
} from './transport.js';
export { DEFAULT_RETRY, parseRetryAfter, withRetry } from './retry.js';
export type { RetryOptions, RetryPolicy } from './retry.js';
export { createHttpTransport } from './http-transport.js';
export { DEFAULT_UPLOAD_RETRY } from './tus-upload.js';
export type { HttpTransportOptions } from './http-transport.js';
