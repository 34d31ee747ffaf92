import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Things {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  createThing(options?: RequestOptions): APIPromise<Types.Thing | Types.Receipt> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/things",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Thing | Types.Receipt>(request(), options);
  }

  deleteThing(id: string, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "DELETE",
      path: "/things/{id}",
      pathParams: { id: id },
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  exportThing(id: string, options?: RequestOptions): APIPromise<Response> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/things/{id}/export",
      pathParams: { id: id },
      security: [],
      accept: "*/*",
      responseKind: "redirect",
    });
    return this.#client.request<Response>(request(), options);
  }

  getThing(id: string, options?: RequestOptions): APIPromise<Types.Thing | null> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/things/{id}",
      pathParams: { id: id },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Thing | null>(request(), options);
  }

  getThingImage(id: string, options?: RequestOptions): APIPromise<Response> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/things/{id}/image",
      pathParams: { id: id },
      security: [],
      accept: "image/png",
      responseKind: "binary",
    });
    return this.#client.request<Response>(request(), options);
  }
}
