"""Operations on enclosures."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.enclosure import Enclosure
from ..models.itself import Itself
from ..models.outline import Outline
from ..models.position import Position
from ..params.animal_union import AnimalUnionParam
from ..params.position import PositionParam
from ..params.shape import ShapeParam

__all__ = [
    "Enclosures",
    "AsyncEnclosures",
]


class Enclosures:
    """Operations on enclosures."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EnclosuresWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return EnclosuresWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        keeper_code: str,
        residents: Sequence[AnimalUnionParam] | NotGiven = NOT_GIVEN,
        position: Position | PositionParam | None | NotGiven = NOT_GIVEN,
        shape: ShapeParam | NotGiven = NOT_GIVEN,
        corners: tuple[float, float] | tuple[float] | tuple[()] | NotGiven = NOT_GIVEN,
        labelled: Sequence[str | int | bool] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        opened: datetime.date | NotGiven = NOT_GIVEN,
        feeding: datetime.time | NotGiven = NOT_GIVEN,
        outline: Outline | NotGiven = NOT_GIVEN,
        alias: Itself | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Enclosure:
        """POST /enclosures

        Args:
            position: Nullable, with properties.
            temperature: Constraints: one of 18.5, 21.5.
            outline: A tree of headings.
            alias: A union that lists itself.
        """
        return self._client.request(
            "post",
            "/enclosures",
            body={
                "name": name,
                "keeper_code": keeper_code,
                "residents": residents,
                "position": position,
                "shape": shape,
                "corners": corners,
                "labelled": labelled,
                "temperature": temperature,
                "opened": opened,
                "feeding": feeding,
                "outline": outline,
                "alias": alias,
            },
            cast_to=Enclosure,
            options=options,
        )


class AsyncEnclosures:
    """Operations on enclosures."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEnclosuresWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncEnclosuresWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        keeper_code: str,
        residents: Sequence[AnimalUnionParam] | NotGiven = NOT_GIVEN,
        position: Position | PositionParam | None | NotGiven = NOT_GIVEN,
        shape: ShapeParam | NotGiven = NOT_GIVEN,
        corners: tuple[float, float] | tuple[float] | tuple[()] | NotGiven = NOT_GIVEN,
        labelled: Sequence[str | int | bool] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        opened: datetime.date | NotGiven = NOT_GIVEN,
        feeding: datetime.time | NotGiven = NOT_GIVEN,
        outline: Outline | NotGiven = NOT_GIVEN,
        alias: Itself | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Enclosure:
        """POST /enclosures

        Args:
            position: Nullable, with properties.
            temperature: Constraints: one of 18.5, 21.5.
            outline: A tree of headings.
            alias: A union that lists itself.
        """
        return await self._client.request(
            "post",
            "/enclosures",
            body={
                "name": name,
                "keeper_code": keeper_code,
                "residents": residents,
                "position": position,
                "shape": shape,
                "corners": corners,
                "labelled": labelled,
                "temperature": temperature,
                "opened": opened,
                "feeding": feeding,
                "outline": outline,
                "alias": alias,
            },
            cast_to=Enclosure,
            options=options,
        )


class EnclosuresWithRawResponse:
    """``enclosures`` methods that return the raw response."""

    def __init__(self, resource: Enclosures) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEnclosuresWithRawResponse:
    """``enclosures`` methods that return the raw response."""

    def __init__(self, resource: AsyncEnclosures) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
