import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Pets {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  listPets(options?: RequestOptions): APIPromise<Array<Types.Dog>> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/pets",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Array<Types.Dog>>(request(), options);
  }
}
