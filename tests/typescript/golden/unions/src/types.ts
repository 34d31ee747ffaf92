// The API's types (Unions 1.0), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export interface Canvas {
  shapes?: Array<Shape>;
  /**
   * A known colour or any other string.
   */
  background?: OpenColor;
  inline_choice?: CanvasInlineChoice;
  maybe?: Scalar;
}

export type CanvasInlineChoice = CanvasInlineChoiceVariant1 | CanvasInlineChoiceVariant2 | UnknownCanvasInlineChoice;

/**
 * Text Block
 */
export interface CanvasInlineChoiceVariant1 {
  type: "text";
  text: string;
}

/**
 * Image Block
 */
export interface CanvasInlineChoiceVariant2 {
  type: "image";
  url: string;
}

export interface Circle {
  kind: "circle";
  radius: number;
}

/**
 * What a request sends for Circle.
 */
export interface CircleParam {
  kind: "circle";
  radius: number;
}

export type Color = "red" | "green" | (string & {});

/**
 * Discriminated by the const of each variant.
 */
export type InferredShape = Circle | Square | UnknownInferredShape;

/**
 * A known colour or any other string.
 */
export type OpenColor = Color;

export type Scalar = string | number | Array<string>;

/**
 * Discriminated by mapping.
 */
export type Shape = Circle | Square | UnknownShape;

/**
 * What a request sends for Shape.
 */
export type ShapeParam = CircleParam | SquareParam;

export interface Square {
  kind: "square";
  side: number;
}

/**
 * What a request sends for Square.
 */
export interface SquareParam {
  kind: "square";
  side: number;
}

/**
 * A CanvasInlineChoice whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownCanvasInlineChoice {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  type?: UnknownTag;
}

/**
 * A InferredShape whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownInferredShape {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  kind?: UnknownTag;
}

/**
 * A Shape whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownShape {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  kind?: UnknownTag;
}
