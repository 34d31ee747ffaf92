"""Downloads: calls whose answer is a file (or a redirect to one), returned unread for streaming."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ._base_client import (
    MAX_REDIRECTS,
    AsyncAPIClient,
    SyncAPIClient,
    _raw,
    _raw_response,
)
from ._exceptions import APIStatusError
from ._types import RequestOptions

__all__ = [
    "BinaryResponse",
    "AsyncBinaryResponse",
    "request_binary",
    "async_request_binary",
]


class BinaryResponse:
    """A file answered by the API, not yet read: ``read()``, ``iter_bytes()`` or ``write_to_file()`` (which
    streams). Use it as a context manager, or call ``close()``, when not reading it to the end.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        """The file's media type, as the server declared it."""
        value: str | None = self.headers.get("content-type")
        return value

    def read(self) -> bytes:
        """The whole file in memory."""
        try:
            return self.http_response.read()
        finally:
            self.http_response.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The file in chunks, as they arrive."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        finally:
            self.http_response.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the file to ``path``."""
        with open(path, "wb") as handle:
            for chunk in self.iter_bytes():
                handle.write(chunk)

    def close(self) -> None:
        """Release the connection without reading the rest."""
        self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBinaryResponse:
    """The asynchronous twin of ``BinaryResponse``."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        """The file's media type, as the server declared it."""
        value: str | None = self.headers.get("content-type")
        return value

    async def read(self) -> bytes:
        """The whole file in memory."""
        try:
            return await self.http_response.aread()
        finally:
            await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The file in chunks, as they arrive."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.http_response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> None:
        """Stream the file to ``path``."""
        with open(path, "wb") as handle:
            async for chunk in self.iter_bytes():
                handle.write(chunk)

    async def close(self) -> None:
        """Release the connection without reading the rest."""
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def request_binary(
    client: SyncAPIClient,
    method: str,
    path: str,
    *,
    options: RequestOptions,
    **parts: Any,
) -> BinaryResponse:
    """Send one call whose answer is a file (or a redirect to one, followed without credentials to another
    host) and return it unread, for streaming."""
    request = client._build_request(method, path, options=options, **parts)
    response = client._send(request, options, stream=True)
    for _ in range(MAX_REDIRECTS):
        if not 300 <= response.status_code < 400:
            break
        response.close()
        request = client._redirect(request, response)
        response = client._send(request, options, stream=True)
    else:
        response.close()
        raise APIStatusError("Too many redirects", response=response)
    binary = BinaryResponse(response)
    if _raw_response.get() is not None:
        raw: Any = _raw(response, lambda: binary)
        return raw  # type: ignore[no-any-return]
    return binary


async def async_request_binary(
    client: AsyncAPIClient,
    method: str,
    path: str,
    *,
    options: RequestOptions,
    **parts: Any,
) -> AsyncBinaryResponse:
    """The asynchronous twin of ``request_binary``."""
    request = client._build_request(method, path, options=options, **parts)
    response = await client._send(request, options, stream=True)
    for _ in range(MAX_REDIRECTS):
        if not 300 <= response.status_code < 400:
            break
        await response.aclose()
        request = client._redirect(request, response)
        response = await client._send(request, options, stream=True)
    else:
        await response.aclose()
        raise APIStatusError("Too many redirects", response=response)
    binary = AsyncBinaryResponse(response)
    if _raw_response.get() is not None:
        raw: Any = _raw(response, lambda: binary)
        return raw  # type: ignore[no-any-return]
    return binary
