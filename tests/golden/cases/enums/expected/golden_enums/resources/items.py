"""Operations on items."""

from __future__ import annotations

import builtins as _builtins
from functools import cached_property
from typing import Literal, Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.item import Item
from ..models.list_items_level import ListItemsLevel
from ..models.sort_order import SortOrder

__all__ = [
    "Items",
    "AsyncItems",
]


class Items:
    """Operations on items."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ItemsWithRawResponse(self)

    def list(
        self,
        *,
        order: SortOrder | Literal["ASC", "asc", "DESC", "desc"] | NotGiven = NOT_GIVEN,
        level: ListItemsLevel | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[Item]:
        """GET /items

        Args:
            order: Values that collide once named.
        """
        return self._client.request(
            "get",
            "/items",
            query={
                "order": order,
                "level": level,
            },
            cast_to=list[Item],
            options=options,
        )


class AsyncItems:
    """Operations on items."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncItemsWithRawResponse(self)

    async def list(
        self,
        *,
        order: SortOrder | Literal["ASC", "asc", "DESC", "desc"] | NotGiven = NOT_GIVEN,
        level: ListItemsLevel | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[Item]:
        """GET /items

        Args:
            order: Values that collide once named.
        """
        return await self._client.request(
            "get",
            "/items",
            query={
                "order": order,
                "level": level,
            },
            cast_to=list[Item],
            options=options,
        )


class ItemsWithRawResponse:
    """``items`` methods that return the raw response."""

    def __init__(self, resource: Items) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncItemsWithRawResponse:
    """``items`` methods that return the raw response."""

    def __init__(self, resource: AsyncItems) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
