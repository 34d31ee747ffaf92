// The API's types (External refs 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface CommonError {
  code?: number;
  message?: string;
}

export interface Local {
  pet?: SchemasPet;
}

export interface SchemasOwner {
  email?: string;
}

export interface SchemasPet {
  name: string;
  owner?: SchemasOwner;
  siblings?: Array<SchemasPet>;
}
