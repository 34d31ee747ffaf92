"""Operations on private."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.me_response import MeResponse

__all__ = [
    "Private",
    "AsyncPrivate",
]


class Private:
    """Operations on private."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PrivateWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return PrivateWithRawResponse(self)

    def me(
        self,
        **options: Unpack[RequestOptions],
    ) -> MeResponse:
        """GET /private/me"""
        return self._client.request(
            "get",
            "/private/me",
            security=(("apiKeyHeader",),),
            cast_to=MeResponse,
            options=options,
        )

    def optional_auth(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /private/optional"""
        self._client.request(
            "get",
            "/private/optional",
            kind="empty",
            security=((), ("apiKeyHeader",)),
            cast_to=type(None),
            options=options,
        )


class AsyncPrivate:
    """Operations on private."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPrivateWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncPrivateWithRawResponse(self)

    async def me(
        self,
        **options: Unpack[RequestOptions],
    ) -> MeResponse:
        """GET /private/me"""
        return await self._client.request(
            "get",
            "/private/me",
            security=(("apiKeyHeader",),),
            cast_to=MeResponse,
            options=options,
        )

    async def optional_auth(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /private/optional"""
        await self._client.request(
            "get",
            "/private/optional",
            kind="empty",
            security=((), ("apiKeyHeader",)),
            cast_to=type(None),
            options=options,
        )


class PrivateWithRawResponse:
    """``private`` methods that return the raw response."""

    def __init__(self, resource: Private) -> None:
        self.me = to_raw_response_wrapper(resource.me)
        self.optional_auth = to_raw_response_wrapper(resource.optional_auth)


class AsyncPrivateWithRawResponse:
    """``private`` methods that return the raw response."""

    def __init__(self, resource: AsyncPrivate) -> None:
        self.me = async_to_raw_response_wrapper(resource.me)
        self.optional_auth = async_to_raw_response_wrapper(resource.optional_auth)
