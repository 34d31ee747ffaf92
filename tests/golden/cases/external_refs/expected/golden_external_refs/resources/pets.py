"""Operations on pets."""

from __future__ import annotations

import builtins as _builtins
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.schemas_pet import SchemasPet

__all__ = [
    "Pets",
    "AsyncPets",
]


class Pets:
    """Operations on pets."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return PetsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[SchemasPet]:
        """GET /pets

        Args:
            limit: Constraints: value <= 50.
        """
        return self._client.request(
            "get",
            "/pets",
            query={
                "limit": limit,
            },
            cast_to=list[SchemasPet],
            options=options,
        )


class AsyncPets:
    """Operations on pets."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncPetsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> _builtins.list[SchemasPet]:
        """GET /pets

        Args:
            limit: Constraints: value <= 50.
        """
        return await self._client.request(
            "get",
            "/pets",
            query={
                "limit": limit,
            },
            cast_to=list[SchemasPet],
            options=options,
        )


class PetsWithRawResponse:
    """``pets`` methods that return the raw response."""

    def __init__(self, resource: Pets) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPetsWithRawResponse:
    """``pets`` methods that return the raw response."""

    def __init__(self, resource: AsyncPets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
