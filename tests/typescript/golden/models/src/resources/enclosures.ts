import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `enclosures.createEnclosure()`.
 */
export interface EnclosuresCreateEnclosureParams {
  name: string;
  keeper_code: string;
  residents?: Array<Types.AnimalUnionParam> | undefined;
  /**
   * Nullable, with properties.
   */
  position?: Types.PositionParam | null | undefined;
  shape?: Types.ShapeParam | undefined;
  corners?: [number, number] | [number] | [] | undefined;
  labelled?: Array<string | number | boolean> | undefined;
  temperature?: 18.5 | 21.5 | undefined;
  opened?: string | undefined;
  feeding?: string | undefined;
  /**
   * A tree of headings.
   */
  outline?: Types.Outline | undefined;
  /**
   * A union that lists itself.
   */
  alias?: Types.Itself | undefined;
}

export class Enclosures {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  createEnclosure(params: EnclosuresCreateEnclosureParams, options?: RequestOptions): APIPromise<Types.Enclosure> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/enclosures",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Enclosure>(request(), options);
  }
}
