import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `scenes.create()`.
 */
export interface ScenesCreateParams {
  name: string;
  /**
   * A tree of nodes (recursive).
   */
  root: Types.NodeParam;
  layers?: Array<Types.LayerParam> | undefined;
  /**
   * Wire names that are not Python names, in the functional syntax.
   */
  headers?: Types.HeadersTypeParam | undefined;
  priority?: 1 | 2 | 3 | undefined;
}

/**
 * The parameters of `scenes.replaceLayers()`.
 */
export interface ScenesReplaceLayersParams {
  body: Array<Types.LayerParam>;
}

export class Scenes {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  create(params: ScenesCreateParams, options?: RequestOptions): APIPromise<Types.Scene> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/scenes",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Scene>(request(), options);
  }

  replaceLayers(sceneId: string, params: ScenesReplaceLayersParams, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PUT",
      path: "/scenes/{scene_id}/layers",
      pathParams: { scene_id: sceneId },
      body: params.body,
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }
}
