// The API's types (Recursive 1.0), from its OpenAPI document.
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
 * AWS style: a recursive reference annotated with allOf [ref, description].
 */
export interface Condition {
  Field?: string;
  Not?: Condition;
  And?: Array<Condition>;
}

export type Expression = Literal | Sum | UnknownExpression;

/**
 * Merges a recursive schema into itself.
 */
export interface ExtendedCondition {
  Field?: string;
  Not?: Condition;
  And?: Array<Condition>;
  Weight?: number;
}

export interface Literal {
  op: "lit";
  value: number;
}

export interface Node {
  value: string;
  children?: Array<Node>;
  parent?: Node;
  owner?: Person;
}

export interface Person {
  name?: string;
  favourite?: Node;
  friends?: Array<Person>;
}

export interface Sum {
  op: "sum";
  terms: Array<Expression>;
}

/**
 * A Expression whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownExpression {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  op?: UnknownTag;
}
