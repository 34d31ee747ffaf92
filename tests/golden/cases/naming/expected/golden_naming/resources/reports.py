"""Operations on reports."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.class_ import Class

__all__ = [
    "Reports",
    "AsyncReports",
]


class Reports:
    """Operations on reports."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ReportsWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> Class:
        """GET /v1/reports"""
        return self._client.request(
            "get",
            "/v1/reports",
            cast_to=Class,
            options=options,
        )


class AsyncReports:
    """Operations on reports."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncReportsWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> Class:
        """GET /v1/reports"""
        return await self._client.request(
            "get",
            "/v1/reports",
            cast_to=Class,
            options=options,
        )


class ReportsWithRawResponse:
    """``reports`` methods that return the raw response."""

    def __init__(self, resource: Reports) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncReportsWithRawResponse:
    """``reports`` methods that return the raw response."""

    def __init__(self, resource: AsyncReports) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
