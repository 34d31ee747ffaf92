// The API's types (Collections 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface Bag {
  tags?: Tags;
  counts?: Counts;
  matrix?: Array<Array<number>>;
  free_form?: { [key: string]: unknown };
  open_map?: { [key: string]: unknown };
  entries?: Array<BagEntriesItem>;
  lookup?: { [key: string]: BagLookupValue };
  extra_typed?: BagExtraTyped;
}

export interface BagEntriesItem {
  key: string;
  value?: string;
}

/**
 * What a request sends for BagEntriesItem.
 */
export interface BagEntriesItemParam {
  key: string;
  value?: string;
}

export interface BagExtraTyped {
  known?: string;
  [key: string]: unknown;
}

export interface BagLookupValue {
  hits?: number;
}

/**
 * What a request sends for BagLookupValue.
 */
export interface BagLookupValueParam {
  hits?: number;
}

export type Counts = { [key: string]: number };

export type Tags = Array<string>;
