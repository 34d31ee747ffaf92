"""The workspace of the API key: details, name, usage."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..models.workspace import Workspace
from ..models.workspace_usage import WorkspaceUsage

__all__ = [
    "WorkspaceResource",
    "AsyncWorkspaceResource",
]


class WorkspaceResource:
    """The workspace of the API key: details, name, usage."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WorkspaceResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return WorkspaceResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Get workspace.

        Returns the workspace the API key belongs to, with its plan.
        """
        return self._client.request(
            "get",
            "/v1/workspace",
            security=(("bearerAuth",),),
            cast_to=Workspace,
            options=options,
        )

    def update(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Update workspace.

        Renames the workspace.

        Args:
            name: New display name. Constraints: 1 to 255 characters.
        """
        return self._client.request(
            "patch",
            "/v1/workspace",
            body={
                "name": name,
            },
            security=(("bearerAuth",),),
            cast_to=Workspace,
            options=options,
        )

    def usage(
        self,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceUsage:
        """Get workspace usage.

        Returns the totals of the current billing period: render minutes, task count and
        egress bytes.
        """
        return self._client.request(
            "get",
            "/v1/workspace/usage",
            security=(("bearerAuth",),),
            cast_to=WorkspaceUsage,
            options=options,
        )


class AsyncWorkspaceResource:
    """The workspace of the API key: details, name, usage."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncWorkspaceResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Get workspace.

        Returns the workspace the API key belongs to, with its plan.
        """
        return await self._client.request(
            "get",
            "/v1/workspace",
            security=(("bearerAuth",),),
            cast_to=Workspace,
            options=options,
        )

    async def update(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Update workspace.

        Renames the workspace.

        Args:
            name: New display name. Constraints: 1 to 255 characters.
        """
        return await self._client.request(
            "patch",
            "/v1/workspace",
            body={
                "name": name,
            },
            security=(("bearerAuth",),),
            cast_to=Workspace,
            options=options,
        )

    async def usage(
        self,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceUsage:
        """Get workspace usage.

        Returns the totals of the current billing period: render minutes, task count and
        egress bytes.
        """
        return await self._client.request(
            "get",
            "/v1/workspace/usage",
            security=(("bearerAuth",),),
            cast_to=WorkspaceUsage,
            options=options,
        )


class WorkspaceResourceWithRawResponse:
    """``workspace`` methods that return the raw response."""

    def __init__(self, resource: WorkspaceResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.usage = to_raw_response_wrapper(resource.usage)


class AsyncWorkspaceResourceWithRawResponse:
    """``workspace`` methods that return the raw response."""

    def __init__(self, resource: AsyncWorkspaceResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.usage = async_to_raw_response_wrapper(resource.usage)
