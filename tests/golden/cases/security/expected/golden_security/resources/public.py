"""Operations on public."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.ping_response import PingResponse

__all__ = [
    "Public",
    "AsyncPublic",
]


class Public:
    """Operations on public."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PublicWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return PublicWithRawResponse(self)

    def ping(
        self,
        **options: Unpack[RequestOptions],
    ) -> PingResponse:
        """GET /public/ping"""
        return self._client.request(
            "get",
            "/public/ping",
            cast_to=PingResponse,
            options=options,
        )


class AsyncPublic:
    """Operations on public."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPublicWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncPublicWithRawResponse(self)

    async def ping(
        self,
        **options: Unpack[RequestOptions],
    ) -> PingResponse:
        """GET /public/ping"""
        return await self._client.request(
            "get",
            "/public/ping",
            cast_to=PingResponse,
            options=options,
        )


class PublicWithRawResponse:
    """``public`` methods that return the raw response."""

    def __init__(self, resource: Public) -> None:
        self.ping = to_raw_response_wrapper(resource.ping)


class AsyncPublicWithRawResponse:
    """``public`` methods that return the raw response."""

    def __init__(self, resource: AsyncPublic) -> None:
        self.ping = async_to_raw_response_wrapper(resource.ping)
