import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `items.listItems()`.
 */
export interface ItemsListItemsParams {
  /**
   * Values that collide once named.
   */
  order?: "ASC" | "asc" | "DESC" | "desc" | undefined;
  level?: 1 | 2 | 3 | undefined;
}

export class Items {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  listItems(params: ItemsListItemsParams = {}, options?: RequestOptions): APIPromise<Array<Types.Item>> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/items",
      query: { ...pick(params, ["order", "level"]) },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Array<Types.Item>>(request(), options);
  }
}
