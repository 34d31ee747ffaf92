export { GoldenShadowing, type ClientOptions } from "./client.js";
export { GoldenShadowing as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenShadowingError,
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
export { EmailIdentities } from "./resources/email-identities.js";
export { EmailIdentities2 } from "./resources/email-identities2.js";
export { RequestType } from "./resources/request.js";
export { Things, type ThingsStrParams } from "./resources/things.js";
