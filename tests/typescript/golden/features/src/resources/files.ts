import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { checkContentType, describeUpload, putFile, type UploadInput, type UploadOptions } from "../core/uploads.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `files.create()`.
 */
export interface FilesCreateParams {
  mime: string;
  name?: string | undefined;
}

export class Files {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  create(params: FilesCreateParams, options?: RequestOptions): APIPromise<Types.FilesCreateResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v2/files",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearer"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.FilesCreateResponse>(request(), options);
  }

  /**
   * Upload a file: request a signed slot with `create()`, then PUT the bytes to its URL
   * (without the API key). Returns the slot, whose URL the API then accepts as a source.
   */
  async upload(file: UploadInput, options: UploadOptions = {}): Promise<Types.FilesCreateResponse> {
    const { filename, contentType, guessed } = describeUpload(file, options);
    checkContentType(contentType, guessed, []);
    const { contentType: _type, filename: _name, ...request } = options;
    const slot = await this.create(
      { mime: contentType, name: filename } as unknown as FilesCreateParams,
      request,
    );
    const url = (slot as unknown as Record<string, unknown>)["put_url"];
    await putFile(this.#client.fetchImplementation(), String(url), file, contentType, request, this.#client.timeout);
    return slot;
  }
}
