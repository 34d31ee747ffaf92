"""Operations on records."""

from __future__ import annotations

import builtins as _builtins
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.record import Record

__all__ = [
    "Records",
    "AsyncRecords",
]


class Records:
    """Operations on records."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecordsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return RecordsWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[Record]:
        """GET /records"""
        return self._client.request(
            "get",
            "/records",
            cast_to=list[Record],
            options=options,
        )


class AsyncRecords:
    """Operations on records."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecordsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncRecordsWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[Record]:
        """GET /records"""
        return await self._client.request(
            "get",
            "/records",
            cast_to=list[Record],
            options=options,
        )


class RecordsWithRawResponse:
    """``records`` methods that return the raw response."""

    def __init__(self, resource: Records) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncRecordsWithRawResponse:
    """``records`` methods that return the raw response."""

    def __init__(self, resource: AsyncRecords) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
