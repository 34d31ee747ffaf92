import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `bags.createBag()`.
 */
export interface BagsCreateBagParams {
  tags?: Types.Tags | undefined;
  counts?: Types.Counts | undefined;
  matrix?: Array<Array<number>> | undefined;
  free_form?: { [key: string]: unknown } | undefined;
  open_map?: { [key: string]: unknown } | undefined;
  entries?: Array<Types.BagEntriesItemParam> | undefined;
  lookup?: { [key: string]: Types.BagLookupValueParam } | undefined;
  extra_typed?: Types.BagExtraTyped | undefined;
}

export class Bags {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  createBag(params: BagsCreateBagParams = {}, options?: RequestOptions): APIPromise<Types.Bag> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/bags",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Bag>(request(), options);
  }
}
