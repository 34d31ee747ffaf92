import { readEnv } from "./core/auth.js";
import { APIClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, type Fetch } from "./core/core.js";
import { DEFAULT_BASE_URL, ENV_BASE_URL, IDEMPOTENCY_HEADER, PACKAGE_NAME, SECURITY_SCHEMES, VERSION } from "./settings.js";
import { Files } from "./resources/files.js";
import { Jobs } from "./resources/jobs.js";

/** The options of a `Acme` client; every one has a default. */
export interface ClientOptions {
  /**
   * Default: the `ACME_API_KEY` environment variable.
   */
  apiKey?: string | null | undefined;
  /** The API's base URL (default: `ACME_BASE_URL`, else `https://api.example.com`). */
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
 * Pagination
 */
export class Acme extends APIClient {
  readonly files: Files;
  readonly jobs: Jobs;
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
    this.files = new Files(this);
    this.jobs = new Jobs(this);
  }

  /** A copy of this client with some options changed (the others, credentials included, kept). */
  withOptions(options: ClientOptions): Acme {
    return new Acme({ ...this.#clientOptions, ...options });
  }
}
