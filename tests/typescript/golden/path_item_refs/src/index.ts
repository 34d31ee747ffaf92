export { GoldenPathItemRefs, type ClientOptions } from "./client.js";
export { GoldenPathItemRefs as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenPathItemRefsError,
  APIError,
  APIStatusError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  APIResponseValidationError,
  WaitTimeoutError,
  WebhookVerificationError,
} from "./core/errors.js";
export { APIPromise, type RequestOptions, type Fetch } from "./core/core.js";
export type { Uploadable } from "./core/encoding.js";
export type * from "./types.js";
export { A } from "./resources/a.js";
export { B } from "./resources/b.js";
