"""Raw responses: ``.with_raw_response`` on every resource gives the status, headers and ``parse()``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from ._base_client import _raw_response

_T = TypeVar("_T")
_P = ParamSpec("_P")

__all__ = ["APIResponse", "to_raw_response_wrapper", "async_to_raw_response_wrapper"]


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
