import type { APIClient, FinalRequest, RequestOptions } from "../core/core.js";
import { bodyOf, pick } from "../core/core.js";
import { PagePromise } from "../core/pagination.js";
import { poll, type WaitOptions } from "../core/polling.js";
import type { APIPromise } from "../core/core.js";
import type * as Types from "../types.js";

/**
 * The parameters of `tasks.gazeRedirect()`.
 */
export interface TasksGazeRedirectParams {
  /**
   * Your unique key for this logical operation (a UUID tied to your own record works well). Retrying with the same key and the same body within 24 hours returns the original job with 200 and creates or charges nothing; the same key with a different body gets 409 `idempotency_key_reused`.
   */
  "Idempotency-Key"?: string | undefined;
  /**
   * URL of a video showing a face. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Types.Metadata | undefined;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null | undefined;
  /**
   * How far the gaze is moved: 0 leaves it as it is, 1 looks straight into the camera.
   */
  intensity?: number | undefined;
}

/**
 * The parameters of `tasks.list()`.
 */
export interface TasksListParams {
  /**
   * Maximum number of items on the page.
   */
  limit?: number | undefined;
  /**
   * Opaque position to continue from: the `next_cursor` of the previous page. Omit it for the first page.
   */
  cursor?: string | undefined;
  /**
   * Only list tasks of this type.
   */
  type?: "remove_background" | "gaze_redirect" | "super_resolution" | "transcribe" | null | undefined;
  /**
   * Only list jobs in this status.
   */
  status?: "ingesting" | "queued" | "processing" | "completed" | "failed" | "cancelled" | null | undefined;
}

/**
 * The parameters of `tasks.removeBackground()`.
 */
export interface TasksRemoveBackgroundParams {
  /**
   * Your unique key for this logical operation (a UUID tied to your own record works well). Retrying with the same key and the same body within 24 hours returns the original job with 200 and creates or charges nothing; the same key with a different body gets 409 `idempotency_key_reused`.
   */
  "Idempotency-Key"?: string | undefined;
  /**
   * URL of the image or video to process. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Types.Metadata | undefined;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null | undefined;
}

/**
 * The parameters of `tasks.retrieve()`.
 */
export interface TasksRetrieveParams {
  /**
   * Long-poll: hold the request for up to this many seconds until the job reaches a terminal status, then answer with its current state either way. 0 answers at once.
   */
  wait?: number | undefined;
}

/**
 * The parameters of `tasks.superResolution()`.
 */
export interface TasksSuperResolutionParams {
  /**
   * Your unique key for this logical operation (a UUID tied to your own record works well). Retrying with the same key and the same body within 24 hours returns the original job with 200 and creates or charges nothing; the same key with a different body gets 409 `idempotency_key_reused`.
   */
  "Idempotency-Key"?: string | undefined;
  /**
   * URL of the video or image to upscale. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Types.Metadata | undefined;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null | undefined;
}

/**
 * The parameters of `tasks.transcribe()`.
 */
export interface TasksTranscribeParams {
  /**
   * Your unique key for this logical operation (a UUID tied to your own record works well). Retrying with the same key and the same body within 24 hours returns the original job with 200 and creates or charges nothing; the same key with a different body gets 409 `idempotency_key_reused`.
   */
  "Idempotency-Key"?: string | undefined;
  /**
   * URL of the audio or video to transcribe. It must be a public HTTPS URL that stays reachable for at least an hour, and the file must be under 5 GiB.
   */
  source_url: string;
  /**
   * Your key/value pairs, echoed in the job and in every webhook payload.
   */
  metadata?: Types.Metadata | undefined;
  /**
   * Per-job webhook: receives this task's `task.completed`, `task.failed` and `task.progress` events instead of the workspace's endpoints.
   */
  webhook_url?: string | null | undefined;
  /**
   * BCP-47 language code of the speech, such as `en`, `de` or `es`; detected automatically when null.
   */
  language?: string | null | undefined;
  /**
   * Recognition model to use.
   */
  speech_model?: "universal-2" | "universal-3-pro" | "nano" | undefined;
  /**
   * Include a timestamp for every word.
   */
  word_timings?: boolean | undefined;
  /**
   * Tell speakers apart (diarisation).
   */
  speaker_labels?: boolean | undefined;
  /**
   * How many speakers to expect when `speaker_labels` is on.
   */
  speakers_expected?: number | null | undefined;
  /**
   * Score the sentiment of each sentence.
   */
  sentiment_analysis?: boolean | undefined;
  /**
   * Detect named entities.
   */
  entity_detection?: boolean | undefined;
  /**
   * Extract key phrases.
   */
  auto_highlights?: boolean | undefined;
  /**
   * Flag sensitive content.
   */
  content_safety?: boolean | undefined;
  /**
   * Classify the topics with the IAB taxonomy.
   */
  iab_categories?: boolean | undefined;
  /**
   * Words or phrases the model should favour (names, jargon).
   */
  word_boost?: Array<string> | undefined;
}

/**
 * AI media tasks: background removal, gaze redirection, super-resolution and transcription.
 */
export class Tasks {
  readonly #client: APIClient;

  constructor(client: APIClient) {
    this.#client = client;
  }

  /**
   * Cancel a task
   *
   * Stops a task that has not finished yet and answers with the job, now `cancelled`. A job that already completed, failed or was cancelled cannot be cancelled (409 `job_not_cancellable`).
   */
  cancel(taskId: string, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "DELETE",
      path: "/v1/tasks/{task_id}",
      pathParams: { task_id: taskId },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  /**
   * Download a task's artifact
   *
   * Redirects (302) to a fresh, short-lived signed URL of the completed task's artifact. The response has no body; follow `Location`, without your API key. Before the job completes the answer is 409 `job_not_completed`.
   */
  download(taskId: string, options?: RequestOptions): APIPromise<Response> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/tasks/{task_id}/download",
      pathParams: { task_id: taskId },
      security: [["bearerAuth"]],
      accept: "*/*",
      responseKind: "redirect",
    });
    return this.#client.request<Response>(request(), options);
  }

  /**
   * Redirect the gaze
   *
   * Queues an AI task that turns the eyes of the person on screen towards the camera. Send an `Idempotency-Key` to make retries safe.
   */
  gazeRedirect(params: TasksGazeRedirectParams, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/tasks/gaze-redirect",
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
   * List tasks
   *
   * Returns the workspace's AI tasks, optionally filtered by task type and status. Pages are ordered newest first; follow `next_cursor` while `has_more` is true.
   */
  list(params: TasksListParams = {}, options?: RequestOptions): PagePromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/tasks",
      query: { ...pick(params, ["limit", "cursor", "type", "status"]), ...(cursor === undefined ? {} : { cursor: cursor }) },
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
   * Remove the background
   *
   * Queues an AI task that removes the background of an image or video; the result has a transparent background. Send an `Idempotency-Key` to make retries safe.
   */
  removeBackground(params: TasksRemoveBackgroundParams, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/tasks/remove-background",
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
   * Get a task
   *
   * Returns the task job with its current status, progress, output and error. Pass `wait` (up to 25 seconds) to long-poll: the call returns as soon as the job is terminal or the time is up, so repeat it until `status` is `completed`, `failed` or `cancelled`.
   */
  retrieve(taskId: string, params: TasksRetrieveParams = {}, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "GET",
      path: "/v1/tasks/{task_id}",
      pathParams: { task_id: taskId },
      query: { ...pick(params, ["wait"]) },
      security: [["bearerAuth"]],
      accept: "application/json",
      responseKind: "json",
    });
    return this.#client.request<Types.Job>(request(), options);
  }

  /**
   * Upscale media
   *
   * Queues an AI task that upscales a video or image (up to 4×). Send an `Idempotency-Key` to make retries safe.
   */
  superResolution(params: TasksSuperResolutionParams, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/tasks/super-resolution",
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
   * Transcribe speech
   *
   * Queues a speech-to-text task with optional speaker labels and analysis. The completed task's `output.url` points to the JSON transcript. Send an `Idempotency-Key` to make retries safe.
   */
  transcribe(params: TasksTranscribeParams, options?: RequestOptions): APIPromise<Types.Job> {
    const request = (cursor?: string): FinalRequest => ({
      method: "POST",
      path: "/v1/tasks/transcribe",
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
