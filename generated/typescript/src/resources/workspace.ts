import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `workspace.update()`.
 */
export interface WorkspaceUpdateParams {
  /**
   * New display name.
   */
  name: string;
}

/**
 * The workspace of the API key: details, name, usage.
 */
export class WorkspaceResource {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Get workspace
   *
   * Returns the workspace the API key belongs to, with its plan.
   */
  retrieve(options?: RequestOptions): APIPromise<Types.Workspace> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/workspace",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Workspace>(request(), options);
  }

  /**
   * Update workspace
   *
   * Renames the workspace.
   */
  update(params: WorkspaceUpdateParams, options?: RequestOptions): APIPromise<Types.Workspace> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PATCH",
      path: "/v1/workspace",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Workspace>(request(), options);
  }

  /**
   * Get workspace usage
   *
   * Returns the totals of the current billing period: render minutes, task count and egress bytes.
   */
  usage(options?: RequestOptions): APIPromise<Types.WorkspaceUsage> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/workspace/usage",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.WorkspaceUsage>(request(), options);
  }
}
