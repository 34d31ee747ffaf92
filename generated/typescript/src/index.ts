export { Framelane, type ClientOptions } from "./client.js";
export { Framelane as default } from "./client.js";
export {
  ClientError,
  ClientError as FramelaneError,
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
export { ApiKeys, type ApiKeysCreateParams, type ApiKeysListParams } from "./resources/api-keys.js";
export { CapabilitiesResource } from "./resources/capabilities.js";
export { Imports, type ImportsCreateParams } from "./resources/imports.js";
export { Renders, type RendersCreateParams, type RendersListParams, type RendersRetrieveParams } from "./resources/renders.js";
export { Tasks, type TasksGazeRedirectParams, type TasksListParams, type TasksRemoveBackgroundParams, type TasksRetrieveParams, type TasksSuperResolutionParams, type TasksTranscribeParams } from "./resources/tasks.js";
export { Uploads, type UploadsCreateParams } from "./resources/uploads.js";
export { Webhooks, type WebhooksCreateParams, type WebhooksListParams, type WebhooksUpdateParams } from "./resources/webhooks.js";
export { WorkspaceResource, type WorkspaceUpdateParams } from "./resources/workspace.js";
