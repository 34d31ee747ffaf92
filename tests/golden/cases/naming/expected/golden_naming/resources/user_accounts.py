"""Accounts of users."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.user import User
from ..models.user2 import User2

__all__ = [
    "UserAccounts",
    "AsyncUserAccounts",
]


class UserAccounts:
    """Accounts of users."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserAccountsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return UserAccountsWithRawResponse(self)

    def create_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> User:
        """POST /v1/users"""
        return self._client.request(
            "post",
            "/v1/users",
            cast_to=User,
            options=options,
        )

    def disable(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /v1/users/{userId}/disable"""
        self._client.request(
            "post",
            "/v1/users/{userId}/disable",
            path_params={
                "userId": user_id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def list_things(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /v1/users/{userId}/keys"""
        self._client.request(
            "get",
            "/v1/users/{userId}/keys",
            path_params={
                "userId": user_id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def list_things2(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /v1/users/{userId}/keys"""
        self._client.request(
            "post",
            "/v1/users/{userId}/keys",
            path_params={
                "userId": user_id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def list_users(
        self,
        **options: Unpack[RequestOptions],
    ) -> list[User2]:
        """GET /v1/users"""
        return self._client.request(
            "get",
            "/v1/users",
            cast_to=list[User2],
            options=options,
        )

    def retrieve_users(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """GET /v1/users/{userId}"""
        return self._client.request(
            "get",
            "/v1/users/{userId}",
            path_params={
                "userId": user_id,
            },
            cast_to=User,
            options=options,
        )


class AsyncUserAccounts:
    """Accounts of users."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserAccountsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncUserAccountsWithRawResponse(self)

    async def create_user(
        self,
        **options: Unpack[RequestOptions],
    ) -> User:
        """POST /v1/users"""
        return await self._client.request(
            "post",
            "/v1/users",
            cast_to=User,
            options=options,
        )

    async def disable(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /v1/users/{userId}/disable"""
        await self._client.request(
            "post",
            "/v1/users/{userId}/disable",
            path_params={
                "userId": user_id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def list_things(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /v1/users/{userId}/keys"""
        await self._client.request(
            "get",
            "/v1/users/{userId}/keys",
            path_params={
                "userId": user_id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def list_things2(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /v1/users/{userId}/keys"""
        await self._client.request(
            "post",
            "/v1/users/{userId}/keys",
            path_params={
                "userId": user_id,
            },
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def list_users(
        self,
        **options: Unpack[RequestOptions],
    ) -> list[User2]:
        """GET /v1/users"""
        return await self._client.request(
            "get",
            "/v1/users",
            cast_to=list[User2],
            options=options,
        )

    async def retrieve_users(
        self,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> User:
        """GET /v1/users/{userId}"""
        return await self._client.request(
            "get",
            "/v1/users/{userId}",
            path_params={
                "userId": user_id,
            },
            cast_to=User,
            options=options,
        )


class UserAccountsWithRawResponse:
    """``user_accounts`` methods that return the raw response."""

    def __init__(self, resource: UserAccounts) -> None:
        self.create_user = to_raw_response_wrapper(resource.create_user)
        self.disable = to_raw_response_wrapper(resource.disable)
        self.list_things = to_raw_response_wrapper(resource.list_things)
        self.list_things2 = to_raw_response_wrapper(resource.list_things2)
        self.list_users = to_raw_response_wrapper(resource.list_users)
        self.retrieve_users = to_raw_response_wrapper(resource.retrieve_users)


class AsyncUserAccountsWithRawResponse:
    """``user_accounts`` methods that return the raw response."""

    def __init__(self, resource: AsyncUserAccounts) -> None:
        self.create_user = async_to_raw_response_wrapper(resource.create_user)
        self.disable = async_to_raw_response_wrapper(resource.disable)
        self.list_things = async_to_raw_response_wrapper(resource.list_things)
        self.list_things2 = async_to_raw_response_wrapper(resource.list_things2)
        self.list_users = async_to_raw_response_wrapper(resource.list_users)
        self.retrieve_users = async_to_raw_response_wrapper(resource.retrieve_users)
