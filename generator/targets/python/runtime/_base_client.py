"""The sync and async clients' runtime: ``SyncAPIClient`` and ``AsyncAPIClient`` send a call, with its retries,
and read its answer; they differ only in how they send and sleep. Everything else about a call is
``BaseClient``'s (``_core``), once for both.

The generated client and its resources import the runtime from here, as do applications: the constants of
the retry schedule, the timeout and the limits are re-exported.
"""

from __future__ import annotations

import asyncio
import functools
import os
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

# ``_raw`` and ``_raw_response`` are re-exported for the runtime modules that import them from here.
from ._core import BaseClient
from ._core import _raw as _raw
from ._core import _raw_response as _raw_response
from ._exceptions import APIStatusError
from ._logging import log_retry
from ._parsing import MAX_RESPONSE_BYTES, ResponseKind, check_size
from ._request import BodyKind
from ._request import idempotency_key as idempotency_key_of
from ._retries import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
    retry_after,
)
from ._settings import DEFAULT_BASE_URL, ENV_BASE_URL
from ._types import NotGiven, RequestOptions, Timeout

__all__ = [
    "AsyncAPIClient",
    "BaseClient",
    "SyncAPIClient",
    "BodyKind",
    "ResponseKind",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_BASE_URL",
    "INITIAL_RETRY_DELAY",
    "MAX_REDIRECTS",
    "MAX_RESPONSE_BYTES",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRY_STATUSES",
    "retry_after",
]

_T = TypeVar("_T")

DEFAULT_TIMEOUT = 60.0
MAX_REDIRECTS = 5


def _default_ssl_context() -> ssl.SSLContext:
    """The TLS settings of the pools the clients create: built once (loading the CA bundle takes tens of
    milliseconds per client otherwise), again only if ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` change.
    """
    return _ssl_context_for(
        os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    )


@functools.lru_cache(maxsize=4)
def _ssl_context_for(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()  # reads the same environment variables


# ------------------------------------------------------------------------------------------ sync


class SyncAPIClient(BaseClient[httpx.Client]):
    """The runtime of the synchronous client."""

    def __init__(
        self,
        *,
        credentials: Mapping[str, object],
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict_response_validation=strict_response_validation,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(
            timeout=timeout, follow_redirects=False, verify=_default_ssl_context()
        )

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_client:
            self._client.close()

    def _send(
        self, request: httpx.Request, options: RequestOptions, *, stream: bool = False
    ) -> httpx.Response:
        """Send with retries; returns a successful (or redirect) response, raises for the rest."""
        self._check_open()
        retries = self._max_retries(options)
        attempt = 0
        while True:
            self._log_request(request)
            started = time.monotonic()
            try:
                # The body is read here too (unless it streams to the caller), so that a timeout or a broken
                # connection halfway through it is retried like one before the headers.
                response = self._client.send(request, stream=True)
                content = (
                    None
                    if stream and response.status_code < 400
                    else self._read(response)
                )
            except httpx.HTTPError as exc:
                delay = self._retry_delay(attempt, retries, None)
                if delay is None:
                    raise self._transport_error(request, exc) from exc
                self._sleep_retry(request, delay, str(exc) or type(exc).__name__)
                attempt += 1
                continue
            self._log_response(request, response, started)
            if response.status_code < 400:
                return response
            delay = self._retry_delay(attempt, retries, response)
            if delay is None:
                raise self._status_error(response, content or b"")
            self._sleep_retry(request, delay, f"status {response.status_code}")
            attempt += 1

    def _read(self, response: httpx.Response) -> bytes:
        try:
            declared = int(response.headers.get("content-length", "0") or 0)
        except ValueError:
            declared = 0
        chunks = []
        size = 0
        try:
            check_size(response, declared)
            for chunk in response.iter_bytes():
                size += len(chunk)
                check_size(response, size)
                chunks.append(chunk)
        finally:
            response.close()
        content = b"".join(chunks)
        response._content = content
        return content

    def _sleep_retry(self, request: httpx.Request, delay: float, why: str) -> None:
        log_retry(request, delay, why, self._redact)
        time.sleep(delay)

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T] | object,
        options: RequestOptions,
        kind: ResponseKind = "json",
        idempotency_key: str | NotGiven | None = None,
        require: Callable[[Any], str | None] | None = None,
        **parts: Any,
    ) -> _T:
        """Send one API call and parse its answer as ``cast_to``; ``parts`` are the request's, as
        ``_build_request`` takes them. ``require``, given the parsed answer, names what makes it unusable
        (then it is an ``APIResponseValidationError``), or returns ``None``."""
        key = None if idempotency_key is None else idempotency_key_of(idempotency_key)
        request = self._build_request(
            method, path, options=options, idempotency_key=key, **parts
        )
        response = self._send(request, options)
        if 300 <= response.status_code < 400:
            raise APIStatusError(
                self._redact(
                    f"Unexpected redirect ({response.status_code}) to {response.headers.get('location', '?')}"
                ),
                response=response,
            )
        if _raw_response.get() is not None:
            raw: Any = _raw(
                response,
                lambda: self._parse(response, response.content, cast_to, kind, require),
            )
            return raw  # type: ignore[no-any-return]
        result: _T = self._parse(response, response.content, cast_to, kind, require)
        return result


# ------------------------------------------------------------------------------------------ async


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The runtime of the asynchronous client."""

    def __init__(
        self,
        *,
        credentials: Mapping[str, object],
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict_response_validation=strict_response_validation,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(
            timeout=timeout, follow_redirects=False, verify=_default_ssl_context()
        )

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_client:
            await self._client.aclose()

    async def _send(
        self, request: httpx.Request, options: RequestOptions, *, stream: bool = False
    ) -> httpx.Response:
        """Send with retries; returns a successful (or redirect) response, raises for the rest."""
        self._check_open()
        retries = self._max_retries(options)
        attempt = 0
        while True:
            self._log_request(request)
            started = time.monotonic()
            try:
                # The body is read here too (unless it streams to the caller), so that a timeout or a broken
                # connection halfway through it is retried like one before the headers.
                response = await self._client.send(request, stream=True)
                content = (
                    None
                    if stream and response.status_code < 400
                    else await self._read(response)
                )
            except httpx.HTTPError as exc:
                delay = self._retry_delay(attempt, retries, None)
                if delay is None:
                    raise self._transport_error(request, exc) from exc
                await self._sleep_retry(request, delay, str(exc) or type(exc).__name__)
                attempt += 1
                continue
            self._log_response(request, response, started)
            if response.status_code < 400:
                return response
            delay = self._retry_delay(attempt, retries, response)
            if delay is None:
                raise self._status_error(response, content or b"")
            await self._sleep_retry(request, delay, f"status {response.status_code}")
            attempt += 1

    async def _read(self, response: httpx.Response) -> bytes:
        try:
            declared = int(response.headers.get("content-length", "0") or 0)
        except ValueError:
            declared = 0
        chunks = []
        size = 0
        try:
            check_size(response, declared)
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                check_size(response, size)
                chunks.append(chunk)
        finally:
            await response.aclose()
        content = b"".join(chunks)
        response._content = content
        return content

    async def _sleep_retry(
        self, request: httpx.Request, delay: float, why: str
    ) -> None:
        log_retry(request, delay, why, self._redact)
        await asyncio.sleep(delay)

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[_T] | object,
        options: RequestOptions,
        kind: ResponseKind = "json",
        idempotency_key: str | NotGiven | None = None,
        require: Callable[[Any], str | None] | None = None,
        **parts: Any,
    ) -> _T:
        """Send one API call and parse its answer as ``cast_to``; ``parts`` are the request's, as
        ``_build_request`` takes them. ``require``, given the parsed answer, names what makes it unusable
        (then it is an ``APIResponseValidationError``), or returns ``None``."""
        key = None if idempotency_key is None else idempotency_key_of(idempotency_key)
        request = self._build_request(
            method, path, options=options, idempotency_key=key, **parts
        )
        response = await self._send(request, options)
        if 300 <= response.status_code < 400:
            raise APIStatusError(
                self._redact(
                    f"Unexpected redirect ({response.status_code}) to {response.headers.get('location', '?')}"
                ),
                response=response,
            )
        if _raw_response.get() is not None:
            raw: Any = _raw(
                response,
                lambda: self._parse(response, response.content, cast_to, kind, require),
            )
            return raw  # type: ignore[no-any-return]
        result: _T = self._parse(response, response.content, cast_to, kind, require)
        return result
