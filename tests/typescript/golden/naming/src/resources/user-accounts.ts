import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { pick } from "../core/core.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * Accounts of users.
 */
export class UserAccounts {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  createUser(options?: RequestOptions): APIPromise<Types.User> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/users",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.User>(request(), options);
  }

  disable(userId: string, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/users/{userId}/disable",
      pathParams: { userId: userId },
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  list(options?: RequestOptions): APIPromise<Array<Types.User2>> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/users",
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Array<Types.User2>>(request(), options);
  }

  listThings(userId: string, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/users/{userId}/keys",
      pathParams: { userId: userId },
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  listThings2(userId: string, options?: RequestOptions): APIPromise<void> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/users/{userId}/keys",
      pathParams: { userId: userId },
      security: [],
      accept: "application/json",
      responseKind: "empty",
    });
    return this.#client.request<void>(request(), options);
  }

  retrieve(userId: string, options?: RequestOptions): APIPromise<Types.User> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/users/{userId}",
      pathParams: { userId: userId },
      security: [],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.User>(request(), options);
  }
}
