"""Operations on things."""

from __future__ import annotations

from functools import cached_property
from typing import Union, Unpack
from typing import cast as _cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._downloads import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_request_binary,
    request_binary,
)
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.receipt import Receipt
from ..models.thing import Thing

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

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> Thing | Receipt:
        """POST /things"""
        return _cast(
            "Thing | Receipt",
            self._client.request(
                "post",
                "/things",
                cast_to=Union[Thing, Receipt],
                options=options,
            ),
        )

    def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /things/{id}"""
        self._client.request(
            "delete",
            "/things/{id}",
            path_params={
                "id": id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def export(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BinaryResponse:
        """GET /things/{id}/export"""
        return request_binary(
            self._client,
            "get",
            "/things/{id}/export",
            path_params={
                "id": id,
            },
            accept="*/*",
            options=options,
        )

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Thing | None:
        """GET /things/{id}"""
        return _cast(
            "Thing | None",
            self._client.request(
                "get",
                "/things/{id}",
                path_params={
                    "id": id,
                },
                cast_to=Union[Thing, None],
                options=options,
            ),
        )

    def get_thing_image(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> BinaryResponse:
        """GET /things/{id}/image"""
        return request_binary(
            self._client,
            "get",
            "/things/{id}/image",
            path_params={
                "id": id,
            },
            accept="image/png",
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

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> Thing | Receipt:
        """POST /things"""
        return _cast(
            "Thing | Receipt",
            await self._client.request(
                "post",
                "/things",
                cast_to=Union[Thing, Receipt],
                options=options,
            ),
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /things/{id}"""
        await self._client.request(
            "delete",
            "/things/{id}",
            path_params={
                "id": id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def export(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AsyncBinaryResponse:
        """GET /things/{id}/export"""
        return await async_request_binary(
            self._client,
            "get",
            "/things/{id}/export",
            path_params={
                "id": id,
            },
            accept="*/*",
            options=options,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Thing | None:
        """GET /things/{id}"""
        return _cast(
            "Thing | None",
            await self._client.request(
                "get",
                "/things/{id}",
                path_params={
                    "id": id,
                },
                cast_to=Union[Thing, None],
                options=options,
            ),
        )

    async def get_thing_image(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> AsyncBinaryResponse:
        """GET /things/{id}/image"""
        return await async_request_binary(
            self._client,
            "get",
            "/things/{id}/image",
            path_params={
                "id": id,
            },
            accept="image/png",
            options=options,
        )


class ThingsWithRawResponse:
    """``things`` methods that return the raw response."""

    def __init__(self, resource: Things) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.export = to_raw_response_wrapper(resource.export)
        self.get = to_raw_response_wrapper(resource.get)
        self.get_thing_image = to_raw_response_wrapper(resource.get_thing_image)


class AsyncThingsWithRawResponse:
    """``things`` methods that return the raw response."""

    def __init__(self, resource: AsyncThings) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.export = async_to_raw_response_wrapper(resource.export)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.get_thing_image = async_to_raw_response_wrapper(resource.get_thing_image)
