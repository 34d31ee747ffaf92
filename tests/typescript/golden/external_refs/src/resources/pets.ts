import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `pets.listPets()`.
 */
export interface PetsListPetsParams {
  limit?: number | undefined;
}

export class Pets {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  listPets(params: PetsListPetsParams = {}, options?: RequestOptions): APIPromise<Array<Types.SchemasPet>> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/pets",
      query: { ...pick(params, ["limit"]) },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Array<Types.SchemasPet>>(request(), options);
  }
}
