export { GoldenNaming, type ClientOptions } from "./client.js";
export { GoldenNaming as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenNamingError,
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
export { Reports } from "./resources/reports.js";
export { UserAccounts } from "./resources/user-accounts.js";
export { WithOptions } from "./resources/with-options.js";
