"""Operations on scenes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal, Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.headers import Headers
from ..models.node import Node
from ..models.priority import Priority
from ..models.scene import Scene
from ..params.headers import HeadersParam
from ..params.layer import LayerParam
from ..params.node import NodeParam

__all__ = [
    "Scenes",
    "AsyncScenes",
]


class Scenes:
    """Operations on scenes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ScenesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ScenesWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        root: Node | NodeParam,
        layers: Sequence[LayerParam] | NotGiven = NOT_GIVEN,
        headers: Headers | HeadersParam | NotGiven = NOT_GIVEN,
        priority: Priority | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Scene:
        """POST /scenes

        Args:
            root: A tree of nodes (recursive).
            headers: Wire names that are not Python names, in the functional syntax.
        """
        return self._client.request(
            "post",
            "/scenes",
            body={
                "name": name,
                "root": root,
                "layers": layers,
                "headers": headers,
                "priority": priority,
            },
            cast_to=Scene,
            options=options,
        )

    def replace_layers(
        self,
        scene_id: str,
        *,
        body: Sequence[LayerParam],
        **options: Unpack[RequestOptions],
    ) -> None:
        """PUT /scenes/{scene_id}/layers"""
        self._client.request(
            "put",
            "/scenes/{scene_id}/layers",
            path_params={
                "scene_id": scene_id,
            },
            body=body,
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class AsyncScenes:
    """Operations on scenes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncScenesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncScenesWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        root: Node | NodeParam,
        layers: Sequence[LayerParam] | NotGiven = NOT_GIVEN,
        headers: Headers | HeadersParam | NotGiven = NOT_GIVEN,
        priority: Priority | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Scene:
        """POST /scenes

        Args:
            root: A tree of nodes (recursive).
            headers: Wire names that are not Python names, in the functional syntax.
        """
        return await self._client.request(
            "post",
            "/scenes",
            body={
                "name": name,
                "root": root,
                "layers": layers,
                "headers": headers,
                "priority": priority,
            },
            cast_to=Scene,
            options=options,
        )

    async def replace_layers(
        self,
        scene_id: str,
        *,
        body: Sequence[LayerParam],
        **options: Unpack[RequestOptions],
    ) -> None:
        """PUT /scenes/{scene_id}/layers"""
        await self._client.request(
            "put",
            "/scenes/{scene_id}/layers",
            path_params={
                "scene_id": scene_id,
            },
            body=body,
            kind="empty",
            cast_to=type(None),
            options=options,
        )


class ScenesWithRawResponse:
    """``scenes`` methods that return the raw response."""

    def __init__(self, resource: Scenes) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.replace_layers = to_raw_response_wrapper(resource.replace_layers)


class AsyncScenesWithRawResponse:
    """``scenes`` methods that return the raw response."""

    def __init__(self, resource: AsyncScenes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.replace_layers = async_to_raw_response_wrapper(resource.replace_layers)
