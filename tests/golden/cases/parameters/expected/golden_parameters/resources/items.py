"""Operations on items."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._encoding import Style
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.update_item_filter import UpdateItemFilter
from ..models.update_item_response import UpdateItemResponse
from ..params.update_item_filter import UpdateItemFilterParam

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

    def update(
        self,
        org: str,
        id: int,
        *,
        limit: int,
        ids: Sequence[int] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: UpdateItemFilter | UpdateItemFilterParam | NotGiven = NOT_GIVEN,
        pipes: Sequence[str] | NotGiven = NOT_GIVEN,
        since: datetime.datetime | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        self_: bool | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        body_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        options_: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UpdateItemResponse:
        """PATCH /orgs/{org}/items/{id}

        Args:
            org: The organisation.
            limit: Constraints: 1 <= value.
            body_id: Collides with the path parameter.
        """
        return self._client.request(
            "patch",
            "/orgs/{org}/items/{id}",
            path_params={
                "org": org,
                "id": id,
            },
            query={
                "ids": ids,
                "tags": tags,
                "filter": filter,
                "pipes": pipes,
                "since": since,
                "limit": limit,
                "self": self_,
                "timeout": timeout_,
            },
            query_styles={
                "ids": Style("form", explode=False),
                "filter": Style("deepObject", explode=True),
                "pipes": Style("pipeDelimited", explode=False),
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
            cookies={
                "session": session,
            },
            body={
                "id": body_id,
                "name": name,
                "options": options_,
            },
            body_required=False,
            idempotency_key=idempotency_key,
            cast_to=UpdateItemResponse,
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

    async def update(
        self,
        org: str,
        id: int,
        *,
        limit: int,
        ids: Sequence[int] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: UpdateItemFilter | UpdateItemFilterParam | NotGiven = NOT_GIVEN,
        pipes: Sequence[str] | NotGiven = NOT_GIVEN,
        since: datetime.datetime | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        self_: bool | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        body_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        options_: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UpdateItemResponse:
        """PATCH /orgs/{org}/items/{id}

        Args:
            org: The organisation.
            limit: Constraints: 1 <= value.
            body_id: Collides with the path parameter.
        """
        return await self._client.request(
            "patch",
            "/orgs/{org}/items/{id}",
            path_params={
                "org": org,
                "id": id,
            },
            query={
                "ids": ids,
                "tags": tags,
                "filter": filter,
                "pipes": pipes,
                "since": since,
                "limit": limit,
                "self": self_,
                "timeout": timeout_,
            },
            query_styles={
                "ids": Style("form", explode=False),
                "filter": Style("deepObject", explode=True),
                "pipes": Style("pipeDelimited", explode=False),
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
            cookies={
                "session": session,
            },
            body={
                "id": body_id,
                "name": name,
                "options": options_,
            },
            body_required=False,
            idempotency_key=idempotency_key,
            cast_to=UpdateItemResponse,
            options=options,
        )


class ItemsWithRawResponse:
    """``items`` methods that return the raw response."""

    def __init__(self, resource: Items) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncItemsWithRawResponse:
    """``items`` methods that return the raw response."""

    def __init__(self, resource: AsyncItems) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)
