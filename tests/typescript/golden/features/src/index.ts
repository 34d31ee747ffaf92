export { Acme, type ClientOptions } from "./client.js";
export { Acme as default } from "./client.js";
export {
  ClientError,
  ClientError as AcmeError,
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
export { CursorPage, PagePromise } from "./core/pagination.js";
export type { WaitOptions } from "./core/polling.js";
export type { UploadInput, UploadOptions } from "./core/uploads.js";
export type { Uploadable } from "./core/encoding.js";
export type * from "./types.js";
export { Files, type FilesCreateParams } from "./resources/files.js";
export { Jobs, type JobsCreateParams, type JobsListParams } from "./resources/jobs.js";
