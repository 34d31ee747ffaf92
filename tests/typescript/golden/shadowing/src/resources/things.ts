import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `things.str()`.
 */
export interface ThingsStrParams {
  type?: string | undefined;
  list?: number | undefined;
  datetime?: string | undefined;
}

export class Things {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  dict(id: string, options?: RequestOptions): APIPromise<string> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PUT",
      path: "/things/{id}",
      pathParams: { id: id },
      security: [],
      accept: "text/plain",
      responseKind: "text",
    });
    return this.#client.request<string>(request(), options);
  }

  list(options?: RequestOptions): APIPromise<Array<string>> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/things",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Array<string>>(request(), options);
  }

  retrieve(id: string, options?: RequestOptions): APIPromise<{ [key: string]: string }> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/things/{id}",
      pathParams: { id: id },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<{ [key: string]: string }>(request(), options);
  }

  str(params: ThingsStrParams = {}, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/things",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }
}
