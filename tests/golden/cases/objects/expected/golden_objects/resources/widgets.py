"""Operations on widgets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.widget import Widget
from ..models.widget_settings import WidgetSettings
from ..params.widget_settings import WidgetSettingsParam

__all__ = [
    "Widgets",
    "AsyncWidgets",
]


class Widgets:
    """Operations on widgets."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return WidgetsWithRawResponse(self)

    def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        """GET /widgets/{id}"""
        return self._client.request(
            "get",
            "/widgets/{id}",
            path_params={
                "id": id,
            },
            cast_to=Widget,
            options=options,
        )

    def replace(
        self,
        id: str,
        *,
        display_name: str,
        class_: str,
        from_: str | NotGiven = NOT_GIVEN,
        str: str | NotGiven = NOT_GIVEN,
        json: str | NotGiven = NOT_GIVEN,
        model_config: str | NotGiven = NOT_GIVEN,
        init: str | NotGiven = NOT_GIVEN,
        param_2fa: bool | NotGiven = NOT_GIVEN,
        links_2: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        links: str | NotGiven = NOT_GIVEN,
        http_status_2: int | NotGiven = NOT_GIVEN,
        http_status: int | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        deprecated_field: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        settings: WidgetSettings | WidgetSettingsParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        """PUT /widgets/{id}

        Args:
            display_name: Shown to people.
            class_: A Python keyword.
            str: Shadows a builtin used in annotations.
            json: Shadows a pydantic method.
            settings: Nested inline object.
        """
        return self._client.request(
            "put",
            "/widgets/{id}",
            path_params={
                "id": id,
            },
            body={
                "displayName": display_name,
                "class": class_,
                "from": from_,
                "str": str,
                "json": json,
                "model_config": model_config,
                "__init__": init,
                "2fa": param_2fa,
                "_links": links_2,
                "links": links,
                "HTTPStatus": http_status_2,
                "http_status": http_status,
                "secret": secret,
                "nickname": nickname,
                "deprecated_field": deprecated_field,
                "tags": tags,
                "settings": settings,
            },
            cast_to=Widget,
            options=options,
        )


class AsyncWidgets:
    """Operations on widgets."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncWidgetsWithRawResponse(self)

    async def get(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        """GET /widgets/{id}"""
        return await self._client.request(
            "get",
            "/widgets/{id}",
            path_params={
                "id": id,
            },
            cast_to=Widget,
            options=options,
        )

    async def replace(
        self,
        id: str,
        *,
        display_name: str,
        class_: str,
        from_: str | NotGiven = NOT_GIVEN,
        str: str | NotGiven = NOT_GIVEN,
        json: str | NotGiven = NOT_GIVEN,
        model_config: str | NotGiven = NOT_GIVEN,
        init: str | NotGiven = NOT_GIVEN,
        param_2fa: bool | NotGiven = NOT_GIVEN,
        links_2: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        links: str | NotGiven = NOT_GIVEN,
        http_status_2: int | NotGiven = NOT_GIVEN,
        http_status: int | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        deprecated_field: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        settings: WidgetSettings | WidgetSettingsParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        """PUT /widgets/{id}

        Args:
            display_name: Shown to people.
            class_: A Python keyword.
            str: Shadows a builtin used in annotations.
            json: Shadows a pydantic method.
            settings: Nested inline object.
        """
        return await self._client.request(
            "put",
            "/widgets/{id}",
            path_params={
                "id": id,
            },
            body={
                "displayName": display_name,
                "class": class_,
                "from": from_,
                "str": str,
                "json": json,
                "model_config": model_config,
                "__init__": init,
                "2fa": param_2fa,
                "_links": links_2,
                "links": links,
                "HTTPStatus": http_status_2,
                "http_status": http_status,
                "secret": secret,
                "nickname": nickname,
                "deprecated_field": deprecated_field,
                "tags": tags,
                "settings": settings,
            },
            cast_to=Widget,
            options=options,
        )


class WidgetsWithRawResponse:
    """``widgets`` methods that return the raw response."""

    def __init__(self, resource: Widgets) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.replace = to_raw_response_wrapper(resource.replace)


class AsyncWidgetsWithRawResponse:
    """``widgets`` methods that return the raw response."""

    def __init__(self, resource: AsyncWidgets) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.replace = async_to_raw_response_wrapper(resource.replace)
