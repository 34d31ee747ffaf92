import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Trees {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  getTree(treeId: string, options?: RequestOptions): APIPromise<Types.Node> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/trees/{tree_id}",
      pathParams: { tree_id: treeId },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Node>(request(), options);
  }
}
