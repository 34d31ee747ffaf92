"""Operations on files."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from .._uploads import (
    UploadInput,
    async_put_file,
    filename_of,
    guess_content_type,
    put_file,
)
from ..models.files_create_response import FilesCreateResponse

__all__ = [
    "Files",
    "AsyncFiles",
]


class Files:
    """Operations on files."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return FilesWithRawResponse(self)

    def create(
        self,
        *,
        mime: str,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FilesCreateResponse:
        """POST /v2/files"""
        return self._client.request(
            "post",
            "/v2/files",
            body={
                "mime": mime,
                "name": name,
            },
            security=(("bearer",),),
            cast_to=FilesCreateResponse,
            options=options,
        )

    def upload(
        self,
        file: UploadInput,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> FilesCreateResponse:
        """Upload a file (a path, bytes or a binary file object) and return its slot.

        Requests an upload slot, then sends the bytes to the slot's URL in one request,
        streamed from disk, without the API key. ``content_type`` is guessed from the
        file name when left out.
        """
        name = filename or filename_of(file)
        media_type = content_type or guess_content_type(name)
        slot = self.create(
            mime=media_type,
            name=name if name is not None else NOT_GIVEN,
            **options,
        )
        put_file(
            self._client,
            slot.put_url,
            file,
            content_type=media_type,
            options=options,
        )
        return slot


class AsyncFiles:
    """Operations on files."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncFilesWithRawResponse(self)

    async def create(
        self,
        *,
        mime: str,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FilesCreateResponse:
        """POST /v2/files"""
        return await self._client.request(
            "post",
            "/v2/files",
            body={
                "mime": mime,
                "name": name,
            },
            security=(("bearer",),),
            cast_to=FilesCreateResponse,
            options=options,
        )

    async def upload(
        self,
        file: UploadInput,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> FilesCreateResponse:
        """Upload a file (a path, bytes or a binary file object) and return its slot.

        Requests an upload slot, then sends the bytes to the slot's URL in one request,
        streamed from disk, without the API key. ``content_type`` is guessed from the
        file name when left out.
        """
        name = filename or filename_of(file)
        media_type = content_type or guess_content_type(name)
        slot = await self.create(
            mime=media_type,
            name=name if name is not None else NOT_GIVEN,
            **options,
        )
        await async_put_file(
            self._client,
            slot.put_url,
            file,
            content_type=media_type,
            options=options,
        )
        return slot


class FilesWithRawResponse:
    """``files`` methods that return the raw response."""

    def __init__(self, resource: Files) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncFilesWithRawResponse:
    """``files`` methods that return the raw response."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
