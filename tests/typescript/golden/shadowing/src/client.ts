import { readEnv } from "./core/auth.js";
import { APIClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, type Fetch } from "./core/core.js";
import { DEFAULT_BASE_URL, ENV_BASE_URL, IDEMPOTENCY_HEADER, PACKAGE_NAME, SECURITY_SCHEMES, VERSION } from "./settings.js";
import { EmailIdentities } from "./resources/email-identities.js";
import { EmailIdentities2 } from "./resources/email-identities2.js";
import { RequestType } from "./resources/request.js";
import { Things } from "./resources/things.js";

/** The options of a `GoldenShadowing` client; every one has a default. */
export interface ClientOptions {
  /** The API's base URL (default: `GOLDEN_SHADOWING_BASE_URL`, else `/`). */
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
 * Names that hide builtins, runtime methods and each other; pointers in URI fragment form.
 */
export class GoldenShadowing extends APIClient {
  readonly emailIdentities: EmailIdentities;
  readonly emailIdentities2: EmailIdentities2;
  readonly request_: RequestType;
  readonly things: Things;
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
    this.emailIdentities = new EmailIdentities(this);
    this.emailIdentities2 = new EmailIdentities2(this);
    this.request_ = new RequestType(this);
    this.things = new Things(this);
  }

  /** A copy of this client with some options changed (the others, credentials included, kept). */
  withOptions(options: ClientOptions): GoldenShadowing {
    return new GoldenShadowing({ ...this.#clientOptions, ...options });
  }
}
