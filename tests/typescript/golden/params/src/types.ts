// The API's types (Params 1), from its OpenAPI document.
import type { Uploadable } from "./core/encoding.js";

declare const unknownTag: unique symbol;

/**
 * The tag of a union member this client does not know (one a newer API added): equal to none of the union's
 * known tags, so comparing `type` with a known tag still narrows to that member.
 */
export type UnknownTag = "(unknown)" & { readonly [unknownTag]: true };

/** Bytes a request sends (a multipart file part or a binary body). */
export type { Uploadable };

export type Colour = "red" | "green" | "blue" | (string & {});

/**
 * Wire names that are not Python names, in the functional syntax.
 */
export interface HeadersType {
  "content-type": string;
  class?: string;
  __private?: number;
  str?: boolean;
}

/**
 * What a request sends for HeadersType.
 */
export interface HeadersTypeParam {
  "content-type": string;
  class?: string;
  __private?: number;
  str?: boolean;
}

/**
 * One layer, picked by its kind.
 */
export type Layer = ShapeLayer | TextLayer | UnknownLayer;

/**
 * What a request sends for Layer.
 */
export type LayerParam = ShapeLayerParam | TextLayerParam;

/**
 * A tree of nodes (recursive).
 */
export interface Node {
  id?: string;
  label: string;
  secret?: string;
  children?: Array<Node>;
}

/**
 * What a request sends for Node.
 */
export interface NodeParam {
  label: string;
  secret: string;
  children?: Array<NodeParam>;
}

export type Priority = 1 | 2 | 3 | (number & {});

export interface Scene {
  id?: string;
  name: string;
}

export interface SceneRequest {
  name: string;
  /**
   * A tree of nodes (recursive).
   */
  root: Node;
  layers?: Array<Layer>;
  /**
   * Wire names that are not Python names, in the functional syntax.
   */
  headers?: HeadersType;
  priority?: Priority;
}

export interface ShapeLayer {
  kind: "shape";
  sides: number;
  fill?: Colour;
}

/**
 * What a request sends for ShapeLayer.
 */
export interface ShapeLayerParam {
  kind: "shape";
  sides: number;
  fill?: "red" | "green" | "blue";
}

export interface TextLayer {
  kind: "text";
  text: string;
  font?: string | null;
}

/**
 * What a request sends for TextLayer.
 */
export interface TextLayerParam {
  kind: "text";
  text: string;
  font?: string | null;
}

/**
 * A Layer whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownLayer {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  kind?: UnknownTag;
}
