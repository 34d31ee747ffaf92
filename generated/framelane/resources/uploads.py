"""Signed upload slots for local files."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from .._uploads import (
    UploadInput,
    async_put_file,
    check_content_type,
    filename_of,
    guess_content_type,
    put_file,
)
from ..models.upload_response import UploadResponse

__all__ = [
    "Uploads",
    "AsyncUploads",
]


class Uploads:
    """Signed upload slots for local files."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return UploadsWithRawResponse(self)

    def create(
        self,
        *,
        content_type: str,
        filename: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UploadResponse:
        """Request a file upload URL.

        Creates a signed upload slot for a local file. PUT the whole file to
        `upload_url` within an hour, in one request, with the same `Content-Type` and no
        `Authorization` header; then use `source_url` in renders and tasks. Metadata is
        read after the upload; an `asset.ready` event fires when it is known. A MIME
        type off the allow-list gets 422 `unsupported_content_type`.

        Args:
            content_type: MIME type of the file. Allowed: video/mp4, video/quicktime,
                video/webm, video/x-msvideo, video/x-matroska, video/mpeg; audio/mpeg,
                audio/mp4, audio/wav, audio/x-wav, audio/aac, audio/flac, audio/ogg;
                image/jpeg, image/png, image/webp, image/gif, image/tiff; font/ttf,
                font/otf, font/woff, font/woff2. Anything else is refused with 422
                `unsupported_content_type`. The later PUT must send the same
                `Content-Type`.
            filename: Original file name; only its extension is used.
        """
        return self._client.request(
            "post",
            "/v1/uploads",
            body={
                "content_type": content_type,
                "filename": filename,
            },
            security=(("bearerAuth",),),
            cast_to=UploadResponse,
            options=options,
        )

    def upload(
        self,
        file: UploadInput,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadResponse:
        """Upload a file (a path, bytes or a binary file object) and return its slot.

        Requests an upload slot, then sends the bytes to the slot's URL in one request,
        streamed from disk, without the API key. ``content_type`` is guessed from the
        file name when left out.
        """
        name = filename or filename_of(file)
        media_type = content_type or guess_content_type(name)
        check_content_type(
            media_type,
            guessed=content_type is None,
            allowed=(
                "video/mp4",
                "video/quicktime",
                "video/webm",
                "video/x-msvideo",
                "video/x-matroska",
                "video/mpeg",
                "audio/mpeg",
                "audio/mp4",
                "audio/wav",
                "audio/x-wav",
                "audio/aac",
                "audio/flac",
                "audio/ogg",
                "image/jpeg",
                "image/png",
                "image/webp",
                "image/gif",
                "image/tiff",
                "font/ttf",
                "font/otf",
                "font/woff",
                "font/woff2",
            ),
        )
        slot = self.create(
            content_type=media_type,
            filename=name if name is not None else NOT_GIVEN,
            **options,
        )
        put_file(
            self._client,
            slot.upload_url,
            file,
            content_type=media_type,
            options=options,
        )
        return slot


class AsyncUploads:
    """Signed upload slots for local files."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncUploadsWithRawResponse(self)

    async def create(
        self,
        *,
        content_type: str,
        filename: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UploadResponse:
        """Request a file upload URL.

        Creates a signed upload slot for a local file. PUT the whole file to
        `upload_url` within an hour, in one request, with the same `Content-Type` and no
        `Authorization` header; then use `source_url` in renders and tasks. Metadata is
        read after the upload; an `asset.ready` event fires when it is known. A MIME
        type off the allow-list gets 422 `unsupported_content_type`.

        Args:
            content_type: MIME type of the file. Allowed: video/mp4, video/quicktime,
                video/webm, video/x-msvideo, video/x-matroska, video/mpeg; audio/mpeg,
                audio/mp4, audio/wav, audio/x-wav, audio/aac, audio/flac, audio/ogg;
                image/jpeg, image/png, image/webp, image/gif, image/tiff; font/ttf,
                font/otf, font/woff, font/woff2. Anything else is refused with 422
                `unsupported_content_type`. The later PUT must send the same
                `Content-Type`.
            filename: Original file name; only its extension is used.
        """
        return await self._client.request(
            "post",
            "/v1/uploads",
            body={
                "content_type": content_type,
                "filename": filename,
            },
            security=(("bearerAuth",),),
            cast_to=UploadResponse,
            options=options,
        )

    async def upload(
        self,
        file: UploadInput,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadResponse:
        """Upload a file (a path, bytes or a binary file object) and return its slot.

        Requests an upload slot, then sends the bytes to the slot's URL in one request,
        streamed from disk, without the API key. ``content_type`` is guessed from the
        file name when left out.
        """
        name = filename or filename_of(file)
        media_type = content_type or guess_content_type(name)
        check_content_type(
            media_type,
            guessed=content_type is None,
            allowed=(
                "video/mp4",
                "video/quicktime",
                "video/webm",
                "video/x-msvideo",
                "video/x-matroska",
                "video/mpeg",
                "audio/mpeg",
                "audio/mp4",
                "audio/wav",
                "audio/x-wav",
                "audio/aac",
                "audio/flac",
                "audio/ogg",
                "image/jpeg",
                "image/png",
                "image/webp",
                "image/gif",
                "image/tiff",
                "font/ttf",
                "font/otf",
                "font/woff",
                "font/woff2",
            ),
        )
        slot = await self.create(
            content_type=media_type,
            filename=name if name is not None else NOT_GIVEN,
            **options,
        )
        await async_put_file(
            self._client,
            slot.upload_url,
            file,
            content_type=media_type,
            options=options,
        )
        return slot


class UploadsWithRawResponse:
    """``uploads`` methods that return the raw response."""

    def __init__(self, resource: Uploads) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncUploadsWithRawResponse:
    """``uploads`` methods that return the raw response."""

    def __init__(self, resource: AsyncUploads) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
