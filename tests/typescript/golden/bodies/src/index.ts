export { GoldenBodies, type ClientOptions } from "./client.js";
export { GoldenBodies as default } from "./client.js";
export {
  ClientError,
  ClientError as GoldenBodiesError,
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
export { Bodies, type BodiesPostArrayParams, type BodiesPostFormParams, type BodiesPostTextParams, type BodiesPostUnionParams, type BodiesPutRawParams, type BodiesUploadFileParams } from "./resources/bodies.js";
