/** The transport layer: the interface the wizard talks to, the default HTTP implementation and its retries. */
export { TransportError, isTransportError } from './transport.js';
export type {
  SubmitOptions,
  SubmitReceipt,
  SubmittableDossier,
  Transport,
  TransportErrorDetails,
  TransportErrorKind,
} from './transport.js';
export { DEFAULT_RETRY, withRetry } from './retry.js';
export type { RetryOptions, RetryPolicy } from './retry.js';
export { createHttpTransport } from './http-transport.js';
export type { HttpTransportOptions } from './http-transport.js';
