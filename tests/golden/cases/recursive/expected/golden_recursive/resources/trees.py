"""Operations on trees."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.node import Node

__all__ = [
    "Trees",
    "AsyncTrees",
]


class Trees:
    """Operations on trees."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TreesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return TreesWithRawResponse(self)

    def get(
        self,
        tree_id: str,
        **options: Unpack[RequestOptions],
    ) -> Node:
        """GET /trees/{tree_id}"""
        return self._client.request(
            "get",
            "/trees/{tree_id}",
            path_params={
                "tree_id": tree_id,
            },
            cast_to=Node,
            options=options,
        )


class AsyncTrees:
    """Operations on trees."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTreesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncTreesWithRawResponse(self)

    async def get(
        self,
        tree_id: str,
        **options: Unpack[RequestOptions],
    ) -> Node:
        """GET /trees/{tree_id}"""
        return await self._client.request(
            "get",
            "/trees/{tree_id}",
            path_params={
                "tree_id": tree_id,
            },
            cast_to=Node,
            options=options,
        )


class TreesWithRawResponse:
    """``trees`` methods that return the raw response."""

    def __init__(self, resource: Trees) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTreesWithRawResponse:
    """``trees`` methods that return the raw response."""

    def __init__(self, resource: AsyncTrees) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
