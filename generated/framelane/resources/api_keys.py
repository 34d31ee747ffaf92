"""Create, list and revoke API keys."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._pagination import (
    AsyncCursorPage,
    AsyncPager,
    SyncCursorPage,
    async_request_page,
    request_page,
)
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..models.api_key import ApiKey
from ..models.api_key_created import ApiKeyCreated
from ..models.api_key_list import ApiKeyList

__all__ = [
    "ApiKeys",
    "AsyncApiKeys",
]


class ApiKeys:
    """Create, list and revoke API keys."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return ApiKeysWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyCreated:
        """Create API key.

        Creates an API key with full access to the workspace. The plaintext `key` is in
        this response only. To rotate a key, create a new one, switch to it, then revoke
        the old one.

        Args:
            name: Label that helps you recognise the key. Constraints: 1 to 255
                characters.
        """
        return self._client.request(
            "post",
            "/v1/api-keys",
            body={
                "name": name,
            },
            security=(("bearerAuth",),),
            cast_to=ApiKeyCreated,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[ApiKey]:
        """List API keys.

        Returns the workspace's API keys, revoked ones included, without their secret
        values. Pages are ordered newest first; follow `next_cursor` while `has_more` is
        true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
        """
        return request_page(
            self._client,
            "/v1/api-keys",
            page=SyncCursorPage[ApiKey],
            cast_to=ApiKeyList,
            query={
                "limit": limit,
                "cursor": cursor,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    def revoke(
        self,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Revoke API key.

        Revokes a key: requests made with it are refused from now on. Revoking an
        already revoked key also answers 204.

        Args:
            key_id: Id of the API key (`key_...`).
        """
        self._client.request(
            "delete",
            "/v1/api-keys/{key_id}",
            path_params={
                "key_id": key_id,
            },
            kind="empty",
            security=(("bearerAuth",),),
            cast_to=type(None),
            options=options,
        )


class AsyncApiKeys:
    """Create, list and revoke API keys."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncApiKeysWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyCreated:
        """Create API key.

        Creates an API key with full access to the workspace. The plaintext `key` is in
        this response only. To rotate a key, create a new one, switch to it, then revoke
        the old one.

        Args:
            name: Label that helps you recognise the key. Constraints: 1 to 255
                characters.
        """
        return await self._client.request(
            "post",
            "/v1/api-keys",
            body={
                "name": name,
            },
            security=(("bearerAuth",),),
            cast_to=ApiKeyCreated,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ApiKey, AsyncCursorPage[ApiKey]]:
        """List API keys.

        Returns the workspace's API keys, revoked ones included, without their secret
        values. Pages are ordered newest first; follow `next_cursor` while `has_more` is
        true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
        """
        return async_request_page(
            self._client,
            "/v1/api-keys",
            page=AsyncCursorPage[ApiKey],
            item=ApiKey,
            cast_to=ApiKeyList,
            query={
                "limit": limit,
                "cursor": cursor,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    async def revoke(
        self,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Revoke API key.

        Revokes a key: requests made with it are refused from now on. Revoking an
        already revoked key also answers 204.

        Args:
            key_id: Id of the API key (`key_...`).
        """
        await self._client.request(
            "delete",
            "/v1/api-keys/{key_id}",
            path_params={
                "key_id": key_id,
            },
            kind="empty",
            security=(("bearerAuth",),),
            cast_to=type(None),
            options=options,
        )


class ApiKeysWithRawResponse:
    """``api_keys`` methods that return the raw response."""

    def __init__(self, resource: ApiKeys) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.revoke = to_raw_response_wrapper(resource.revoke)


class AsyncApiKeysWithRawResponse:
    """``api_keys`` methods that return the raw response."""

    def __init__(self, resource: AsyncApiKeys) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.revoke = async_to_raw_response_wrapper(resource.revoke)
