"""Operations on email_identities_2."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions

__all__ = [
    "EmailIdentities2",
    "AsyncEmailIdentities2",
]


class EmailIdentities2:
    """Operations on email_identities_2."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EmailIdentities2WithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return EmailIdentities2WithRawResponse(self)

    def list_a(
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


class AsyncEmailIdentities2:
    """Operations on email_identities_2."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEmailIdentities2WithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncEmailIdentities2WithRawResponse(self)

    async def list_a(
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


class EmailIdentities2WithRawResponse:
    """``email_identities_2`` methods that return the raw response."""

    def __init__(self, resource: EmailIdentities2) -> None:
        self.list_a = to_raw_response_wrapper(resource.list_a)


class AsyncEmailIdentities2WithRawResponse:
    """``email_identities_2`` methods that return the raw response."""

    def __init__(self, resource: AsyncEmailIdentities2) -> None:
        self.list_a = async_to_raw_response_wrapper(resource.list_a)
