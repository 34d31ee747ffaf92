import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `items.updateItem()`.
 */
export interface ItemsUpdateItemParams {
  ids?: Array<number> | undefined;
  tags?: Array<string> | undefined;
  filter?: Types.ItemsUpdateItemFilterParam | undefined;
  pipes?: Array<string> | undefined;
  since?: string | undefined;
  "X-Trace-Id"?: string | undefined;
  "Idempotency-Key"?: string | undefined;
  session?: string | undefined;
  limit?: number | undefined;
  self?: boolean | undefined;
  timeout?: number | undefined;
  /**
   * Collides with the path parameter.
   */
  id?: string | undefined;
  name?: string | undefined;
  options?: string | undefined;
}

export class Items {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  updateItem(org: string, id: number, params: ItemsUpdateItemParams = {}, options?: RequestOptions): APIPromise<Types.ItemsUpdateItemResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PATCH",
      path: "/orgs/{org}/items/{id}",
      pathParams: { org: org, id: id },
      query: { ...pick(params, ["ids", "tags", "filter", "pipes", "since", "limit", "self", "timeout"]) },
      queryStyles: { ids: { explode: false }, filter: { style: "deepObject", explode: true }, pipes: { style: "pipeDelimited" } },
      headers: pick(params, ["X-Trace-Id", "Idempotency-Key"]),
      cookies: pick(params, ["session"]),
      body: bodyOf(params, ["ids", "tags", "filter", "pipes", "since", "X-Trace-Id", "Idempotency-Key", "session", "limit", "self", "timeout"], false),
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      idempotent: true,
      responseKind: "json",
    });
    return this.#client.request<Types.ItemsUpdateItemResponse>(request(), options);
  }
}
