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

export interface ErrorType {
  code?: number;
  message?: string;
}

export interface Local {
  pet?: Pet;
}

export interface Owner {
  email?: string;
}

export interface Pet {
  name: string;
  owner?: Owner;
  siblings?: Array<Pet>;
}
