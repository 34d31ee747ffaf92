import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import { sign, unwrap, verifySignature, type HeadersLike, type VerifyOptions } from "../core/webhooks.js";
import { WEBHOOKS } from "../settings.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class DefaultType {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
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
