import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Animals {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  getAnimal(animalId: string, options?: RequestOptions): APIPromise<Types.AnimalUnion> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/animals/{animal_id}",
      pathParams: { animal_id: animalId },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.AnimalUnion>(request(), options);
  }
}
