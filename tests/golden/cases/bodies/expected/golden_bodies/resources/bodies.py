"""Operations on bodies."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import FileContent, FileTypes, NOT_GIVEN, NotGiven, RequestOptions
from ..models.post_union_body_by_id import PostUnionBodyById
from ..models.post_union_body_by_name import PostUnionBodyByName
from ..models.upload_file_response import UploadFileResponse
from ..params.post_union_body_by_id import PostUnionBodyByIdParam
from ..params.post_union_body_by_name import PostUnionBodyByNameParam

__all__ = [
    "Bodies",
    "AsyncBodies",
]


class Bodies:
    """Operations on bodies."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BodiesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return BodiesWithRawResponse(self)

    def post_array(
        self,
        *,
        body: Sequence[float],
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /json-array

        Args:
            body: A list of numbers.
        """
        self._client.request(
            "post",
            "/json-array",
            body=body,
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def post_form(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        remember: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /form"""
        self._client.request(
            "post",
            "/form",
            body={
                "username": username,
                "remember": remember,
            },
            body_required=False,
            body_kind="form",
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def post_text(
        self,
        *,
        body: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """POST /text"""
        return self._client.request(
            "post",
            "/text",
            body=body,
            body_kind="text",
            content_type="text/plain",
            accept="text/plain",
            kind="text",
            cast_to=str,
            options=options,
        )

    def post_union(
        self,
        *,
        body: (
            PostUnionBodyByName
            | PostUnionBodyByNameParam
            | PostUnionBodyById
            | PostUnionBodyByIdParam
        ),
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /merge"""
        self._client.request(
            "post",
            "/merge",
            body=body,
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def put_raw(
        self,
        *,
        body: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        """PUT /raw"""
        self._client.request(
            "put",
            "/raw",
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    def upload_file(
        self,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UploadFileResponse:
        """POST /upload"""
        return self._client.request(
            "post",
            "/upload",
            body={
                "file": file,
                "caption": caption,
            },
            body_kind="multipart",
            cast_to=UploadFileResponse,
            options=options,
        )


class AsyncBodies:
    """Operations on bodies."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBodiesWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncBodiesWithRawResponse(self)

    async def post_array(
        self,
        *,
        body: Sequence[float],
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /json-array

        Args:
            body: A list of numbers.
        """
        await self._client.request(
            "post",
            "/json-array",
            body=body,
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def post_form(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        remember: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /form"""
        await self._client.request(
            "post",
            "/form",
            body={
                "username": username,
                "remember": remember,
            },
            body_required=False,
            body_kind="form",
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def post_text(
        self,
        *,
        body: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """POST /text"""
        return await self._client.request(
            "post",
            "/text",
            body=body,
            body_kind="text",
            content_type="text/plain",
            accept="text/plain",
            kind="text",
            cast_to=str,
            options=options,
        )

    async def post_union(
        self,
        *,
        body: (
            PostUnionBodyByName
            | PostUnionBodyByNameParam
            | PostUnionBodyById
            | PostUnionBodyByIdParam
        ),
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /merge"""
        await self._client.request(
            "post",
            "/merge",
            body=body,
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def put_raw(
        self,
        *,
        body: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        """PUT /raw"""
        await self._client.request(
            "put",
            "/raw",
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
            kind="empty",
            cast_to=type(None),
            options=options,
        )

    async def upload_file(
        self,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UploadFileResponse:
        """POST /upload"""
        return await self._client.request(
            "post",
            "/upload",
            body={
                "file": file,
                "caption": caption,
            },
            body_kind="multipart",
            cast_to=UploadFileResponse,
            options=options,
        )


class BodiesWithRawResponse:
    """``bodies`` methods that return the raw response."""

    def __init__(self, resource: Bodies) -> None:
        self.post_array = to_raw_response_wrapper(resource.post_array)
        self.post_form = to_raw_response_wrapper(resource.post_form)
        self.post_text = to_raw_response_wrapper(resource.post_text)
        self.post_union = to_raw_response_wrapper(resource.post_union)
        self.put_raw = to_raw_response_wrapper(resource.put_raw)
        self.upload_file = to_raw_response_wrapper(resource.upload_file)


class AsyncBodiesWithRawResponse:
    """``bodies`` methods that return the raw response."""

    def __init__(self, resource: AsyncBodies) -> None:
        self.post_array = async_to_raw_response_wrapper(resource.post_array)
        self.post_form = async_to_raw_response_wrapper(resource.post_form)
        self.post_text = async_to_raw_response_wrapper(resource.post_text)
        self.post_union = async_to_raw_response_wrapper(resource.post_union)
        self.put_raw = async_to_raw_response_wrapper(resource.put_raw)
        self.upload_file = async_to_raw_response_wrapper(resource.upload_file)
