import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { PagePromise } from "../core/pagination.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `apiKeys.create()`.
 */
export interface ApiKeysCreateParams {
  /**
   * Label that helps you recognise the key.
   */
  name: string;
}

/**
 * The parameters of `apiKeys.list()`.
 */
export interface ApiKeysListParams {
  /**
   * Maximum number of items on the page.
   */
  limit?: number | undefined;
  /**
   * Opaque position to continue from: the `next_cursor` of the previous page. Omit it for the first page.
   */
  cursor?: string | undefined;
}

/**
 * Create, list and revoke API keys.
 */
export class ApiKeys {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Create API key
   *
   * Creates an API key with full access to the workspace. The plaintext `key` is in this response only. To rotate a key, create a new one, switch to it, then revoke the old one.
   */
  create(params: ApiKeysCreateParams, options?: RequestOptions): APIPromise<Types.ApiKeyCreated> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/api-keys",
      body: bodyOf(params, [], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.ApiKeyCreated>(request(), options);
  }

  /**
   * List API keys
   *
   * Returns the workspace's API keys, revoked ones included, without their secret values. Pages are ordered newest first; follow `next_cursor` while `has_more` is true.
   */
  list(params: ApiKeysListParams = {}, options?: RequestOptions): PagePromise<Types.ApiKey> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/api-keys",
      query: { ...pick(params, ["limit", "cursor"]), ...(cursor === undefined ? {} : { cursor: cursor }) },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    const page = (cursor?: string): PagePromise<Types.ApiKey> => {
      const raw = this.#client.send(request(cursor), options);
      return new PagePromise<Types.ApiKey>(raw, (r) => this.#client.parse(r), PAGE_FIELDS, page);
    };
    return page();
  }

  /**
   * Revoke API key
   *
   * Revokes a key: requests made with it are refused from now on. Revoking an already revoked key also answers 204.
   */
  revoke(keyId: string, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "DELETE",
      path: "/v1/api-keys/{key_id}",
      pathParams: { key_id: keyId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }
}

const PAGE_FIELDS = { items: "data", nextCursor: "next_cursor", hasMore: "has_more" };
