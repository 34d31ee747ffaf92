// The API's types (Models 1.0), from its OpenAPI document.
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
 * The base of the animals; petType names the kind.
 */
export interface Animal {
  petType: string;
  name: string;
  id?: string;
}

/**
 * What a request sends for Animal.
 */
export interface AnimalParam {
  petType: string;
  name: string;
}

/**
 * Animal or one of its kinds, told apart by 'petType'.
 */
export type AnimalUnion = Dog | Cat | Lion | Animal;

/**
 * What a request sends for AnimalUnion.
 */
export type AnimalUnionParam = DogParam | CatParam | LionParam;

export interface Cat {
  petType: string;
  name: string;
  id?: string;
  lives?: number;
}

/**
 * What a request sends for Cat.
 */
export interface CatParam {
  petType: string;
  name: string;
  lives?: number;
}

export interface Circle {
  sides: 0;
  radius?: number;
}

/**
 * What a request sends for Circle.
 */
export interface CircleParam {
  sides: 0;
  radius?: number;
}

export interface Dog {
  petType: string;
  name: string;
  id?: string;
  bark?: boolean;
}

/**
 * What a request sends for Dog.
 */
export interface DogParam {
  petType: string;
  name: string;
  bark?: boolean;
}

export interface Enclosure {
  name: string;
  keeper_code?: string;
  residents?: Array<AnimalUnion>;
  /**
   * Nullable, with properties.
   */
  position?: Position | null;
  shape?: Shape;
  corners?: [number, number] | [number] | [];
  labelled?: Array<string | number | boolean>;
  temperature?: 18.5 | 21.5;
  opened?: string;
  feeding?: string;
  /**
   * A tree of headings.
   */
  outline?: Outline;
  /**
   * A union that lists itself.
   */
  alias?: Itself;
}

/**
 * A union that lists itself.
 */
export type Itself = string;

export interface Lion {
  petType: string;
  name: string;
  id?: string;
  lives?: number;
  mane?: string;
}

/**
 * What a request sends for Lion.
 */
export interface LionParam {
  petType: string;
  name: string;
  lives?: number;
  mane?: string;
}

/**
 * A tree of headings.
 */
export type Outline = string | Array<Outline>;

/**
 * Nullable, with properties.
 */
export interface Position {
  x: number;
  y: number;
}

/**
 * What a request sends for Position.
 */
export interface PositionParam {
  x: number;
  y: number;
}

export type Shape = Circle | Square | UnknownShape;

/**
 * What a request sends for Shape.
 */
export type ShapeParam = CircleParam | SquareParam;

export interface Square {
  sides: 4;
  side?: number;
}

/**
 * What a request sends for Square.
 */
export interface SquareParam {
  sides: 4;
  side?: number;
}

/**
 * A Shape whose tag this client does not know yet (the API may have added it since): its data is kept as extra fields.
 */
export interface UnknownShape {
  /**
   * The tag as sent: equal to none of the tags this client knows.
   */
  sides?: UnknownTag;
}
