import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class PrivateType {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  me(options?: RequestOptions): APIPromise<Types.PrivateMeResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/private/me",
      security: [["apiKeyHeader"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.PrivateMeResponse>(request(), options);
  }

  optionalAuth(options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/private/optional",
      security: [[], ["apiKeyHeader"]],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }
}
