/**
 * The client runtime: one code path builds every request (parameters by style, credentials by the operation's
 * security, the body in its media type), sends it with `fetch` (timeout and caller's `AbortSignal`, retries
 * with backoff, jitter and `Retry-After`, one idempotency key reused by every retry) and turns the answer into
 * a value or a typed error. Nothing here knows the API: the generated client passes its settings.
 */

import { Credentials, type Requirement, type Scheme } from "./auth.js";
import {
  encodeCookies,
  encodeForm,
  encodeMultipart,
  encodeQuery,
  formatPath,
  headerValue,
  isUploadable,
  toJsonable,
  type Style,
  type Uploadable,
} from "./encoding.js";
import {
  APIConnectionError,
  APIResponseValidationError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  ClientError,
  errorClassFor,
} from "./errors.js";

export type { Style, Uploadable } from "./encoding.js";
export type { Requirement, Scheme } from "./auth.js";

/** The `fetch` a client sends with (the platform's by default). */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
export const INITIAL_RETRY_DELAY = 500;
export const MAX_RETRY_DELAY = 8_000;
export const MAX_RETRY_AFTER = 60_000;
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** What every call also takes, last. */
export interface RequestOptions {
  /** Milliseconds before one attempt is abandoned (default: the client's, 60 s). */
  timeout?: number;
  /** How many times a failed attempt is retried (default: the client's, 2). */
  maxRetries?: number;
  /** Aborts the call (and its retries); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Extra headers; `null` removes a header the client would send. */
  headers?: Record<string, string | null>;
  /** Extra query parameters. */
  query?: Record<string, unknown>;
  /** The idempotency key of a call that creates something (default: one generated per call). */
  idempotencyKey?: string;
}

/** The settings of a client, as the generated client's constructor resolved them. */
export interface CoreOptions {
  baseURL: string;
  customBaseURL: boolean;
  timeout: number;
  maxRetries: number;
  defaultHeaders: Record<string, string>;
  defaultQuery: Record<string, unknown>;
  fetch: Fetch | undefined;
  schemes: Record<string, Scheme>;
  credentials: Record<string, unknown>;
  idempotencyHeader: string;
  userAgent: string;
}

/** One call, as a generated method describes it. */
export interface FinalRequest {
  method: string;
  path: string;
  pathParams?: Record<string, unknown>;
  pathStyles?: Record<string, Style>;
  query?: Record<string, unknown>;
  queryStyles?: Record<string, Style>;
  headers?: Record<string, unknown>;
  headerStyles?: Record<string, Style>;
  cookies?: Record<string, unknown>;
  cookieStyles?: Record<string, Style>;
  body?: unknown;
  bodyKind?: "json" | "form" | "multipart" | "binary" | "text";
  contentType?: string;
  encodings?: Record<string, Style>;
  security: Requirement;
  accept?: string;
  server?: string;
  idempotent?: boolean;
  responseKind: "json" | "text" | "empty" | "binary" | "redirect";
}

/** A response and the request that got it. */
export interface RawResponse {
  response: Response;
  request: FinalRequest;
}

/** What a call returns: a promise of the parsed value, with the raw response on demand. */
export class APIPromise<T> extends Promise<T> {
  #parsed: Promise<T> | undefined;
  readonly #raw: Promise<RawResponse>;
  readonly #parse: (raw: RawResponse) => Promise<T>;

  constructor(raw: Promise<RawResponse>, parse: (raw: RawResponse) => Promise<T>) {
    super((resolve) => resolve(null as unknown as T));
    this.#raw = raw;
    this.#parse = parse;
  }

  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The raw `Response`, its body unread (headers, status, streaming). */
  asResponse(): Promise<Response> {
    return this.#raw.then((raw) => raw.response);
  }

  /** The parsed value and the `Response` it came from. */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const [data, raw] = await Promise.all([this.#value(), this.#raw]);
    return { data, response: raw.response };
  }

  #value(): Promise<T> {
    if (!this.#parsed) this.#parsed = this.#raw.then((raw) => this.#parse(raw));
    return this.#parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#value().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#value().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#value().finally(onfinally);
  }
}

/** The seconds a response asks to wait: `retry-after-ms`, else `Retry-After` (seconds or an HTTP date). */
export function retryAfter(headers: Headers, now: number = Date.now()): number | null {
  const millis = headers.get("retry-after-ms");
  if (millis) {
    const value = Number(millis) / 1000;
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const raw = headers.get("retry-after");
  if (!raw) return null;
  const seconds = Number(raw);
  if (raw.trim() !== "" && Number.isFinite(seconds)) return seconds < 0 ? 0 : seconds;
  const when = Date.parse(raw);
  if (Number.isNaN(when)) return null;
  return Math.max(0, (when - now) / 1000);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function uuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
    const r = (Math.random() * 16) | 0;
    return (ch === "x" ? r : (r & 0x3) | 0x8).toString(16);
  });
}

/** The keys of `params` that `keys` names (the query, header or cookie parameters of a call), by wire name: an
 * entry is the key itself, or `[key, wire]` for a key that is not its wire name (a parameter whose name another
 * location's parameter of the call has too). */
export function pick(
  params: object | undefined,
  keys: readonly (string | readonly [string, string])[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = (params ?? {}) as Record<string, unknown>;
  for (const entry of keys) {
    const [key, wire] = typeof entry === "string" ? [entry, entry] : entry;
    if (record[key] !== undefined) out[wire] = record[key];
  }
  return out;
}

/** The body of a call whose body fields sit beside its parameters: every key but `keys`; `undefined` when an
 * optional body got no field (an empty object would be a body). */
export function bodyOf(params: object | undefined, keys: readonly string[], required: boolean): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (!keys.includes(key) && value !== undefined) out[key] = value;
  }
  return !required && Object.keys(out).length === 0 ? undefined : out;
}

function summary(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit)}...` : flat;
}

/** The runtime a generated client extends. */
export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  /** The retry schedule: retry `n` (from 0) waits `initialRetryDelay * 2**n` ms, at most `maxRetryDelay`,
   * less up to a quarter of jitter; a `Retry-After` answer waits what it says, unless it asks for more than
   * `maxRetryAfter` (then the call fails at once, its error carrying `retryAfter`). */
  initialRetryDelay = INITIAL_RETRY_DELAY;
  maxRetryDelay = MAX_RETRY_DELAY;
  maxRetryAfter = MAX_RETRY_AFTER;
  readonly #options: CoreOptions;
  readonly #credentials: Credentials;
  readonly #fetch: Fetch;

  constructor(options: CoreOptions) {
    this.#options = options;
    this.baseURL = options.baseURL.replace(/\/+$/, "");
    this.timeout = options.timeout;
    this.maxRetries = options.maxRetries;
    this.#credentials = new Credentials(options.schemes, options.credentials);
    const platform = (globalThis as { fetch?: Fetch }).fetch;
    const chosen = options.fetch ?? (platform ? (input, init) => platform(input, init) : undefined);
    if (!chosen) throw new ClientError("No fetch: pass the fetch option (this platform has no global fetch).");
    this.#fetch = chosen;
  }

  /** The resolved settings, for `withOptions` copies (credentials included, never printed). */
  protected coreOptions(): CoreOptions {
    return { ...this.#options, credentials: { ...this.#options.credentials, ...this.#credentials.options() } };
  }

  toString(): string {
    return `${this.constructor.name}(baseURL=${JSON.stringify(this.baseURL)})`;
  }

  /** Text with every held secret replaced by `***`. */
  redact(text: string): string {
    let out = text;
    for (const secret of this.#credentials.secrets()) out = out.split(secret).join("***");
    return out;
  }

  /** Send one call; the returned promise parses its answer as the call's kind says. */
  request<T>(request: FinalRequest, options: RequestOptions = {}): APIPromise<T> {
    const raw = this.#send(request, options);
    return new APIPromise<T>(raw, (r) => this.#parse<T>(r));
  }

  /** Send one call and give its raw answer (for page promises); `parse` turns it into a value. */
  send(request: FinalRequest, options: RequestOptions = {}): Promise<RawResponse> {
    return this.#send(request, options);
  }

  /** The value of a raw answer, as its request's kind says. */
  parse<T>(raw: RawResponse): Promise<T> {
    return this.#parse<T>(raw);
  }

  /** The `fetch` this client sends with (uploads to signed URLs use it, without credentials). */
  fetchImplementation(): Fetch {
    return this.#fetch;
  }

  /** Where a call goes: an absolute server of the operation's own gives way to a base URL given to the
   * client; a relative one (`""` is the origin) is relative to whichever base URL the client has. */
  #base(server: string | undefined): string {
    if (!server) return this.baseURL;
    if (/^https?:\/\//.test(server)) {
      return this.#options.customBaseURL ? this.baseURL : server.replace(/\/+$/, "");
    }
    return new URL(server, this.baseURL + "/").toString().replace(/\/+$/, "");
  }

  async #build(
    request: FinalRequest,
    options: RequestOptions,
    idempotencyKey: string | undefined,
  ): Promise<{ url: string; init: RequestInit }> {
    const chosen = this.#credentials.select(request.security);
    if (chosen === null) throw this.#credentials.missing(request.method, request.path, request.security);
    const applied = this.#credentials.apply(chosen);
    let url =
      this.#base(request.server) +
      (request.pathParams ? formatPath(request.path, request.pathParams, request.pathStyles) : request.path);
    const query = request.query ?? {};
    const defaults = Object.fromEntries(
      Object.entries(this.#options.defaultQuery).filter(([k]) => !(k in query) || query[k] === undefined),
    );
    const parts = [
      encodeQuery(query, request.queryStyles),
      encodeQuery(defaults),
      encodeQuery(Object.fromEntries(applied.query)),
      encodeQuery(options.query ?? {}),
    ].filter((p) => p !== "");
    if (parts.length > 0) url += (url.includes("?") ? "&" : "?") + parts.join("&");
    const headers: Record<string, string> = {
      Accept: request.accept ?? "application/json",
      "User-Agent": this.#options.userAgent,
      ...applied.headers,
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined && value !== null) headers[name] = headerValue(value, request.headerStyles?.[name]);
    }
    const cookies = [
      encodeCookies(request.cookies ?? {}, request.cookieStyles),
      encodeCookies(Object.fromEntries(applied.cookies)),
    ].filter((c) => c !== "");
    if (cookies.length > 0) headers["Cookie"] = cookies.join("; ");
    if (idempotencyKey !== undefined && this.#options.idempotencyHeader) {
      headers[this.#options.idempotencyHeader] = idempotencyKey;
    }
    Object.assign(headers, this.#options.defaultHeaders);
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
      }
      if (value !== null) headers[name] = value;
    }
    const body = await this.#body(request, headers);
    const init: RequestInit = { method: request.method, headers };
    if (body !== undefined) init.body = body;
    if (request.responseKind === "redirect") init.redirect = "manual";
    return { url, init };
  }

  async #body(request: FinalRequest, headers: Record<string, string>): Promise<BodyInit | undefined> {
    const body = request.body;
    if (body === undefined) return undefined;
    const setType = (value: string) => {
      if (!Object.keys(headers).some((k) => k.toLowerCase() === "content-type")) headers["Content-Type"] = value;
    };
    const kind = request.bodyKind ?? "json";
    if (kind === "json") {
      setType(request.contentType || "application/json");
      return JSON.stringify(toJsonable(body));
    }
    if (kind === "form") {
      setType("application/x-www-form-urlencoded");
      return encodeForm(body as Record<string, unknown>, request.encodings);
    }
    if (kind === "multipart") {
      const boundary = `----${uuid().replace(/-/g, "")}`;
      setType(`${request.contentType || "multipart/form-data"}; boundary=${boundary}`);
      const bytes = await encodeMultipart(body as Record<string, unknown>, request.encodings ?? {}, boundary);
      return bytes as unknown as BodyInit;
    }
    setType(request.contentType || (kind === "text" ? "text/plain" : "application/octet-stream"));
    if (typeof body === "string") return body;
    if (isUploadable(body)) return body as unknown as BodyInit;
    return String(body);
  }

  /** How long to wait before retrying (ms), or `null` when the call must not be retried. */
  retryDelay(attempt: number, retries: number, response: Response | null): number | null {
    if (attempt >= retries) return null;
    if (response) {
      const verdict = (response.headers.get("x-should-retry") ?? "").trim().toLowerCase();
      if (verdict === "false") return null;
      if (verdict !== "true" && !RETRY_STATUSES.has(response.status)) return null;
      const after = retryAfter(response.headers);
      if (after !== null) return after * 1000 > this.maxRetryAfter ? null : after * 1000;
    }
    const delay = Math.min(this.initialRetryDelay * 2 ** attempt, this.maxRetryDelay);
    return delay * (1 - 0.25 * Math.random());
  }

  /** Follow a download's redirects (at most five): a GET to the new location, and the API's credentials never
   * sent to another origin. Where the platform hides redirects (a browser's opaque answer), it follows them
   * itself, which drops credentials across origins too. */
  async #follow(url: string, init: RequestInit, response: Response, signal: AbortSignal): Promise<Response> {
    let current = response;
    let from = url;
    for (let hops = 0; hops < 5; hops++) {
      if (current.type === "opaqueredirect") return this.#fetch(from, { ...init, redirect: "follow", signal });
      const location = current.headers.get("location");
      if (current.status < 300 || current.status >= 400 || !location) return current;
      const next = new URL(location, from);
      const headers: Record<string, string> = {};
      const sameOrigin = next.origin === new URL(from).origin;
      for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) {
        const lowered = name.toLowerCase();
        if (lowered === "content-type" || lowered === "content-length") continue;
        if (!sameOrigin && this.#credentialHeader(lowered)) continue;
        headers[name] = value;
      }
      if (!sameOrigin) {
        const secrets = this.#credentials.secrets();
        for (const [key, value] of [...next.searchParams]) {
          if (secrets.includes(value)) next.searchParams.delete(key);
        }
      }
      await current.body?.cancel().catch(() => undefined);
      from = next.toString();
      current = await this.#fetch(from, { method: "GET", headers, redirect: "manual", signal });
    }
    return current;
  }

  #credentialHeader(lowered: string): boolean {
    if (["authorization", "cookie", "proxy-authorization"].includes(lowered)) return true;
    return Object.values(this.#options.schemes).some((s) => s.send === "header" && s.name.toLowerCase() === lowered);
  }

  /** The idempotency key a caller gave as the operation's own header parameter, if any. */
  #givenKey(request: FinalRequest): string | undefined {
    const wanted = this.#options.idempotencyHeader.toLowerCase();
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (name.toLowerCase() === wanted && typeof value === "string" && value) return value;
    }
    return undefined;
  }

  async #send(request: FinalRequest, options: RequestOptions): Promise<RawResponse> {
    const retries = Math.max(0, options.maxRetries ?? this.maxRetries);
    const key = request.idempotent ? options.idempotencyKey || this.#givenKey(request) || uuid() : undefined;
    const timeout = options.timeout ?? this.timeout;
    const { url, init } = await this.#build(request, options, key);
    for (let attempt = 0; ; attempt++) {
      if (options.signal?.aborted) throw new APIUserAbortError();
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      const onAbort = () => controller.abort();
      options.signal?.addEventListener("abort", onAbort, { once: true });
      let response: Response;
      try {
        response = await this.#fetch(url, { ...init, signal: controller.signal });
        if (request.responseKind === "redirect") response = await this.#follow(url, init, response, controller.signal);
      } catch (error) {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        if (options.signal?.aborted) throw new APIUserAbortError();
        const failure = timedOut
          ? new APITimeoutError()
          : new APIConnectionError(this.redact(`Connection error: ${String((error as Error)?.message ?? error)}`), {
              cause: error,
            });
        const delay = this.retryDelay(attempt, retries, null);
        if (delay === null) throw failure;
        await sleep(delay, options.signal);
        continue;
      }
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (response.ok || (response.status >= 300 && response.status < 400)) return { response, request };
      const delay = this.retryDelay(attempt, retries, response);
      if (delay === null) throw await this.statusError(response);
      await response.body?.cancel().catch(() => undefined);
      await sleep(delay, options.signal);
    }
  }

  /** The error of the status's class, with `code`, `message` and `details` from the body. */
  async statusError(response: Response): Promise<APIStatusError> {
    const text = await response.text().catch(() => "");
    let body: unknown = null;
    try {
      body = text.trim() ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    let code: string | null = null;
    let details: unknown = null;
    let message = "";
    if (body !== null && typeof body === "object" && !Array.isArray(body)) {
      const record = body as Record<string, unknown>;
      const error = record["error"];
      const source = (error !== null && typeof error === "object" ? error : record) as Record<string, unknown>;
      if (typeof error === "string") message = error;
      const rawCode = source["code"];
      if (typeof rawCode === "string" || typeof rawCode === "number") code = String(rawCode);
      for (const key of ["message", "detail", "error_description", "title"]) {
        const value = source[key];
        if (typeof value === "string" && value) {
          message = value;
          break;
        }
      }
      details = source["details"] ?? (Array.isArray(source["detail"]) ? source["detail"] : null);
    }
    if (!message) message = summary(text) || response.statusText || "error";
    const cls = errorClassFor(response.status);
    return new cls(response.status, this.redact(message), {
      code,
      details,
      headers: response.headers,
      body,
      retryAfter: retryAfter(response.headers),
    });
  }

  async #parse<T>(raw: RawResponse): Promise<T> {
    const { response, request } = raw;
    if (response.status >= 300 && response.status < 400) {
      throw new APIStatusError(response.status, this.redact(`Unexpected redirect to ${response.headers.get("location") ?? "?"}`), {
        headers: response.headers,
      });
    }
    const kind = request.responseKind;
    if (kind === "binary" || kind === "redirect") return response as unknown as T;
    if (kind === "empty" || response.status === 204) {
      await response.body?.cancel().catch(() => undefined);
      return undefined as T;
    }
    const text = await response.text();
    if (kind === "text") return text as unknown as T;
    if (!text.trim()) return null as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new APIResponseValidationError(
        `Expected a JSON response, got ${response.headers.get("content-type") ?? "no content type"}: ${this.redact(summary(text))}`,
        response.status,
        text,
      );
    }
  }
}
