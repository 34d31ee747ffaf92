import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `bodies.postArray()`.
 */
export interface BodiesPostArrayParams {
  /**
   * A list of numbers.
   */
  body: Array<number>;
}

/**
 * The parameters of `bodies.postForm()`.
 */
export interface BodiesPostFormParams {
  username?: string | undefined;
  remember?: boolean | undefined;
}

/**
 * The parameters of `bodies.postText()`.
 */
export interface BodiesPostTextParams {
  body?: string | undefined;
}

/**
 * The parameters of `bodies.postUnion()`.
 */
export interface BodiesPostUnionParams {
  body: Types.BodiesPostUnionBodyVariant1Param | Types.BodiesPostUnionBodyVariant2Param;
}

/**
 * The parameters of `bodies.putRaw()`.
 */
export interface BodiesPutRawParams {
  body: Types.Uploadable;
}

/**
 * The parameters of `bodies.uploadFile()`.
 */
export interface BodiesUploadFileParams {
  file: Types.Uploadable;
  caption?: string | undefined;
}

export class Bodies {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  postArray(params: BodiesPostArrayParams, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/json-array",
      body: params.body,
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  postForm(params: BodiesPostFormParams = {}, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/form",
      body: bodyOf(params, [], false),
      bodyKind: "form",
      contentType: "application/x-www-form-urlencoded",
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  postText(params: BodiesPostTextParams = {}, options?: RequestOptions): APIPromise<string> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/text",
      body: params.body,
      bodyKind: "text",
      contentType: "text/plain",
      security: [],
      accept: "text/plain",
      responseKind: "text",
    });
    return this.#client.request<string>(request(), options);
  }

  postUnion(params: BodiesPostUnionParams, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/merge",
      body: params.body,
      bodyKind: "json",
      contentType: "application/json",
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  putRaw(params: BodiesPutRawParams, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "PUT",
      path: "/raw",
      body: params.body,
      bodyKind: "binary",
      contentType: "application/octet-stream",
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  uploadFile(params: BodiesUploadFileParams, options?: RequestOptions): APIPromise<Types.BodiesUploadFileResponse> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/upload",
      body: bodyOf(params, [], true),
      bodyKind: "multipart",
      contentType: "multipart/form-data",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.BodiesUploadFileResponse>(request(), options);
  }
}
