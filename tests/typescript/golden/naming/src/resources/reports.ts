import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Reports {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  list(options?: RequestOptions): APIPromise<Types.ClassType> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/reports",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.ClassType>(request(), options);
  }
}
