"""Operations on a."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

__all__ = [
    "A",
    "AsyncA",
]


class A:
    """Operations on a."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AWithRawResponse(self)

    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /a"""
        self._client.request(
            "get",
            "/a",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class AsyncA:
    """Operations on a."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncAWithRawResponse(self)

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /a"""
        await self._client.request(
            "get",
            "/a",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class AWithRawResponse:
    """``a`` methods that return the raw response."""

    def __init__(self, resource: A) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAWithRawResponse:
    """``a`` methods that return the raw response."""

    def __init__(self, resource: AsyncA) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
