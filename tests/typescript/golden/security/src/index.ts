export { GoldenSecurity, type ClientOptions } from "./client.js";
export { GoldenSecurity as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenSecurityError,
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
export { PrivateType } from "./resources/private.js";
export { PublicType } from "./resources/public.js";
