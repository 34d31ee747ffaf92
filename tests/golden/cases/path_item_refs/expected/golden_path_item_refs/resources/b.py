"""Operations on b."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

__all__ = [
    "B",
    "AsyncB",
]


class B:
    """Operations on b."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return BWithRawResponse(self)

    def get_a(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /b"""
        self._client.request(
            "get",
            "/b",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class AsyncB:
    """Operations on b."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncBWithRawResponse(self)

    async def get_a(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /b"""
        await self._client.request(
            "get",
            "/b",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class BWithRawResponse:
    """``b`` methods that return the raw response."""

    def __init__(self, resource: B) -> None:
        self.get_a = to_raw_response_wrapper(resource.get_a)


class AsyncBWithRawResponse:
    """``b`` methods that return the raw response."""

    def __init__(self, resource: AsyncB) -> None:
        self.get_a = async_to_raw_response_wrapper(resource.get_a)
