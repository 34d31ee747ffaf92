"""Operations on animals."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack
from typing import cast as _cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.animal_union import AnimalUnion

__all__ = [
    "Animals",
    "AsyncAnimals",
]


class Animals:
    """Operations on animals."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnimalsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AnimalsWithRawResponse(self)

    def get(
        self,
        animal_id: str,
        **options: Unpack[RequestOptions],
    ) -> AnimalUnion:
        """GET /animals/{animal_id}"""
        return _cast(
            "AnimalUnion",
            self._client.request(
                "get",
                "/animals/{animal_id}",
                path_params={
                    "animal_id": animal_id,
                },
                cast_to=AnimalUnion,
                options=options,
            ),
        )


class AsyncAnimals:
    """Operations on animals."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnimalsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncAnimalsWithRawResponse(self)

    async def get(
        self,
        animal_id: str,
        **options: Unpack[RequestOptions],
    ) -> AnimalUnion:
        """GET /animals/{animal_id}"""
        return _cast(
            "AnimalUnion",
            await self._client.request(
                "get",
                "/animals/{animal_id}",
                path_params={
                    "animal_id": animal_id,
                },
                cast_to=AnimalUnion,
                options=options,
            ),
        )


class AnimalsWithRawResponse:
    """``animals`` methods that return the raw response."""

    def __init__(self, resource: Animals) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAnimalsWithRawResponse:
    """``animals`` methods that return the raw response."""

    def __init__(self, resource: AsyncAnimals) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
