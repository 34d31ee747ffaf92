"""Copy remote files (URLs, share links, YouTube) into Framelane storage."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._polling import async_poll, poll
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, PollOptions, RequestOptions, Timeout
from ..models.import_ import Import

__all__ = [
    "Imports",
    "AsyncImports",
]


class Imports:
    """Copy remote files (URLs, share links, YouTube) into Framelane storage."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImportsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ImportsWithRawResponse(self)

    def create(
        self,
        *,
        url: str,
        filename: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Import remote media.

        Starts copying a remote file (public URL, Dropbox or Google Drive share link,
        YouTube URL) into Framelane storage and answers at once with the import in
        `processing`. Poll `GET /v1/imports/{import_id}` or wait for the `asset.ready`
        event.

        Args:
            url: Where to fetch the file from: a public URL, a Dropbox or Google Drive
                share link, or a YouTube URL. Constraints: 1 to 2083 characters, format
                uri.
            filename: File name hinting the extension when the URL has none.
        """
        return self._client.request(
            "post",
            "/v1/imports",
            body={
                "url": url,
                "filename": filename,
            },
            security=(("bearerAuth",),),
            cast_to=Import,
            options=options,
        )

    def retrieve(
        self,
        import_id: str,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Get an import.

        Returns an import with its status; once `ready`, `source_url` can be used in
        renders and tasks.

        Args:
            import_id: Id of the import (`import_...`).
        """
        return self._client.request(
            "get",
            "/v1/imports/{import_id}",
            path_params={
                "import_id": import_id,
            },
            security=(("bearerAuth",),),
            cast_to=Import,
            options=options,
        )

    def wait(
        self,
        import_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **options: Unpack[PollOptions],
    ) -> Import:
        """Poll until the status is ready, failed; return the last state.

        ``timeout`` is the whole wait, in seconds: past it, ``WaitTimeoutError`` is
        raised, carrying the last state seen. Each poll is an HTTP request with its own
        timeout, ``request_timeout`` (the client's by default), and the other
        ``options`` of a request. Polls start every ``poll_interval`` seconds, backing
        off up to 10 s between polls.
        """

        def fetch(request: RequestOptions, long_poll: int | None) -> Import:
            return self.retrieve(import_id, **request)

        return poll(
            self._client,
            fetch,
            status_field="status",
            terminal=("ready", "failed"),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            options=options,
        )


class AsyncImports:
    """Copy remote files (URLs, share links, YouTube) into Framelane storage."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImportsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncImportsWithRawResponse(self)

    async def create(
        self,
        *,
        url: str,
        filename: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Import remote media.

        Starts copying a remote file (public URL, Dropbox or Google Drive share link,
        YouTube URL) into Framelane storage and answers at once with the import in
        `processing`. Poll `GET /v1/imports/{import_id}` or wait for the `asset.ready`
        event.

        Args:
            url: Where to fetch the file from: a public URL, a Dropbox or Google Drive
                share link, or a YouTube URL. Constraints: 1 to 2083 characters, format
                uri.
            filename: File name hinting the extension when the URL has none.
        """
        return await self._client.request(
            "post",
            "/v1/imports",
            body={
                "url": url,
                "filename": filename,
            },
            security=(("bearerAuth",),),
            cast_to=Import,
            options=options,
        )

    async def retrieve(
        self,
        import_id: str,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Get an import.

        Returns an import with its status; once `ready`, `source_url` can be used in
        renders and tasks.

        Args:
            import_id: Id of the import (`import_...`).
        """
        return await self._client.request(
            "get",
            "/v1/imports/{import_id}",
            path_params={
                "import_id": import_id,
            },
            security=(("bearerAuth",),),
            cast_to=Import,
            options=options,
        )

    async def wait(
        self,
        import_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        request_timeout: Timeout | NotGiven = NOT_GIVEN,
        **options: Unpack[PollOptions],
    ) -> Import:
        """Poll until the status is ready, failed; return the last state.

        ``timeout`` is the whole wait, in seconds: past it, ``WaitTimeoutError`` is
        raised, carrying the last state seen. Each poll is an HTTP request with its own
        timeout, ``request_timeout`` (the client's by default), and the other
        ``options`` of a request. Polls start every ``poll_interval`` seconds, backing
        off up to 10 s between polls.
        """

        async def fetch(request: RequestOptions, long_poll: int | None) -> Import:
            return await self.retrieve(import_id, **request)

        return await async_poll(
            self._client,
            fetch,
            status_field="status",
            terminal=("ready", "failed"),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            options=options,
        )


class ImportsWithRawResponse:
    """``imports`` methods that return the raw response."""

    def __init__(self, resource: Imports) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncImportsWithRawResponse:
    """``imports`` methods that return the raw response."""

    def __init__(self, resource: AsyncImports) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
