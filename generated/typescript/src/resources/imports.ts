import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { poll, type WaitOptions } from "../core/polling.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `imports.create()`.
 */
export interface ImportsCreateParams {
  /**
   * Where to fetch the file from: a public URL, a Dropbox or Google Drive share link, or a YouTube URL.
   */
  url: string;
  /**
   * File name hinting the extension when the URL has none.
   */
  filename?: string | null | undefined;
}

/**
 * Copy remote files (URLs, share links, YouTube) into Framelane storage.
 */
export class Imports {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Import remote media
   *
   * Starts copying a remote file (public URL, Dropbox or Google Drive share link, YouTube URL) into Framelane storage and answers at once with the import in `processing`. Poll `GET /v1/imports/{import_id}` or wait for the `asset.ready` event.
   */
  create(params: ImportsCreateParams, options?: RequestOptions): APIPromise<Types.ImportType> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/imports",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.ImportType>(request(), options);
  }

  /**
   * Get an import
   *
   * Returns an import with its status; once `ready`, `source_url` can be used in renders and tasks.
   */
  retrieve(importId: string, options?: RequestOptions): APIPromise<Types.ImportType> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/imports/{import_id}",
      pathParams: { import_id: importId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.ImportType>(request(), options);
  }

  /**
   * Poll `retrieve()` until the status is ["ready", "failed"]; rejects with
   * `WaitTimeoutError` (carrying the last state) once `deadline` ms (default ten minutes) have passed.
   */
  wait(id: string, options: WaitOptions = {}): Promise<Types.ImportType> {
    return poll(
      (request) => this.retrieve(id, request),
      { statusField: "status", terminal: ["ready", "failed"] },
      options,
      this.#client.timeout,
    );
  }
}
