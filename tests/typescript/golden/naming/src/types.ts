// The API's types (Naming 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface ClassType {
  value?: string;
}

export interface T2xxResponse {
  ok?: boolean;
}

export interface ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_a723cd09 {
  x?: string;
}

export type UberStrasse = string;

export interface User {
  id?: string;
}

/**
 * Collides with User after naming.
 */
export interface User2 {
  name?: string;
}

export interface User3 {
  other?: string;
}
