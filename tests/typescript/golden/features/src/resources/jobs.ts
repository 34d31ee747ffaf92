import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { PagePromise } from "../core/pagination.js";
import { poll, type WaitOptions } from "../core/polling.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `jobs.create()`.
 */
export interface JobsCreateParams {
  "Idempotency-Key"?: string | undefined;
  input: string;
}

/**
 * The parameters of `jobs.list()`.
 */
export interface JobsListParams {
  page_token?: string | undefined;
  page_size?: number | undefined;
}

export class Jobs {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  create(params: JobsCreateParams, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v2/jobs",
      headers: pick(params, ["Idempotency-Key"]),
      body: bodyOf(params, ["Idempotency-Key"], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearer"]],
      accept: "application/json",
      idempotent: true,
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  list(params: JobsListParams = {}, options?: RequestOptions): PagePromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v2/jobs",
      query: { ...pick(params, ["page_token", "page_size"]), ...(cursor === undefined ? {} : { page_token: cursor }) },
      security: [["bearer"]],
      accept: "application/json",
      responseKind: "json",
    });
    const page = (cursor?: string): PagePromise<Types.Job> => {
      const raw = this.#client.send(request(cursor), options);
      return new PagePromise<Types.Job>(raw, (r) => this.#client.parse(r), PAGE_FIELDS, page);
    };
    return page();
  }

  retrieve(jobId: string, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v2/jobs/{job_id}",
      pathParams: { job_id: jobId },
      security: [["bearer"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  /**
   * Poll `retrieve()` until the status is ["done", "error"]; rejects with
   * `WaitTimeoutError` (carrying the last state) once `deadline` ms (default ten minutes) have passed.
   */
  wait(id: string, options: WaitOptions = {}): Promise<Types.Job> {
    return poll(
      (request) => this.retrieve(id, request),
      { statusField: "state", terminal: ["done", "error"] },
      options,
      this.#client.timeout,
    );
  }
}

const PAGE_FIELDS = { items: "items", nextCursor: "next_page_token", hasMore: "has_more" };
