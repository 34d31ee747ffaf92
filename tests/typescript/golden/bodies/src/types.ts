// The API's types (Bodies 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface BodiesPostFormBody {
  username: string;
  remember?: boolean;
}

/**
 * ByName
 */
export interface BodiesPostUnionBodyVariant1 {
  name: string;
}

/**
 * What a request sends for BodiesPostUnionBodyVariant1.
 */
export interface BodiesPostUnionBodyVariant1Param {
  name: string;
}

/**
 * ById
 */
export interface BodiesPostUnionBodyVariant2 {
  id: number;
}

/**
 * What a request sends for BodiesPostUnionBodyVariant2.
 */
export interface BodiesPostUnionBodyVariant2Param {
  id: number;
}

export interface BodiesUploadFileBody {
  file: string;
  caption?: string;
}

export interface BodiesUploadFileResponse {
  size?: number;
}
