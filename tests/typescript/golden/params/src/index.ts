export { GoldenParams, type ClientOptions } from "./client.js";
export { GoldenParams as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenParamsError,
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
export { Scenes, type ScenesCreateParams, type ScenesReplaceLayersParams } from "./resources/scenes.js";
