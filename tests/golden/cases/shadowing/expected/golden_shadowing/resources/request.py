"""Operations on request_."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

__all__ = [
    "Request",
    "AsyncRequest",
]


class Request:
    """Operations on request_."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RequestWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return RequestWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /request"""
        self._client.request(
            "get",
            "/request",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class AsyncRequest:
    """Operations on request_."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRequestWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncRequestWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /request"""
        await self._client.request(
            "get",
            "/request",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class RequestWithRawResponse:
    """``request_`` methods that return the raw response."""

    def __init__(self, resource: Request) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncRequestWithRawResponse:
    """``request_`` methods that return the raw response."""

    def __init__(self, resource: AsyncRequest) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
