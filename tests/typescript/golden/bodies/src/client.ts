import { readEnv } from "./core/auth.js";
import { APIClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, type Fetch } from "./core/core.js";
import { DEFAULT_BASE_URL, ENV_BASE_URL, IDEMPOTENCY_HEADER, PACKAGE_NAME, SECURITY_SCHEMES, VERSION } from "./settings.js";
import { Bodies } from "./resources/bodies.js";

/** The options of a `GoldenBodies` client; every one has a default. */
export interface ClientOptions {
  /** The API's base URL (default: `GOLDEN_BODIES_BASE_URL`, else `/`). */
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

export class GoldenBodies extends APIClient {
  readonly bodies: Bodies;
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
      credentials: { },
      idempotencyHeader: IDEMPOTENCY_HEADER,
      userAgent: `${PACKAGE_NAME}-typescript/${VERSION}`,
    });
    this.#clientOptions = { ...options };
    this.bodies = new Bodies(this);
  }

  /** A copy of this client with some options changed (the others, credentials included, kept). */
  withOptions(options: ClientOptions): GoldenBodies {
    return new GoldenBodies({ ...this.#clientOptions, ...options });
  }
}
