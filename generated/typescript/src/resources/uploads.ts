import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { checkContentType, describeUpload, putFile, type UploadInput, type UploadOptions } from "../core/uploads.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `uploads.create()`.
 */
export interface UploadsCreateParams {
  /**
   * MIME type of the file. Allowed: video/mp4, video/quicktime, video/webm, video/x-msvideo, video/x-matroska, video/mpeg; audio/mpeg, audio/mp4, audio/wav, audio/x-wav, audio/aac, audio/flac, audio/ogg; image/jpeg, image/png, image/webp, image/gif, image/tiff; font/ttf, font/otf, font/woff, font/woff2. Anything else is refused with 422 `unsupported_content_type`. The later PUT must send the same `Content-Type`.
   */
  content_type: string;
  /**
   * Original file name; only its extension is used.
   */
  filename?: string | null | undefined;
}

/**
 * Signed upload slots for local files.
 */
export class Uploads {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Request a file upload URL
   *
   * Creates a signed upload slot for a local file. PUT the whole file to `upload_url` within an hour, in one request, with the same `Content-Type` and no `Authorization` header; then use `source_url` in renders and tasks. Metadata is read after the upload; an `asset.ready` event fires when it is known. A MIME type off the allow-list gets 422 `unsupported_content_type`.
   */
  create(params: UploadsCreateParams, options?: RequestOptions): APIPromise<Types.UploadResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/uploads",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.UploadResponse>(request(), options);
  }

  /**
   * Upload a file: request a signed slot with `create()`, then PUT the bytes to its URL
   * (without the API key). Returns the slot, whose URL the API then accepts as a source.
   */
  async upload(file: UploadInput, options: UploadOptions = {}): Promise<Types.UploadResponse> {
    const { filename, contentType, guessed } = describeUpload(file, options);
    checkContentType(contentType, guessed, ["video/mp4", "video/quicktime", "video/webm", "video/x-msvideo", "video/x-matroska", "video/mpeg", "audio/mpeg", "audio/mp4", "audio/wav", "audio/x-wav", "audio/aac", "audio/flac", "audio/ogg", "image/jpeg", "image/png", "image/webp", "image/gif", "image/tiff", "font/ttf", "font/otf", "font/woff", "font/woff2"]);
    const { contentType: _type, filename: _name, ...request } = options;
    const slot = await this.create(
      { content_type: contentType, filename: filename } as unknown as UploadsCreateParams,
      request,
    );
    const url = (slot as unknown as Record<string, unknown>)["upload_url"];
    await putFile(this.#client.fetchImplementation(), String(url), file, contentType, request, this.#client.timeout);
    return slot;
  }
}
