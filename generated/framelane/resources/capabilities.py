"""What renders and tasks can use right now."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack
from typing import cast as _cast

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.capabilities import Capabilities

__all__ = [
    "CapabilitiesResource",
    "AsyncCapabilitiesResource",
]


class CapabilitiesResource:
    """What renders and tasks can use right now."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CapabilitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return CapabilitiesResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> Capabilities:
        """List render and task capabilities.

        Returns the catalogue of what can be used right now (effects, motions,
        transitions, formats, element types, task options, numeric ranges, limits, rate
        limits). Public: no API key needed. Check requests against it to avoid 422s.
        """
        return _cast(
            "Capabilities",
            self._client.request(
                "get",
                "/v1/capabilities",
                cast_to=Capabilities,
                options=options,
            ),
        )


class AsyncCapabilitiesResource:
    """What renders and tasks can use right now."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCapabilitiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncCapabilitiesResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> Capabilities:
        """List render and task capabilities.

        Returns the catalogue of what can be used right now (effects, motions,
        transitions, formats, element types, task options, numeric ranges, limits, rate
        limits). Public: no API key needed. Check requests against it to avoid 422s.
        """
        return _cast(
            "Capabilities",
            await self._client.request(
                "get",
                "/v1/capabilities",
                cast_to=Capabilities,
                options=options,
            ),
        )


class CapabilitiesResourceWithRawResponse:
    """``capabilities`` methods that return the raw response."""

    def __init__(self, resource: CapabilitiesResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncCapabilitiesResourceWithRawResponse:
    """``capabilities`` methods that return the raw response."""

    def __init__(self, resource: AsyncCapabilitiesResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
