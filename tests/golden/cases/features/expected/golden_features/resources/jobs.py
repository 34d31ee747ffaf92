"""Operations on jobs."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
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
from ..models.jobs_list_response import JobsListResponse

__all__ = [
    "Jobs",
    "AsyncJobs",
]


class Jobs:
    """Operations on jobs."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return JobsWithRawResponse(self)

    def create(
        self,
        *,
        input: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """POST /v2/jobs"""
        return self._client.request(
            "post",
            "/v2/jobs",
            body={
                "input": input,
            },
            security=(("bearer",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def list(
        self,
        *,
        page_token: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[Job]:
        """GET /v2/jobs"""
        return request_page(
            self._client,
            "/v2/jobs",
            page=SyncCursorPage[Job],
            cast_to=JobsListResponse,
            query={
                "page_token": page_token,
                "page_size": page_size,
            },
            security=(("bearer",),),
            options=options,
        )

    def retrieve(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """GET /v2/jobs/{job_id}"""
        return self._client.request(
            "get",
            "/v2/jobs/{job_id}",
            path_params={
                "job_id": job_id,
            },
            security=(("bearer",),),
            cast_to=Job,
            options=options,
        )

    def wait(
        self,
        job_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **options: Unpack[PollOptions],
    ) -> Job:
        """Poll until the status is done, error; return the last state.

        ``timeout`` is the whole wait, in seconds: past it, ``WaitTimeoutError`` is
        raised, carrying the last state seen. Each poll is an HTTP request with its own
        timeout, ``request_timeout`` (the client's by default), and the other
        ``options`` of a request. Polls start every ``poll_interval`` seconds, backing
        off up to 10 s between polls.
        """

        def fetch(request: RequestOptions, long_poll: int | None) -> Job:
            return self.retrieve(job_id, **request)

        return poll(
            self._client,
            fetch,
            status_field="state",
            terminal=("done", "error"),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            options=options,
        )


class AsyncJobs:
    """Operations on jobs."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncJobsWithRawResponse(self)

    async def create(
        self,
        *,
        input: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """POST /v2/jobs"""
        return await self._client.request(
            "post",
            "/v2/jobs",
            body={
                "input": input,
            },
            security=(("bearer",),),
            idempotency_key=idempotency_key,
            cast_to=Job,
            options=options,
        )

    def list(
        self,
        *,
        page_token: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Job, AsyncCursorPage[Job]]:
        """GET /v2/jobs"""
        return async_request_page(
            self._client,
            "/v2/jobs",
            page=AsyncCursorPage[Job],
            item=Job,
            cast_to=JobsListResponse,
            query={
                "page_token": page_token,
                "page_size": page_size,
            },
            security=(("bearer",),),
            options=options,
        )

    async def retrieve(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> Job:
        """GET /v2/jobs/{job_id}"""
        return await self._client.request(
            "get",
            "/v2/jobs/{job_id}",
            path_params={
                "job_id": job_id,
            },
            security=(("bearer",),),
            cast_to=Job,
            options=options,
        )

    async def wait(
        self,
        job_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **options: Unpack[PollOptions],
    ) -> Job:
        """Poll until the status is done, error; return the last state.

        ``timeout`` is the whole wait, in seconds: past it, ``WaitTimeoutError`` is
        raised, carrying the last state seen. Each poll is an HTTP request with its own
        timeout, ``request_timeout`` (the client's by default), and the other
        ``options`` of a request. Polls start every ``poll_interval`` seconds, backing
        off up to 10 s between polls.
        """

        async def fetch(request: RequestOptions, long_poll: int | None) -> Job:
            return await self.retrieve(job_id, **request)

        return await async_poll(
            self._client,
            fetch,
            status_field="state",
            terminal=("done", "error"),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            options=options,
        )


class JobsWithRawResponse:
    """``jobs`` methods that return the raw response."""

    def __init__(self, resource: Jobs) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncJobsWithRawResponse:
    """``jobs`` methods that return the raw response."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
