"""Operations on things."""

from __future__ import annotations

import builtins as _builtins
import datetime
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "Things",
    "AsyncThings",
]


class Things:
    """Operations on things."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ThingsWithRawResponse(self)

    def dict(
        self,
        id: _builtins.str,
        **options: Unpack[RequestOptions],
    ) -> _builtins.str:
        """PUT /things/{id}"""
        return self._client.request(
            "put",
            "/things/{id}",
            path_params={
                "id": id,
            },
            accept="text/plain",
            kind="text",
            cast_to=str,
            options=options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[_builtins.str]:
        """GET /things"""
        return self._client.request(
            "get",
            "/things",
            cast_to=_builtins.list[str],
            options=options,
        )

    def retrieve(
        self,
        id: _builtins.str,
        **options: Unpack[RequestOptions],
    ) -> _builtins.dict[_builtins.str, _builtins.str]:
        """GET /things/{id}"""
        return self._client.request(
            "get",
            "/things/{id}",
            path_params={
                "id": id,
            },
            cast_to=dict[str, str],
            options=options,
        )

    def str(
        self,
        *,
        type: _builtins.str | NotGiven = NOT_GIVEN,
        list: int | NotGiven = NOT_GIVEN,
        datetime: datetime.datetime | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /things"""
        self._client.request(
            "post",
            "/things",
            body={
                "type": type,
                "list": list,
                "datetime": datetime,
            },
            kind="empty",
            cast_to=_builtins.type(None),
            options=options,
        )


class AsyncThings:
    """Operations on things."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncThingsWithRawResponse(self)

    async def dict(
        self,
        id: _builtins.str,
        **options: Unpack[RequestOptions],
    ) -> _builtins.str:
        """PUT /things/{id}"""
        return await self._client.request(
            "put",
            "/things/{id}",
            path_params={
                "id": id,
            },
            accept="text/plain",
            kind="text",
            cast_to=str,
            options=options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[_builtins.str]:
        """GET /things"""
        return await self._client.request(
            "get",
            "/things",
            cast_to=_builtins.list[str],
            options=options,
        )

    async def retrieve(
        self,
        id: _builtins.str,
        **options: Unpack[RequestOptions],
    ) -> _builtins.dict[_builtins.str, _builtins.str]:
        """GET /things/{id}"""
        return await self._client.request(
            "get",
            "/things/{id}",
            path_params={
                "id": id,
            },
            cast_to=dict[str, str],
            options=options,
        )

    async def str(
        self,
        *,
        type: _builtins.str | NotGiven = NOT_GIVEN,
        list: int | NotGiven = NOT_GIVEN,
        datetime: datetime.datetime | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /things"""
        await self._client.request(
            "post",
            "/things",
            body={
                "type": type,
                "list": list,
                "datetime": datetime,
            },
            kind="empty",
            cast_to=_builtins.type(None),
            options=options,
        )


class ThingsWithRawResponse:
    """``things`` methods that return the raw response."""

    def __init__(self, resource: Things) -> None:
        self.dict = to_raw_response_wrapper(resource.dict)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.str = to_raw_response_wrapper(resource.str)


class AsyncThingsWithRawResponse:
    """``things`` methods that return the raw response."""

    def __init__(self, resource: AsyncThings) -> None:
        self.dict = async_to_raw_response_wrapper(resource.dict)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.str = async_to_raw_response_wrapper(resource.str)
