// The API's types (Primitives 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

/**
 * Every scalar the generator maps.
 */
export interface Sample {
  /**
   * Identifier.
   */
  id: string;
  created_at: string;
  day?: string;
  homepage?: string;
  /**
   * Base64 data.
   */
  blob?: string;
  raw?: string;
  count: number;
  ratio?: number;
  score?: number;
  code?: string;
  enabled?: boolean;
  retries?: number;
  label?: string;
  anything?: unknown;
}
