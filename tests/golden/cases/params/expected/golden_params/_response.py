"""Raw responses (``.with_raw_response``) and file responses (downloads)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from ._base_client import _raw_response

_T = TypeVar("_T")
_P = ParamSpec("_P")

__all__ = [
    "APIResponse",
    "BinaryResponse",
    "AsyncBinaryResponse",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
]


class APIResponse(Generic[_T]):
    """A response before parsing: status, headers, and ``parse()`` for the method's usual result."""

    def __init__(self, response: httpx.Response, parse: Callable[[], _T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The request id the server gave, if any."""
        value: str | None = self.headers.get("x-request-id") or self.headers.get(
            "request-id"
        )
        return value

    def parse(self) -> _T:
        """The parsed result, as the method without ``with_raw_response`` returns it."""
        return self._parse()

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}]>"


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


def _unwrap_raw(result: Any, box: list[Any]) -> APIResponse[Any]:
    """What a raw method returns: its result when that is the raw response, else the response it received
    (methods with an empty answer return ``None`` themselves)."""
    if isinstance(result, APIResponse):
        return result
    if box:
        last: APIResponse[Any] = box[-1]
        return last
    raise TypeError("with_raw_response: the method sent no request")


def to_raw_response_wrapper(method: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    """``method`` returning the raw response (``APIResponse``) instead of the parsed result."""

    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        box: list[Any] = []
        token = _raw_response.set(box)
        try:
            result: Any = method(*args, **kwargs)
        finally:
            _raw_response.reset(token)
        return _unwrap_raw(result, box)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    """The asynchronous twin of ``to_raw_response_wrapper``."""

    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_T]:
        box: list[Any] = []
        token = _raw_response.set(box)
        try:
            result: Any = await method(*args, **kwargs)
        finally:
            _raw_response.reset(token)
        return _unwrap_raw(result, box)

    return wrapped
