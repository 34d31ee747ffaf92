import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `widgets.replaceWidget()`.
 */
export interface WidgetsReplaceWidgetParams {
  /**
   * Shown to people.
   */
  displayName: string;
  /**
   * A Python keyword.
   */
  class: string;
  from?: string | undefined;
  /**
   * Shadows a builtin used in annotations.
   */
  str?: string | undefined;
  /**
   * Shadows a pydantic method.
   */
  json?: string | undefined;
  model_config?: string | undefined;
  __init__?: string | undefined;
  "2fa"?: boolean | undefined;
  _links?: { [key: string]: unknown } | undefined;
  links?: string | undefined;
  HTTPStatus?: number | undefined;
  http_status?: number | undefined;
  secret?: string | undefined;
  nickname?: string | null | undefined;
  deprecated_field?: string | undefined;
  tags?: Array<string> | undefined;
  /**
   * Nested inline object.
   */
  settings?: Types.WidgetSettingsParam | undefined;
}

export class Widgets {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  getWidget(id: string, options?: RequestOptions): APIPromise<Types.Widget> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/widgets/{id}",
      pathParams: { id: id },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Widget>(request(), options);
  }

  replaceWidget(id: string, params: WidgetsReplaceWidgetParams, options?: RequestOptions): APIPromise<Types.Widget> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PUT",
      path: "/widgets/{id}",
      pathParams: { id: id },
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Widget>(request(), options);
  }
}
