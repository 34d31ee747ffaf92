"""Operations on shapes."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack
from typing import cast as _cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.shape import Shape
from ..params.shape import ShapeParam

__all__ = [
    "Shapes",
    "AsyncShapes",
]


class Shapes:
    """Operations on shapes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ShapesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ShapesWithRawResponse(self)

    def create(
        self,
        *,
        body: ShapeParam,
        **options: Unpack[RequestOptions],
    ) -> Shape:
        """POST /shapes"""
        return _cast(
            "Shape",
            self._client.request(
                "post",
                "/shapes",
                body=body,
                cast_to=Shape,
                options=options,
            ),
        )


class AsyncShapes:
    """Operations on shapes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncShapesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncShapesWithRawResponse(self)

    async def create(
        self,
        *,
        body: ShapeParam,
        **options: Unpack[RequestOptions],
    ) -> Shape:
        """POST /shapes"""
        return _cast(
            "Shape",
            await self._client.request(
                "post",
                "/shapes",
                body=body,
                cast_to=Shape,
                options=options,
            ),
        )


class ShapesWithRawResponse:
    """``shapes`` methods that return the raw response."""

    def __init__(self, resource: Shapes) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncShapesWithRawResponse:
    """``shapes`` methods that return the raw response."""

    def __init__(self, resource: AsyncShapes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
