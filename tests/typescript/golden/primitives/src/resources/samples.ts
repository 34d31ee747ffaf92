import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

export class Samples {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  getSample(sampleId: string, options?: RequestOptions): APIPromise<Types.Sample> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/samples/{sample_id}",
      pathParams: { sample_id: sampleId },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Sample>(request(), options);
  }
}
