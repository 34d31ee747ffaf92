"""Operations on bags."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.bag import Bag
from ..models.bag_entries_item import BagEntriesItem
from ..models.bag_extra_typed import BagExtraTyped
from ..models.bag_lookup_value import BagLookupValue
from ..models.counts import Counts
from ..models.tags import Tags
from ..params.bag_entries_item import BagEntriesItemParam
from ..params.bag_lookup_value import BagLookupValueParam

__all__ = [
    "Bags",
    "AsyncBags",
]


class Bags:
    """Operations on bags."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BagsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return BagsWithRawResponse(self)

    def create(
        self,
        *,
        tags: Tags | NotGiven = NOT_GIVEN,
        counts: Counts | NotGiven = NOT_GIVEN,
        matrix: Sequence[Sequence[float]] | NotGiven = NOT_GIVEN,
        free_form: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        open_map: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        entries: Sequence[BagEntriesItem | BagEntriesItemParam] | NotGiven = NOT_GIVEN,
        lookup: (
            Mapping[str, BagLookupValue | BagLookupValueParam] | NotGiven
        ) = NOT_GIVEN,
        extra_typed: BagExtraTyped | dict[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Bag:
        """POST /bags"""
        return self._client.request(
            "post",
            "/bags",
            body={
                "tags": tags,
                "counts": counts,
                "matrix": matrix,
                "free_form": free_form,
                "open_map": open_map,
                "entries": entries,
                "lookup": lookup,
                "extra_typed": extra_typed,
            },
            cast_to=Bag,
            options=options,
        )


class AsyncBags:
    """Operations on bags."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBagsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncBagsWithRawResponse(self)

    async def create(
        self,
        *,
        tags: Tags | NotGiven = NOT_GIVEN,
        counts: Counts | NotGiven = NOT_GIVEN,
        matrix: Sequence[Sequence[float]] | NotGiven = NOT_GIVEN,
        free_form: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        open_map: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        entries: Sequence[BagEntriesItem | BagEntriesItemParam] | NotGiven = NOT_GIVEN,
        lookup: (
            Mapping[str, BagLookupValue | BagLookupValueParam] | NotGiven
        ) = NOT_GIVEN,
        extra_typed: BagExtraTyped | dict[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Bag:
        """POST /bags"""
        return await self._client.request(
            "post",
            "/bags",
            body={
                "tags": tags,
                "counts": counts,
                "matrix": matrix,
                "free_form": free_form,
                "open_map": open_map,
                "entries": entries,
                "lookup": lookup,
                "extra_typed": extra_typed,
            },
            cast_to=Bag,
            options=options,
        )


class BagsWithRawResponse:
    """``bags`` methods that return the raw response."""

    def __init__(self, resource: Bags) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncBagsWithRawResponse:
    """``bags`` methods that return the raw response."""

    def __init__(self, resource: AsyncBags) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
