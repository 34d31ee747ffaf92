// The API's types (Webhooks 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface OrderCancelledEvent {
  type: "order.cancelled";
  order_id: string;
}

export interface OrderCreated {
  type: "order.created";
  order: OrderCreatedOrder;
}

export interface OrderCreatedOrder {
  id?: string;
  total?: number;
}

/**
 * A WebhookEvent whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownWebhookEvent {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  type?: UnknownTag;
}

export type WebhookEvent = OrderCancelledEvent | OrderCreated | UnknownWebhookEvent;
