"""Collides with a client method."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

__all__ = [
    "WithOptions",
    "AsyncWithOptions",
]


class WithOptions:
    """Collides with a client method."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WithOptionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return WithOptionsWithRawResponse(self)

    def get_options(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /v1/options"""
        self._client.request(
            "get",
            "/v1/options",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class AsyncWithOptions:
    """Collides with a client method."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWithOptionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncWithOptionsWithRawResponse(self)

    async def get_options(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /v1/options"""
        await self._client.request(
            "get",
            "/v1/options",
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class WithOptionsWithRawResponse:
    """``with_options_`` methods that return the raw response."""

    def __init__(self, resource: WithOptions) -> None:
        self.get_options = to_raw_response_wrapper(resource.get_options)


class AsyncWithOptionsWithRawResponse:
    """``with_options_`` methods that return the raw response."""

    def __init__(self, resource: AsyncWithOptions) -> None:
        self.get_options = async_to_raw_response_wrapper(resource.get_options)
