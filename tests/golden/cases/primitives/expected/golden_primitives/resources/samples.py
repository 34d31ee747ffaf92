"""Operations on samples."""

from __future__ import annotations

import uuid
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.sample import Sample

__all__ = [
    "Samples",
    "AsyncSamples",
]


class Samples:
    """Operations on samples."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SamplesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return SamplesWithRawResponse(self)

    def get(
        self,
        sample_id: uuid.UUID,
        **options: Unpack[RequestOptions],
    ) -> Sample:
        """GET /samples/{sample_id}"""
        return self._client.request(
            "get",
            "/samples/{sample_id}",
            path_params={
                "sample_id": sample_id,
            },
            cast_to=Sample,
            options=options,
        )


class AsyncSamples:
    """Operations on samples."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSamplesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncSamplesWithRawResponse(self)

    async def get(
        self,
        sample_id: uuid.UUID,
        **options: Unpack[RequestOptions],
    ) -> Sample:
        """GET /samples/{sample_id}"""
        return await self._client.request(
            "get",
            "/samples/{sample_id}",
            path_params={
                "sample_id": sample_id,
            },
            cast_to=Sample,
            options=options,
        )


class SamplesWithRawResponse:
    """``samples`` methods that return the raw response."""

    def __init__(self, resource: Samples) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncSamplesWithRawResponse:
    """``samples`` methods that return the raw response."""

    def __init__(self, resource: AsyncSamples) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
