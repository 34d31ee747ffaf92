// The API's types (Enums 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface Item {
  kind: "thing";
  status?: ItemStatus | null;
  priority?: Priority;
  order?: SortOrder;
  mixed?: 1 | "one" | true;
}

export type ItemStatus = "open" | "closed" | (string & {});

export type ItemsListItemsLevel = 1 | 2 | 3 | (number & {});

export type Priority = -1 | 0 | 1 | 10 | (number & {});

/**
 * Values that collide once named.
 */
export type SortOrder = "ASC" | "asc" | "DESC" | "desc" | (string & {});

export type Symbols = "+" | "-" | "" | "1080p" | "render.completed" | "with space" | "_private" | "name" | "value" | "mro" | (string & {});
