export { GoldenAllof, type ClientOptions } from "./client.js";
export { GoldenAllof as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenAllofError,
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
export { Pets } from "./resources/pets.js";
