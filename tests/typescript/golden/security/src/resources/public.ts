import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class PublicType {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  ping(options?: RequestOptions): APIPromise<Types.PublicPingResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/public/ping",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.PublicPingResponse>(request(), options);
  }
}
