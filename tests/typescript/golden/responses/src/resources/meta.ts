import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Meta {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  getCount(options?: RequestOptions): APIPromise<number> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/count",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<number>(request(), options);
  }

  getMaybe(options?: RequestOptions): APIPromise<Types.MaybeThing> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/maybe",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.MaybeThing>(request(), options);
  }

  getStatus(options?: RequestOptions): APIPromise<Types.MetaGetStatusResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/status",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.MetaGetStatusResponse>(request(), options);
  }

  getVersion(options?: RequestOptions): APIPromise<string> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/version",
      security: [],
      accept: "text/plain",
      responseKind: "text",
    });
    return this.#client.request<string>(request(), options);
  }
}
