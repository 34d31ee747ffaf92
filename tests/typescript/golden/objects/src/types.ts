// The API's types (Objects 1.0), from its OpenAPI document.
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
 * A widget with names that need care.
 *
 * Triple quotes """ and a backslash \ and a trailing quote"
 */
export interface Widget {
  id?: string;
  /**
   * Shown to people.
   */
  displayName: string;
  /**
   * A Python keyword.
   */
  class: string;
  from?: string;
  /**
   * Shadows a builtin used in annotations.
   */
  str?: string;
  /**
   * Shadows a pydantic method.
   */
  json?: string;
  model_config?: string;
  __init__?: string;
  "2fa"?: boolean;
  _links?: { [key: string]: unknown };
  links?: string;
  HTTPStatus?: number;
  http_status?: number;
  secret?: string;
  nickname?: string | null;
  /**
   * @deprecated
   */
  deprecated_field?: string;
  tags?: Array<string>;
  /**
   * Nested inline object.
   */
  settings?: WidgetSettings;
}

/**
 * Nested inline object.
 */
export interface WidgetSettings {
  theme?: WidgetSettingsTheme;
  size?: number;
}

/**
 * What a request sends for WidgetSettings.
 */
export interface WidgetSettingsParam {
  theme?: "light" | "dark";
  size?: number;
}

export type WidgetSettingsTheme = "light" | "dark" | (string & {});
