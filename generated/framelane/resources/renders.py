"""Render videos and images from a declarative composition."""

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
from ..models.output_format import OutputFormat
from ..models.transition import Transition
from ..params.element import ElementParam
from ..params.transition import TransitionParam

__all__ = [
    "Renders",
    "AsyncRenders",
]


class Renders:
    """Render videos and images from a declarative composition."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RendersWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return RendersWithRawResponse(self)

    def cancel(
        self,
        render_id: str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Cancel a render.

        Stops a render that has not finished yet and answers with the job, now
        `cancelled`. A job that already completed, failed or was cancelled cannot be
        cancelled (409 `job_not_cancellable`).

        Args:
            render_id: Id of the render (`render_...`).
        """
        return self._client.request(
            "delete",
            "/v1/renders/{render_id}",
            path_params={
                "render_id": render_id,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        frame_rate: int | NotGiven = NOT_GIVEN,
        output_format: (
            OutputFormat | Literal["mp4", "webm", "mov", "gif", "png", "jpg"] | NotGiven
        ) = NOT_GIVEN,
        output_filename: str | None | NotGiven = NOT_GIVEN,
        background_color: str | NotGiven = NOT_GIVEN,
        background_image_url: str | None | NotGiven = NOT_GIVEN,
        alpha: bool | NotGiven = NOT_GIVEN,
        elements: Sequence[ElementParam] | NotGiven = NOT_GIVEN,
        transitions: Sequence[Transition | TransitionParam] | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        ingest_external: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Submit a render job.

        Queues a render of the composition described in the body and answers at once
        with the job (202, status `queued`, or `ingesting` while external sources are
        copied in). Follow it with `GET /v1/renders/{render_id}` or webhooks. A
        workspace out of render minutes gets 402 `quota_exceeded`. Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            width: Output width in pixels. Give it together with `height`; when both are
                omitted the canvas is 1280×720. Constraints: 16 <= value <= 8192.
            height: Output height in pixels. Give it together with `width`. Constraints:
                16 <= value <= 8192.
            duration: Total length in seconds; worked out from the elements when
                omitted. Constraints: 0 < value.
            frame_rate: Frames per second of the output. Constraints: 1 <= value <= 240.
            output_format: File format of the artifact.
            output_filename: File name of the artifact, without extension; generated
                when null.
            background_color: Canvas colour behind all elements, as `#RRGGBBAA` (or
                `#RRGGBB`). Constraints: matching
                ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
            background_image_url: URL of an image drawn as the canvas background.
                Constraints: 1 to 2083 characters, format uri.
            alpha: Render with a transparent background (alpha channel). Only valid when
                `output_format` is `webm` or `mov` (the default `mp4` does not qualify).
            elements: Timeline elements, in order. Each item is picked by its `type`.
            transitions: Transitions between consecutive elements.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this render's `render.completed`,
                `render.failed` and `render.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
            ingest_external: When true, source URLs not hosted by Framelane are first
                copied into Framelane storage (the job shows `ingesting` meanwhile);
                when false or null they are read from where they are.
        """
        return self._client.request(
            "post",
            "/v1/renders",
            body={
                "width": width,
                "height": height,
                "duration": duration,
                "frame_rate": frame_rate,
                "output_format": output_format,
                "output_filename": output_filename,
                "background_color": background_color,
                "background_image_url": background_image_url,
                "alpha": alpha,
                "elements": elements,
                "transitions": transitions,
                "metadata": metadata,
                "webhook_url": webhook_url,
                "ingest_external": ingest_external,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def download(
        self,
        render_id: str,
        **options: Unpack[RequestOptions],
    ) -> BinaryResponse:
        """Download a render's artifact.

        Redirects (302) to a fresh, short-lived signed URL of the completed render's
        artifact. The response has no body; follow `Location`, without your API key.
        Before the job completes the answer is 409 `job_not_completed`.

        Args:
            render_id: Id of the render (`render_...`).
        """
        return request_binary(
            self._client,
            "get",
            "/v1/renders/{render_id}/download",
            path_params={
                "render_id": render_id,
            },
            accept="*/*",
            security=(("bearerAuth",),),
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
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
        """List renders.

        Returns the workspace's renders, optionally only those in one status. Pages are
        ordered newest first; follow `next_cursor` while `has_more` is true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
            status: Only list jobs in this status.
        """
        return request_page(
            self._client,
            "/v1/renders",
            page=SyncCursorPage[Job],
            cast_to=JobList,
            query={
                "limit": limit,
                "cursor": cursor,
                "status": status,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    def retrieve(
        self,
        render_id: str,
        *,
        wait: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Get a render.

        Returns the render job with its current status, progress, output and error. Pass
        `wait` (up to 25 seconds) to long-poll: the call returns as soon as the job is
        terminal or the time is up, so repeat it until `status` is `completed`, `failed`
        or `cancelled`.

        Args:
            render_id: Id of the render (`render_...`).
            wait: Long-poll: hold the request for up to this many seconds until the job
                reaches a terminal status, then answer with its current state either
                way. 0 answers at once. Constraints: 0 <= value <= 25.
        """
        return self._client.request(
            "get",
            "/v1/renders/{render_id}",
            path_params={
                "render_id": render_id,
            },
            query={
                "wait": wait,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    def wait(
        self,
        render_id: str,
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
            return self.retrieve(render_id, wait=held, **request)

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


class AsyncRenders:
    """Render videos and images from a declarative composition."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRendersWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncRendersWithRawResponse(self)

    async def cancel(
        self,
        render_id: str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Cancel a render.

        Stops a render that has not finished yet and answers with the job, now
        `cancelled`. A job that already completed, failed or was cancelled cannot be
        cancelled (409 `job_not_cancellable`).

        Args:
            render_id: Id of the render (`render_...`).
        """
        return await self._client.request(
            "delete",
            "/v1/renders/{render_id}",
            path_params={
                "render_id": render_id,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    async def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
        frame_rate: int | NotGiven = NOT_GIVEN,
        output_format: (
            OutputFormat | Literal["mp4", "webm", "mov", "gif", "png", "jpg"] | NotGiven
        ) = NOT_GIVEN,
        output_filename: str | None | NotGiven = NOT_GIVEN,
        background_color: str | NotGiven = NOT_GIVEN,
        background_image_url: str | None | NotGiven = NOT_GIVEN,
        alpha: bool | NotGiven = NOT_GIVEN,
        elements: Sequence[ElementParam] | NotGiven = NOT_GIVEN,
        transitions: Sequence[Transition | TransitionParam] | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        webhook_url: str | None | NotGiven = NOT_GIVEN,
        ingest_external: bool | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Submit a render job.

        Queues a render of the composition described in the body and answers at once
        with the job (202, status `queued`, or `ingesting` while external sources are
        copied in). Follow it with `GET /v1/renders/{render_id}` or webhooks. A
        workspace out of render minutes gets 402 `quota_exceeded`. Send an
        `Idempotency-Key` to make retries safe.

        Args:
            idempotency_key: Your unique key for this logical operation (a UUID tied to
                your own record works well). Retrying with the same key and the same
                body within 24 hours returns the original job with 200 and creates or
                charges nothing; the same key with a different body gets 409
                `idempotency_key_reused`. Constraints: at least 1 characters.
            width: Output width in pixels. Give it together with `height`; when both are
                omitted the canvas is 1280×720. Constraints: 16 <= value <= 8192.
            height: Output height in pixels. Give it together with `width`. Constraints:
                16 <= value <= 8192.
            duration: Total length in seconds; worked out from the elements when
                omitted. Constraints: 0 < value.
            frame_rate: Frames per second of the output. Constraints: 1 <= value <= 240.
            output_format: File format of the artifact.
            output_filename: File name of the artifact, without extension; generated
                when null.
            background_color: Canvas colour behind all elements, as `#RRGGBBAA` (or
                `#RRGGBB`). Constraints: matching
                ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
            background_image_url: URL of an image drawn as the canvas background.
                Constraints: 1 to 2083 characters, format uri.
            alpha: Render with a transparent background (alpha channel). Only valid when
                `output_format` is `webm` or `mov` (the default `mp4` does not qualify).
            elements: Timeline elements, in order. Each item is picked by its `type`.
            transitions: Transitions between consecutive elements.
            metadata: Your key/value pairs, echoed in the job and in every webhook
                payload.
            webhook_url: Per-job webhook: receives this render's `render.completed`,
                `render.failed` and `render.progress` events instead of the workspace's
                endpoints. Constraints: 1 to 2083 characters, format uri.
            ingest_external: When true, source URLs not hosted by Framelane are first
                copied into Framelane storage (the job shows `ingesting` meanwhile);
                when false or null they are read from where they are.
        """
        return await self._client.request(
            "post",
            "/v1/renders",
            body={
                "width": width,
                "height": height,
                "duration": duration,
                "frame_rate": frame_rate,
                "output_format": output_format,
                "output_filename": output_filename,
                "background_color": background_color,
                "background_image_url": background_image_url,
                "alpha": alpha,
                "elements": elements,
                "transitions": transitions,
                "metadata": metadata,
                "webhook_url": webhook_url,
                "ingest_external": ingest_external,
            },
            security=(("bearerAuth",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    async def download(
        self,
        render_id: str,
        **options: Unpack[RequestOptions],
    ) -> AsyncBinaryResponse:
        """Download a render's artifact.

        Redirects (302) to a fresh, short-lived signed URL of the completed render's
        artifact. The response has no body; follow `Location`, without your API key.
        Before the job completes the answer is 409 `job_not_completed`.

        Args:
            render_id: Id of the render (`render_...`).
        """
        return await async_request_binary(
            self._client,
            "get",
            "/v1/renders/{render_id}/download",
            path_params={
                "render_id": render_id,
            },
            accept="*/*",
            security=(("bearerAuth",),),
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
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
        """List renders.

        Returns the workspace's renders, optionally only those in one status. Pages are
        ordered newest first; follow `next_cursor` while `has_more` is true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
            status: Only list jobs in this status.
        """
        return async_request_page(
            self._client,
            "/v1/renders",
            page=AsyncCursorPage[Job],
            item=Job,
            cast_to=JobList,
            query={
                "limit": limit,
                "cursor": cursor,
                "status": status,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    async def retrieve(
        self,
        render_id: str,
        *,
        wait: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """Get a render.

        Returns the render job with its current status, progress, output and error. Pass
        `wait` (up to 25 seconds) to long-poll: the call returns as soon as the job is
        terminal or the time is up, so repeat it until `status` is `completed`, `failed`
        or `cancelled`.

        Args:
            render_id: Id of the render (`render_...`).
            wait: Long-poll: hold the request for up to this many seconds until the job
                reaches a terminal status, then answer with its current state either
                way. 0 answers at once. Constraints: 0 <= value <= 25.
        """
        return await self._client.request(
            "get",
            "/v1/renders/{render_id}",
            path_params={
                "render_id": render_id,
            },
            query={
                "wait": wait,
            },
            security=(("bearerAuth",),),
            cast_to=Job,
            options=options,
        )

    async def wait(
        self,
        render_id: str,
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
            return await self.retrieve(render_id, wait=held, **request)

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


class RendersWithRawResponse:
    """``renders`` methods that return the raw response."""

    def __init__(self, resource: Renders) -> None:
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.create = to_raw_response_wrapper(resource.create)
        self.download = to_raw_response_wrapper(resource.download)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncRendersWithRawResponse:
    """``renders`` methods that return the raw response."""

    def __init__(self, resource: AsyncRenders) -> None:
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.download = async_to_raw_response_wrapper(resource.download)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
