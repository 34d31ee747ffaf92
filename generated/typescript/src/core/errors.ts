/**
 * The errors of the client. Every one derives from `ClientError` (re-exported under the client's own name,
 * such as `FramelaneError`), so one `instanceof` check catches them all.
 */

export class ClientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A request that did not give a usable answer. */
export class APIError extends ClientError {}

/**
 * The API answered with an error status. `code`, `message` and `details` come from the error body when it has
 * them; `requestId` from the `x-request-id` (or `request-id`) header; `retryAfter` is the seconds the server
 * asked to wait (`retry-after-ms` / `Retry-After`), if any.
 */
export class APIStatusError extends APIError {
  readonly status: number;
  readonly code: string | null;
  readonly details: unknown;
  readonly requestId: string | null;
  readonly headers: Headers;
  readonly body: unknown;
  readonly retryAfter: number | null;
  readonly error: string;

  constructor(
    status: number,
    message: string,
    init: { code?: string | null; details?: unknown; headers: Headers; body?: unknown; retryAfter?: number | null },
  ) {
    const summary = `${status}${init.code ? ` (${init.code})` : ""} ${message}`;
    super(summary);
    this.error = message;
    this.status = status;
    this.code = init.code ?? null;
    this.details = init.details ?? null;
    this.headers = init.headers;
    this.body = init.body ?? null;
    this.requestId = init.headers.get("x-request-id") ?? init.headers.get("request-id");
    this.retryAfter = init.retryAfter ?? null;
  }
}

/** 400: the request is malformed. */
export class BadRequestError extends APIStatusError {}
/** 401: the API key is missing or invalid. */
export class AuthenticationError extends APIStatusError {}
/** 403: the key may not do this. */
export class PermissionDeniedError extends APIStatusError {}
/** 404: no such resource. */
export class NotFoundError extends APIStatusError {}
/** 409: the request conflicts with the resource's state (never retried). */
export class ConflictError extends APIStatusError {}
/** 422: the request is well-formed but invalid. */
export class UnprocessableEntityError extends APIStatusError {}
/** 429: too many requests (retried, honouring `Retry-After`). */
export class RateLimitError extends APIStatusError {}
/** 5xx: the server failed (retried). */
export class InternalServerError extends APIStatusError {}

/** The API could not be reached. */
export class APIConnectionError extends APIError {
  constructor(message = "Connection error.", options?: { cause?: unknown }) {
    super(message);
    if (options?.cause !== undefined) {
      Object.defineProperty(this, "cause", { value: options.cause, enumerable: false });
    }
  }
}

/** The request timed out (after every retry). */
export class APITimeoutError extends APIConnectionError {
  constructor(message = "Request timed out.") {
    super(message);
  }
}

/** The caller aborted the request with its `AbortSignal` (never retried). */
export class APIUserAbortError extends APIError {
  constructor(message = "Request was aborted.") {
    super(message);
  }
}

/** The API answered with success, but the body is not what the spec describes (not JSON). */
export class APIResponseValidationError extends APIError {
  readonly status: number;
  readonly body: unknown;
  constructor(message: string, status: number, body: unknown) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** `wait()` reached its deadline; `last` is the last state seen. */
export class WaitTimeoutError extends ClientError {
  readonly last: unknown;
  constructor(message: string, last: unknown) {
    super(message);
    this.last = last;
  }
}

/** A webhook delivery failed verification (signature, timestamp or payload). */
export class WebhookVerificationError extends ClientError {}

const STATUS_ERRORS: Record<number, typeof APIStatusError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class of an error status. */
export function errorClassFor(status: number): typeof APIStatusError {
  return STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIStatusError);
}
