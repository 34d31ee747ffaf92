"""AI media tasks: background removal, gaze redirection, super-resolution and
transcription.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal, Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._downloads import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_request_binary,
    request_binary,
)
from .._pagination import (
    AsyncCursorPage,
    AsyncPager,
    SyncCursorPage,
    async_request_page,
    request_page,
)
from .._polling import async_poll, poll
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, PollOptions, RequestOptions, Timeout
from ..models.job import Job
from ..models.job_list import JobList
from ..models.job_status import JobStatus
from ..models.metadata import Metadata
from ..models.speech_model import SpeechModel
from ..models.task_type import TaskType

__all__ = [
    "Tasks",
    "AsyncTasks",
]


class Tasks:
    """AI media tasks: background removal, gaze redirection, super-resolution and
    transcription.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return TasksWithRawResponse(self)

    def cancel(
        self,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Cancel a task.

        Stops a task that has not finished yet and answers with the job, now
        `cancelled`. A job that already completed, failed or was cancelled cannot be
        cancelled (409 `job_not_cancellable`).

        Args:
            task_id: Id of the task (`task_...`).
        """
        return self._client.request(
            "delete",
            "/v1/tasks/{task_id}",
            path_params={
                "task_id": task_id,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    def download(
        self,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> BinaryResponse:
        """Download a task's artifact.

        Redirects (302) to a fresh, short-lived signed URL of the completed task's
        artifact. The response has no body; follow `Location`, without your API key.
        Before the job completes the answer is 409 `job_not_completed`.

        Args:
            task_id: Id of the task (`task_...`).
        """
        return request_binary(
            self._client,
            "get",
            "/v1/tasks/{task_id}/download",
            path_params={
                "task_id": task_id,
            },
            accept="*/*",
            security=(("bearerAuth",),),
            options=options,
        )

    def gaze_redirect(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        intensity: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Redirect the gaze.

        Queues an AI task that turns the eyes of the person on screen towards the
        camera. Send an `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of a video showing a face. It must be a public HTTPS URL
                that stays reachable for at least an hour, and the file must be under 5
                GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
            intensity: How far the gaze is moved: 0 leaves it as it is, 1 looks straight
                into the camera. Constraints: 0 <= value <= 1.
        """
        return self._client.request(
            "post",
            "/v1/tasks/gaze-redirect",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
                "intensity": intensity,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        type: (
            TaskType
            | Literal[
                "remove_background", "gaze_redirect", "super_resolution", "transcribe"
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        status: (
            JobStatus
            | Literal[
                "ingesting", "queued", "processing", "completed", "failed", "cancelled"
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[Job]:
        """List tasks.

        Returns the workspace's AI tasks, optionally filtered by task type and status.
        Pages are ordered newest first; follow `next_cursor` while `has_more` is true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
            type: Only list tasks of this type.
            status: Only list jobs in this status.
        """
        return request_page(
            self._client,
            "/v1/tasks",
            page=SyncCursorPage[Job],
            cast_to=JobList,
            query={
                "limit": limit,
                "cursor": cursor,
                "type": type,
                "status": status,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    def remove_background(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Remove the background.

        Queues an AI task that removes the background of an image or video; the result
        has a transparent background. Send an `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of the image or video to process. It must be a public HTTPS
                URL that stays reachable for at least an hour, and the file must be
                under 5 GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
        """
        return self._client.request(
            "post",
            "/v1/tasks/remove-background",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def retrieve(
        self,
        task_id: str,
        *,
        wait: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Get a task.

        Returns the task job with its current status, progress, output and error. Pass
        `wait` (up to 25 seconds) to long-poll: the call returns as soon as the job is
        terminal or the time is up, so repeat it until `status` is `completed`, `failed`
        or `cancelled`.

        Args:
            task_id: Id of the task (`task_...`).
            wait: Long-poll: hold the request for up to this many seconds until the job
                reaches a terminal status, then answer with its current state either
                way. 0 answers at once. Constraints: 0 <= value <= 25.
        """
        return self._client.request(
            "get",
            "/v1/tasks/{task_id}",
            path_params={
                "task_id": task_id,
            },
            query={
                "wait": wait,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    def super_resolution(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Upscale media.

        Queues an AI task that upscales a video or image (up to 4×). Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of the video or image to upscale. It must be a public HTTPS
                URL that stays reachable for at least an hour, and the file must be
                under 5 GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
        """
        return self._client.request(
            "post",
            "/v1/tasks/super-resolution",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def transcribe(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        speech_model: (
            SpeechModel | Literal["universal-2", "universal-3-pro", "nano"] | NotGiven
        ) = NOT_GIVEN,
        word_timings: bool | NotGiven = NOT_GIVEN,
        speaker_labels: bool | NotGiven = NOT_GIVEN,
        speakers_expected: int | None | NotGiven = NOT_GIVEN,
        sentiment_analysis: bool | NotGiven = NOT_GIVEN,
        entity_detection: bool | NotGiven = NOT_GIVEN,
        auto_highlights: bool | NotGiven = NOT_GIVEN,
        content_safety: bool | NotGiven = NOT_GIVEN,
        iab_categories: bool | NotGiven = NOT_GIVEN,
        word_boost: Sequence[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Transcribe speech.

        Queues a speech-to-text task with optional speaker labels and analysis. The
        completed task's `output.url` points to the JSON transcript. Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of the audio or video to transcribe. It must be a public
                HTTPS URL that stays reachable for at least an hour, and the file must
                be under 5 GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
            language: BCP-47 language code of the speech, such as `en`, `de` or `es`;
                detected automatically when null.
            speech_model: Recognition model to use.
            word_timings: Include a timestamp for every word.
            speaker_labels: Tell speakers apart (diarisation).
            speakers_expected: How many speakers to expect when `speaker_labels` is on.
                Constraints: 1 <= value <= 10.
            sentiment_analysis: Score the sentiment of each sentence.
            entity_detection: Detect named entities.
            auto_highlights: Extract key phrases.
            content_safety: Flag sensitive content.
            iab_categories: Classify the topics with the IAB taxonomy.
            word_boost: Words or phrases the model should favour (names, jargon).
                Constraints: at most 200 items.
        """
        return self._client.request(
            "post",
            "/v1/tasks/transcribe",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
                "language": language,
                "speech_model": speech_model,
                "word_timings": word_timings,
                "speaker_labels": speaker_labels,
                "speakers_expected": speakers_expected,
                "sentiment_analysis": sentiment_analysis,
                "entity_detection": entity_detection,
                "auto_highlights": auto_highlights,
                "content_safety": content_safety,
                "iab_categories": iab_categories,
                "word_boost": word_boost,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **options: Unpack[PollOptions],
    ) -> Job:
        """Poll until the status is completed, failed, cancelled; return the last state.

        ``timeout`` is the whole wait, in seconds: past it, ``WaitTimeoutError`` is
        raised, carrying the last state seen. Each poll is an HTTP request with its own
        timeout, ``request_timeout`` (the client's by default), and the other
        ``options`` of a request. Each poll asks the server to hold its answer until the
        status changes (``wait``), so polls follow each other without pauses.
        """

        def fetch(request: RequestOptions, long_poll: int | None) -> Job:
            held = NOT_GIVEN if long_poll is None else long_poll
            return self.retrieve(task_id, wait=held, **request)

        return poll(
            self._client,
            fetch,
            status_field="status",
            terminal=("completed", "failed", "cancelled"),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            options=options,
            long_poll_max=25,
        )


class AsyncTasks:
    """AI media tasks: background removal, gaze redirection, super-resolution and
    transcription.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncTasksWithRawResponse(self)

    async def cancel(
        self,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Cancel a task.

        Stops a task that has not finished yet and answers with the job, now
        `cancelled`. A job that already completed, failed or was cancelled cannot be
        cancelled (409 `job_not_cancellable`).

        Args:
            task_id: Id of the task (`task_...`).
        """
        return await self._client.request(
            "delete",
            "/v1/tasks/{task_id}",
            path_params={
                "task_id": task_id,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    async def download(
        self,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> AsyncBinaryResponse:
        """Download a task's artifact.

        Redirects (302) to a fresh, short-lived signed URL of the completed task's
        artifact. The response has no body; follow `Location`, without your API key.
        Before the job completes the answer is 409 `job_not_completed`.

        Args:
            task_id: Id of the task (`task_...`).
        """
        return await async_request_binary(
            self._client,
            "get",
            "/v1/tasks/{task_id}/download",
            path_params={
                "task_id": task_id,
            },
            accept="*/*",
            security=(("bearerAuth",),),
            options=options,
        )

    async def gaze_redirect(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        intensity: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Redirect the gaze.

        Queues an AI task that turns the eyes of the person on screen towards the
        camera. Send an `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of a video showing a face. It must be a public HTTPS URL
                that stays reachable for at least an hour, and the file must be under 5
                GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
            intensity: How far the gaze is moved: 0 leaves it as it is, 1 looks straight
                into the camera. Constraints: 0 <= value <= 1.
        """
        return await self._client.request(
            "post",
            "/v1/tasks/gaze-redirect",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
                "intensity": intensity,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        type: (
            TaskType
            | Literal[
                "remove_background", "gaze_redirect", "super_resolution", "transcribe"
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        status: (
            JobStatus
            | Literal[
                "ingesting", "queued", "processing", "completed", "failed", "cancelled"
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Job, AsyncCursorPage[Job]]:
        """List tasks.

        Returns the workspace's AI tasks, optionally filtered by task type and status.
        Pages are ordered newest first; follow `next_cursor` while `has_more` is true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
            type: Only list tasks of this type.
            status: Only list jobs in this status.
        """
        return async_request_page(
            self._client,
            "/v1/tasks",
            page=AsyncCursorPage[Job],
            item=Job,
            cast_to=JobList,
            query={
                "limit": limit,
                "cursor": cursor,
                "type": type,
                "status": status,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    async def remove_background(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Remove the background.

        Queues an AI task that removes the background of an image or video; the result
        has a transparent background. Send an `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of the image or video to process. It must be a public HTTPS
                URL that stays reachable for at least an hour, and the file must be
                under 5 GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
        """
        return await self._client.request(
            "post",
            "/v1/tasks/remove-background",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    async def retrieve(
        self,
        task_id: str,
        *,
        wait: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Get a task.

        Returns the task job with its current status, progress, output and error. Pass
        `wait` (up to 25 seconds) to long-poll: the call returns as soon as the job is
        terminal or the time is up, so repeat it until `status` is `completed`, `failed`
        or `cancelled`.

        Args:
            task_id: Id of the task (`task_...`).
            wait: Long-poll: hold the request for up to this many seconds until the job
                reaches a terminal status, then answer with its current state either
                way. 0 answers at once. Constraints: 0 <= value <= 25.
        """
        return await self._client.request(
            "get",
            "/v1/tasks/{task_id}",
            path_params={
                "task_id": task_id,
            },
            query={
                "wait": wait,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    async def super_resolution(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Upscale media.

        Queues an AI task that upscales a video or image (up to 4×). Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of the video or image to upscale. It must be a public HTTPS
                URL that stays reachable for at least an hour, and the file must be
                under 5 GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
        """
        return await self._client.request(
            "post",
            "/v1/tasks/super-resolution",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    async def transcribe(
        self,
        *,
        source_url: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        speech_model: (
            SpeechModel | Literal["universal-2", "universal-3-pro", "nano"] | NotGiven
        ) = NOT_GIVEN,
        word_timings: bool | NotGiven = NOT_GIVEN,
        speaker_labels: bool | NotGiven = NOT_GIVEN,
        speakers_expected: int | None | NotGiven = NOT_GIVEN,
        sentiment_analysis: bool | NotGiven = NOT_GIVEN,
        entity_detection: bool | NotGiven = NOT_GIVEN,
        auto_highlights: bool | NotGiven = NOT_GIVEN,
        content_safety: bool | NotGiven = NOT_GIVEN,
        iab_categories: bool | NotGiven = NOT_GIVEN,
        word_boost: Sequence[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Transcribe speech.

        Queues a speech-to-text task with optional speaker labels and analysis. The
        completed task's `output.url` points to the JSON transcript. Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            source_url: URL of the audio or video to transcribe. It must be a public
                HTTPS URL that stays reachable for at least an hour, and the file must
                be under 5 GiB. Constraints: 1 to 2083 characters, format uri.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this task's `task.completed`,
                `task.failed` and `task.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
            language: BCP-47 language code of the speech, such as `en`, `de` or `es`;
                detected automatically when null.
            speech_model: Recognition model to use.
            word_timings: Include a timestamp for every word.
            speaker_labels: Tell speakers apart (diarisation).
            speakers_expected: How many speakers to expect when `speaker_labels` is on.
                Constraints: 1 <= value <= 10.
            sentiment_analysis: Score the sentiment of each sentence.
            entity_detection: Detect named entities.
            auto_highlights: Extract key phrases.
            content_safety: Flag sensitive content.
            iab_categories: Classify the topics with the IAB taxonomy.
            word_boost: Words or phrases the model should favour (names, jargon).
                Constraints: at most 200 items.
        """
        return await self._client.request(
            "post",
            "/v1/tasks/transcribe",
            body={
                "source_url": source_url,
                "metadata": metadata,
                "webhook_url": webhook_url,
                "language": language,
                "speech_model": speech_model,
                "word_timings": word_timings,
                "speaker_labels": speaker_labels,
                "speakers_expected": speakers_expected,
                "sentiment_analysis": sentiment_analysis,
                "entity_detection": entity_detection,
                "auto_highlights": auto_highlights,
                "content_safety": content_safety,
                "iab_categories": iab_categories,
                "word_boost": word_boost,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **options: Unpack[PollOptions],
    ) -> Job:
        """Poll until the status is completed, failed, cancelled; return the last state.

        ``timeout`` is the whole wait, in seconds: past it, ``WaitTimeoutError`` is
        raised, carrying the last state seen. Each poll is an HTTP request with its own
        timeout, ``request_timeout`` (the client's by default), and the other
        ``options`` of a request. Each poll asks the server to hold its answer until the
        status changes (``wait``), so polls follow each other without pauses.
        """

        async def fetch(request: RequestOptions, long_poll: int | None) -> Job:
            held = NOT_GIVEN if long_poll is None else long_poll
            return await self.retrieve(task_id, wait=held, **request)

        return await async_poll(
            self._client,
            fetch,
            status_field="status",
            terminal=("completed", "failed", "cancelled"),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            options=options,
            long_poll_max=25,
        )


class TasksWithRawResponse:
    """``tasks`` methods that return the raw response."""

    def __init__(self, resource: Tasks) -> None:
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.download = to_raw_response_wrapper(resource.download)
        self.gaze_redirect = to_raw_response_wrapper(resource.gaze_redirect)
        self.list = to_raw_response_wrapper(resource.list)
        self.remove_background = to_raw_response_wrapper(resource.remove_background)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.super_resolution = to_raw_response_wrapper(resource.super_resolution)
        self.transcribe = to_raw_response_wrapper(resource.transcribe)


class AsyncTasksWithRawResponse:
    """``tasks`` methods that return the raw response."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.download = async_to_raw_response_wrapper(resource.download)
        self.gaze_redirect = async_to_raw_response_wrapper(resource.gaze_redirect)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.remove_background = async_to_raw_response_wrapper(
            resource.remove_background
        )
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.super_resolution = async_to_raw_response_wrapper(resource.super_resolution)
        self.transcribe = async_to_raw_response_wrapper(resource.transcribe)
