import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * What renders and tasks can use right now.
 */
export class CapabilitiesResource {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * List render and task capabilities
   *
   * Returns the catalogue of what can be used right now (effects, motions, transitions, formats, element types, task options, numeric ranges, limits, rate limits). Public: no API key needed. Check requests against it to avoid 422s.
   */
  retrieve(options?: RequestOptions): APIPromise<Types.Capabilities> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/capabilities",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Capabilities>(request(), options);
  }
}
