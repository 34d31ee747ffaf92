import { readEnv } from "./core/auth.js";
import { APIClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, type Fetch } from "./core/core.js";
import { DEFAULT_BASE_URL, ENV_BASE_URL, IDEMPOTENCY_HEADER, PACKAGE_NAME, SECURITY_SCHEMES, VERSION } from "./settings.js";
import { ApiKeys } from "./resources/api-keys.js";
import { CapabilitiesResource } from "./resources/capabilities.js";
import { Imports } from "./resources/imports.js";
import { Renders } from "./resources/renders.js";
import { Tasks } from "./resources/tasks.js";
import { Uploads } from "./resources/uploads.js";
import { Webhooks } from "./resources/webhooks.js";
import { WorkspaceResource } from "./resources/workspace.js";

/** The options of a `Framelane` client; every one has a default. */
export interface ClientOptions {
  /**
   * A Framelane API key (`fl_live_...`) sent as `Authorization: Bearer <key>`.
   *
   * Default: the `FRAMELANE_API_KEY` environment variable.
   */
  apiKey?: string | null | undefined;
  /** The API's base URL (default: `FRAMELANE_BASE_URL`, else `https://api.framelane.io`). */
  baseURL?: string | null | undefined;
  /** Milliseconds before a request attempt is abandoned (default 60 000). */
  timeout?: number | undefined;
  /** How many times a failed request is retried (default 2); 409 is never retried. */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Query parameters sent with every request. */
  defaultQuery?: Record<string, unknown> | undefined;
  /** The `fetch` to send with (default: the platform's). */
  fetch?: Fetch | undefined;
}

/**
 * Framelane renders video and runs AI media tasks from one declarative JSON request.
 *
 * ## Authentication
 * Send your API key as a bearer token on every `/v1` call: `Authorization: Bearer fl_live_...`. Keys are made in the console (Settings → API Keys) or with `POST /v1/api-keys`; the plaintext key is shown once. A key has full access to its workspace (no scopes yet). Rotate by creating a new key, switching to it, and revoking the old one. A missing or invalid key gets 401 `unauthorized`; a self-serve key whose e-mail is not yet verified gets 403 `email_not_verified`. `GET /v1/capabilities` is public.
 *
 * ## Jobs
 * Renders (`POST /v1/renders`) and AI tasks (`POST /v1/tasks/...`) run asynchronously. Submitting answers 202 with a Job in `queued` (or `ingesting` while external sources are copied in). Follow it by polling `GET /v1/renders/{render_id}` / `GET /v1/tasks/{task_id}` (add `wait=25` to long-poll) or, in production, by webhooks. `completed`, `failed` and `cancelled` are terminal. A completed job's artifact is at `output.url`, and `GET .../download` redirects to a fresh signed URL of it. Sources must be public HTTPS URLs, under 5 GiB, valid for at least an hour; local files go through `POST /v1/uploads`, remote ones through `POST /v1/imports`.
 *
 * ## Idempotency
 * Job-creating POSTs accept an `Idempotency-Key` header. Within 24 hours, the same key with the same body replays the original job with 200 (nothing new is created or charged); the same key with another body gets 409 `idempotency_key_reused`. A new job answers 202.
 *
 * ## Pagination
 * List endpoints take `limit` (1-100, default 20) and `cursor`, and answer `{"data": [...], "next_cursor": ..., "has_more": ...}`, newest first. Pass `next_cursor` as `cursor` while `has_more` is true.
 *
 * ## Errors
 * Every error has the body `{"error": {"code": "...", "message": "...", "details": ...}}`; `details` is optional. Branch on `code`:
 *
 * - `invalid_request` (400): the request could not be read: the body is not valid JSON, or is not a JSON object.
 * - `unauthorized` (401): the `Authorization` header is missing, malformed, or names an unknown or revoked key.
 * - `quota_exceeded` (402): the workspace has used up its render minutes for the billing period.
 * - `email_not_verified` (403): a self-serve key is used before its signup e-mail code was verified.
 * - `not_found` (404): no resource with that id exists in your workspace.
 * - `conflict` (409): the request clashes with the current state of a resource.
 * - `idempotency_key_reused` (409): an `Idempotency-Key` seen in the last 24 hours comes with a different body.
 * - `job_not_cancellable` (409): the job is already completed, failed or cancelled.
 * - `job_not_completed` (409): a download was asked for before the job completed.
 * - `validation_error` (422): the body or query breaks the schema or a cross-field rule; `details` says where.
 * - `unsupported_content_type` (422): `POST /v1/uploads` was given a MIME type outside the allow-list.
 * - `rate_limited` (429): too many requests; wait `Retry-After` seconds.
 * - `internal_error` (500): an unexpected failure on Framelane's side.
 * - `service_unavailable` (503): the service is briefly overloaded or in maintenance; wait `Retry-After` seconds.
 *
 * A failed job is not an HTTP error: it is a Job with `status: failed` and an `error` such as `invalid_source`.
 *
 * ## Rate limits
 * Requests over the workspace's rate limit get 429 `rate_limited` with a `Retry-After` header (seconds); 503 carries it too. Wait at least that long and retry with exponential backoff and jitter. The current limits are listed by `GET /v1/capabilities`.
 *
 * ## Webhooks
 * Register endpoints with `POST /v1/webhooks`, or give a job its own `webhook_url`. Each delivery is signed in the `Framelane-Signature` header (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{raw body}">`, 300-second tolerance). Answer 200 within 10 seconds; deliveries are retried, so handle each event id once.
 */
export class Framelane extends APIClient {
  readonly apiKeys: ApiKeys;
  readonly capabilities: CapabilitiesResource;
  readonly imports: Imports;
  readonly renders: Renders;
  readonly tasks: Tasks;
  readonly uploads: Uploads;
  readonly webhooks: Webhooks;
  readonly workspace: WorkspaceResource;
  readonly #clientOptions: ClientOptions;

  constructor(options: ClientOptions = {}) {
    const baseURL = options.baseURL ?? readEnv(ENV_BASE_URL);
    super({
      baseURL: baseURL ?? DEFAULT_BASE_URL,
      customBaseURL: baseURL !== undefined && baseURL !== null,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      defaultHeaders: options.defaultHeaders ?? {},
      defaultQuery: options.defaultQuery ?? {},
      fetch: options.fetch,
      schemes: SECURITY_SCHEMES,
      credentials: { apiKey: options.apiKey, },
      idempotencyHeader: IDEMPOTENCY_HEADER,
      userAgent: `${PACKAGE_NAME}-typescript/${VERSION}`,
    });
    this.#clientOptions = { ...options };
    this.apiKeys = new ApiKeys(this);
    this.capabilities = new CapabilitiesResource(this);
    this.imports = new Imports(this);
    this.renders = new Renders(this);
    this.tasks = new Tasks(this);
    this.uploads = new Uploads(this);
    this.webhooks = new Webhooks(this);
    this.workspace = new WorkspaceResource(this);
  }

  /** A copy of this client with some options changed (the others, credentials included, kept). */
  withOptions(options: ClientOptions): Framelane {
    return new Framelane({ ...this.#clientOptions, ...options });
  }
}
