"""Operations on email_identities."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

__all__ = [
    "EmailIdentities",
    "AsyncEmailIdentities",
]


class EmailIdentities:
    """Operations on email_identities."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EmailIdentitiesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return EmailIdentitiesWithRawResponse(self)

    def list_b(
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


class AsyncEmailIdentities:
    """Operations on email_identities."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEmailIdentitiesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncEmailIdentitiesWithRawResponse(self)

    async def list_b(
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


class EmailIdentitiesWithRawResponse:
    """``email_identities`` methods that return the raw response."""

    def __init__(self, resource: EmailIdentities) -> None:
        self.list_b = to_raw_response_wrapper(resource.list_b)


class AsyncEmailIdentitiesWithRawResponse:
    """``email_identities`` methods that return the raw response."""

    def __init__(self, resource: AsyncEmailIdentities) -> None:
        self.list_b = async_to_raw_response_wrapper(resource.list_b)
