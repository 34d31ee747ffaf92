import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Records {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  listRecords(options?: RequestOptions): APIPromise<Array<Types.RecordType>> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/records",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Array<Types.RecordType>>(request(), options);
  }
}
