import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { PagePromise } from "../core/pagination.js";
import { sign, unwrap, verifySignature, type HeadersLike, type VerifyOptions } from "../core/webhooks.js";
import { WEBHOOKS } from "../settings.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `webhooks.create()`.
 */
export interface WebhooksCreateParams {
  /**
   * HTTPS URL (with a valid certificate) that will receive the events.
   */
  url: string;
  /**
   * Event types to deliver; at least one.
   */
  events: Array<"render.completed" | "render.failed" | "render.progress" | "task.completed" | "task.failed" | "task.progress" | "asset.ready">;
  /**
   * Your note about the endpoint.
   */
  description?: string | null | undefined;
}

/**
 * The parameters of `webhooks.list()`.
 */
export interface WebhooksListParams {
  /**
   * Maximum number of items on the page.
   */
  limit?: number | undefined;
  /**
   * Opaque position to continue from: the `next_cursor` of the previous page. Omit it for the first page.
   */
  cursor?: string | undefined;
}

/**
 * The parameters of `webhooks.update()`.
 */
export interface WebhooksUpdateParams {
  /**
   * New HTTPS URL.
   */
  url?: string | undefined;
  /**
   * New list of event types; at least one.
   */
  events?: Array<"render.completed" | "render.failed" | "render.progress" | "task.completed" | "task.failed" | "task.progress" | "asset.ready"> | undefined;
  /**
   * New note; null clears it.
   */
  description?: string | null | undefined;
  /**
   * Pause (false) or resume (true) deliveries.
   */
  enabled?: boolean | undefined;
}

/**
 * Webhook endpoints that receive job and asset events, and the events themselves.
 */
export class Webhooks {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Create webhook endpoint
   *
   * Registers an HTTPS endpoint for the chosen event types. The response carries the endpoint's signing secret (`whsec_...`), which is shown only once.
   */
  create(params: WebhooksCreateParams, options?: RequestOptions): APIPromise<Types.WebhookEndpointCreated> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/webhooks",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.WebhookEndpointCreated>(request(), options);
  }

  /**
   * Delete webhook endpoint
   *
   * Removes an endpoint; no more events are delivered to it.
   */
  delete(webhookId: string, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "DELETE",
      path: "/v1/webhooks/{webhook_id}",
      pathParams: { webhook_id: webhookId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  /**
   * List webhook endpoints
   *
   * Returns the workspace's webhook endpoints (without secrets). Pages are ordered newest first; follow `next_cursor` while `has_more` is true.
   */
  list(params: WebhooksListParams = {}, options?: RequestOptions): PagePromise<Types.WebhookEndpoint> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/webhooks",
      query: { ...pick(params, ["limit", "cursor"]), ...(cursor === undefined ? {} : { cursor: cursor }) },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    const page = (cursor?: string): PagePromise<Types.WebhookEndpoint> => {
      const raw = this.#client.send(request(cursor), options);
      return new PagePromise<Types.WebhookEndpoint>(raw, (r) => this.#client.parse(r), PAGE_FIELDS, page);
    };
    return page();
  }

  /**
   * Get webhook endpoint
   *
   * Returns one webhook endpoint (without its secret).
   */
  retrieve(webhookId: string, options?: RequestOptions): APIPromise<Types.WebhookEndpoint> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/webhooks/{webhook_id}",
      pathParams: { webhook_id: webhookId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.WebhookEndpoint>(request(), options);
  }

  /**
   * Rotate webhook signing secret
   *
   * Issues a new signing secret for the endpoint. The old secret stops working immediately (there is no overlap), so update your verifier right away.
   */
  rotateSecret(webhookId: string, options?: RequestOptions): APIPromise<Types.WebhookSecretRotated> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/webhooks/{webhook_id}/rotate-secret",
      pathParams: { webhook_id: webhookId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.WebhookSecretRotated>(request(), options);
  }

  /**
   * Update webhook endpoint
   *
   * Changes the URL, event types, description or enabled flag of an endpoint; fields left out stay as they are.
   */
  update(webhookId: string, params: WebhooksUpdateParams = {}, options?: RequestOptions): APIPromise<Types.WebhookEndpoint> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PATCH",
      path: "/v1/webhooks/{webhook_id}",
      pathParams: { webhook_id: webhookId },
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.WebhookEndpoint>(request(), options);
  }

  /** Verify a delivery's signature (rejects with `WebhookVerificationError`) and return its typed event. */
  unwrap(payload: string | Uint8Array, headers: HeadersLike, options: VerifyOptions = {}): Promise<Types.WebhookEvent> {
    return unwrap<Types.WebhookEvent>(WEBHOOKS, payload, headers, options);
  }

  /** Verify a delivery's signature only. */
  verifySignature(payload: string | Uint8Array, headers: HeadersLike, options: VerifyOptions = {}): Promise<void> {
    return verifySignature(WEBHOOKS, payload, headers, options);
  }

  /** The signature header value the API would send for `payload` (for testing handlers). */
  sign(payload: string | Uint8Array, options: { secret?: string; timestamp?: number } = {}): Promise<string> {
    return sign(WEBHOOKS, payload, options);
  }
}

const PAGE_FIELDS = { items: "data", nextCursor: "next_cursor", hasMore: "has_more" };
