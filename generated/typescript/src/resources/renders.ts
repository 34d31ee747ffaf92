import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { PagePromise } from "../core/pagination.js";
import { poll, type WaitOptions } from "../core/polling.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `renders.create()`.
 */
export interface RendersCreateParams {
  /**
   * Your unique key for this logical operation (a UUID tied to your own record works well). Retrying with the same key and the same body within 24 hours returns the original job with 200 and creates or charges nothing; the same key with a different body gets 409 `idempotency_key_reused`.
   */
  "Idempotency-Key"?: string | undefined;
  /**
   * Output width in pixels. Give it together with `height`; when both are omitted the canvas is 1280×720.
   */
  width?: number | undefined;
  /**
   * Output height in pixels. Give it together with `width`.
   */
  height?: number | undefined;
  /**
   * Total length in seconds; worked out from the elements when omitted.
   */
  duration?: number | undefined;
  /**
   * Frames per second of the output.
   */
  frame_rate?: number | undefined;
  /**
   * File format of the artifact.
   */
  output_format?: "mp4" | "webm" | "mov" | "gif" | "png" | "jpg" | undefined;
  /**
   * File name of the artifact, without extension; generated when null.
   */
  output_filename?: string | null | undefined;
  /**
   * Canvas colour behind all elements, as `#RRGGBBAA` (or `#RRGGBB`).
   */
  background_color?: string | undefined;
  /**
   * URL of an image drawn as the canvas background.
   */
  background_image_url?: string | null | undefined;
  /**
   * Render with a transparent background (alpha channel). Only valid when `output_format` is `webm` or `mov` (the default `mp4` does not qualify).
   */
  alpha?: boolean | undefined;
  /**
   * Timeline elements, in order. Each item is picked by its `type`.
   */
  elements?: Array<Types.ElementParam> | undefined;
  /**
   * Transitions between consecutive elements.
   */
  transitions?: Array<Types.TransitionParam> | undefined;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Types.Metadata | undefined;
  /**
   * Per-job webhook: receives this render's `render.completed`, `render.failed` and `render.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null | undefined;
  /**
   * When true, source URLs not hosted by Framelane are first copied into Framelane storage (the job shows `ingesting` meanwhile); when false or null they are read from where they are.
   */
  ingest_external?: boolean | null | undefined;
}

/**
 * The parameters of `renders.list()`.
 */
export interface RendersListParams {
  /**
   * Maximum number of items on the page.
   */
  limit?: number | undefined;
  /**
   * Opaque position to continue from: the `next_cursor` of the previous page. Omit it for the first page.
   */
  cursor?: string | undefined;
  /**
   * Only list jobs in this status.
   */
  status?: "ingesting" | "queued" | "processing" | "completed" | "failed" | "cancelled" | null | undefined;
}

/**
 * The parameters of `renders.retrieve()`.
 */
export interface RendersRetrieveParams {
  /**
   * Long-poll: hold the request for up to this many seconds until the job reaches a terminal status, then answer with its current state either way. 0 answers at once.
   */
  wait?: number | undefined;
}

/**
 * Render videos and images from a declarative composition.
 */
export class Renders {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Cancel a render
   *
   * Stops a render that has not finished yet and answers with the job, now `cancelled`. A job that already completed, failed or was cancelled cannot be cancelled (409 `job_not_cancellable`).
   */
  cancel(renderId: string, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "DELETE",
      path: "/v1/renders/{render_id}",
      pathParams: { render_id: renderId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  /**
   * Submit a render job
   *
   * Queues a render of the composition described in the body and answers at once with the job (202, status `queued`, or `ingesting` while external sources are copied in). Follow it with `GET /v1/renders/{render_id}` or webhooks. A workspace out of render minutes gets 402 `quota_exceeded`. Send an `Idempotency-Key` to make retries safe.
   */
  create(params: RendersCreateParams = {}, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/renders",
      headers: pick(params, ["Idempotency-Key"]),
      body: bodyOf(params, ["Idempotency-Key"], true),
      bodyKind: "json",
      contentType: "application/json",
      security: [["bearerAuth"]],
      accept: "application/json",
      idempotent: true,
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  /**
   * Download a render's artifact
   *
   * Redirects (302) to a fresh, short-lived signed URL of the completed render's artifact. The response has no body; follow `Location`, without your API key. Before the job completes the answer is 409 `job_not_completed`.
   */
  download(renderId: string, options?: RequestOptions): APIPromise<Response> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/renders/{render_id}/download",
      pathParams: { render_id: renderId },
      security: [["bearerAuth"]],
      accept: "*/*",
      responseKind: "redirect",
    });
    return this.#client.request<Response>(request(), options);
  }

  /**
   * List renders
   *
   * Returns the workspace's renders, optionally only those in one status. Pages are ordered newest first; follow `next_cursor` while `has_more` is true.
   */
  list(params: RendersListParams = {}, options?: RequestOptions): PagePromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/renders",
      query: { ...pick(params, ["limit", "cursor", "status"]), ...(cursor === undefined ? {} : { cursor: cursor }) },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    const page = (cursor?: string): PagePromise<Types.Job> => {
      const raw = this.#client.send(request(cursor), options);
      return new PagePromise<Types.Job>(raw, (r) => this.#client.parse(r), PAGE_FIELDS, page);
    };
    return page();
  }

  /**
   * Get a render
   *
   * Returns the render job with its current status, progress, output and error. Pass `wait` (up to 25 seconds) to long-poll: the call returns as soon as the job is terminal or the time is up, so repeat it until `status` is `completed`, `failed` or `cancelled`.
   */
  retrieve(renderId: string, params: RendersRetrieveParams = {}, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/renders/{render_id}",
      pathParams: { render_id: renderId },
      query: { ...pick(params, ["wait"]) },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  /**
   * Poll `retrieve()` until the status is ["completed", "failed", "cancelled"]; rejects with
   * `WaitTimeoutError` (carrying the last state) once `deadline` ms (default ten minutes) have passed.
   */
  wait(id: string, options: WaitOptions = {}): Promise<Types.Job> {
    return poll(
      (request, longPoll) => this.retrieve(id, longPoll === undefined ? {} : { wait: longPoll }, request),
      { statusField: "status", terminal: ["completed", "failed", "cancelled"], longPollMax: 25 },
      options,
      this.#client.timeout,
    );
  }
}

const PAGE_FIELDS = { items: "data", nextCursor: "next_cursor", hasMore: "has_more" };
