import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `shapes.createShape()`.
 */
export interface ShapesCreateShapeParams {
  body: Types.ShapeParam;
}

export class Shapes {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  createShape(params: ShapesCreateShapeParams, options?: RequestOptions): APIPromise<Types.Shape> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/shapes",
      body: params.body,
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Shape>(request(), options);
  }
}
