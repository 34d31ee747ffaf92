"""Operations on meta."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack
from typing import cast as _cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.get_status_response import GetStatusResponse
from ..models.maybe_thing import MaybeThing

__all__ = [
    "Meta",
    "AsyncMeta",
]


class Meta:
    """Operations on meta."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MetaWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return MetaWithRawResponse(self)

    def get_count(
        self,
        **options: Unpack[RequestOptions],
    ) -> int:
        """GET /count"""
        return self._client.request(
            "get",
            "/count",
            cast_to=int,
            options=options,
        )

    def get_maybe(
        self,
        **options: Unpack[RequestOptions],
    ) -> MaybeThing:
        """GET /maybe"""
        return _cast(
            "MaybeThing",
            self._client.request(
                "get",
                "/maybe",
                cast_to=MaybeThing,
                options=options,
            ),
        )

    def get_status(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetStatusResponse:
        """GET /status"""
        return self._client.request(
            "get",
            "/status",
            cast_to=GetStatusResponse,
            options=options,
        )

    def get_version(
        self,
        **options: Unpack[RequestOptions],
    ) -> str:
        """GET /version"""
        return self._client.request(
            "get",
            "/version",
            accept="text/plain",
            kind="text",
            cast_to=str,
            options=options,
        )


class AsyncMeta:
    """Operations on meta."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetaWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncMetaWithRawResponse(self)

    async def get_count(
        self,
        **options: Unpack[RequestOptions],
    ) -> int:
        """GET /count"""
        return await self._client.request(
            "get",
            "/count",
            cast_to=int,
            options=options,
        )

    async def get_maybe(
        self,
        **options: Unpack[RequestOptions],
    ) -> MaybeThing:
        """GET /maybe"""
        return _cast(
            "MaybeThing",
            await self._client.request(
                "get",
                "/maybe",
                cast_to=MaybeThing,
                options=options,
            ),
        )

    async def get_status(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetStatusResponse:
        """GET /status"""
        return await self._client.request(
            "get",
            "/status",
            cast_to=GetStatusResponse,
            options=options,
        )

    async def get_version(
        self,
        **options: Unpack[RequestOptions],
    ) -> str:
        """GET /version"""
        return await self._client.request(
            "get",
            "/version",
            accept="text/plain",
            kind="text",
            cast_to=str,
            options=options,
        )


class MetaWithRawResponse:
    """``meta`` methods that return the raw response."""

    def __init__(self, resource: Meta) -> None:
        self.get_count = to_raw_response_wrapper(resource.get_count)
        self.get_maybe = to_raw_response_wrapper(resource.get_maybe)
        self.get_status = to_raw_response_wrapper(resource.get_status)
        self.get_version = to_raw_response_wrapper(resource.get_version)


class AsyncMetaWithRawResponse:
    """``meta`` methods that return the raw response."""

    def __init__(self, resource: AsyncMeta) -> None:
        self.get_count = async_to_raw_response_wrapper(resource.get_count)
        self.get_maybe = async_to_raw_response_wrapper(resource.get_maybe)
        self.get_status = async_to_raw_response_wrapper(resource.get_status)
        self.get_version = async_to_raw_response_wrapper(resource.get_version)
