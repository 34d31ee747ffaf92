"""``BaseClient``: the configuration of a client and everything about one call that does not depend on sync or
async I/O: its credentials, its request, the retry decision, the answer as its type and the error of a failure.

It puts a call together from the runtime's modules of one job each: ``_request`` (the body, defaults,
redirects), ``_retries`` (whether and when to retry), ``_parsing`` (the answer as its type), ``_errors`` (the
error of a failed call) and ``_logging``. ``_base_client`` holds the sync and async clients built on it.
"""

from __future__ import annotations

import contextvars
import os
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._auth import Credentials, Requirement
from ._encoding import Style, encode_cookies, encode_query, format_path, header_value
from ._errors import status_error, transport_error
from ._exceptions import APIError, APIStatusError, ClientClosedError
from ._logging import configure_logging, log_request, log_response
from ._parsing import ResponseKind, parse
from ._request import (
    OPTIONS,
    BodyKind,
    body_bytes,
    merged_defaults,
    nothing_given,
    redirect,
)
from ._retries import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, retry_delay
from ._settings import (
    DEFAULT_BASE_URL,
    ENV_BASE_URL,
    IDEMPOTENCY_HEADER,
    PACKAGE_NAME,
    SECURITY_SCHEMES,
    ClientError,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._version import __version__

__all__ = ["BaseClient"]

# The httpx client a runtime sends with: sync or async (one type per subclass, as type checkers want it).
_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


# Set by ``with_raw_response`` wrappers to a list: while it is set, a request returns its raw response instead of
# parsing it, and also appends it there (so that a method which returns nothing still yields its response).
_raw_response: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar(
    "_raw_response", default=None
)


# ------------------------------------------------------------------------------------------ the client


class BaseClient(Generic[_HttpClient]):
    """Configuration and everything about a call that does not depend on sync or async I/O.

    The retry schedule can be tuned per client instance (``with_options`` copies it): without ``Retry-After``,
    retry ``n`` (from 0) waits ``initial_retry_delay * 2**n`` seconds, at most ``max_retry_delay``, less a
    random jitter of up to a quarter; a ``Retry-After`` answer waits what it says, at most ``max_retry_after``.
    """

    base_url: str
    timeout: Timeout
    max_retries: int
    initial_retry_delay: float = INITIAL_RETRY_DELAY
    """Seconds before the first retry when the server says nothing (doubles with every retry)."""
    max_retry_delay: float = MAX_RETRY_DELAY
    """The longest backoff between two retries, in seconds."""
    max_retry_after: float = MAX_RETRY_AFTER
    """The longest wait a ``Retry-After`` answer can impose, in seconds."""
    strict_response_validation: bool
    """Whether a response that does not match its schema raises ``APIResponseValidationError`` (naming the
    fields) instead of being built leniently, as received."""
    _client: _HttpClient

    def __init__(
        self,
        *,
        credentials: Mapping[str, object],
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        configure_logging()
        # One credential per security scheme, from the arguments, else the environment; checked per call
        # against what that call requires.
        self._credentials = Credentials(SECURITY_SCHEMES, credentials)
        given = base_url or os.environ.get(ENV_BASE_URL) or None
        # Only the API's own default lets an operation with a server of its own go there.
        self._custom_base_url = given is not None and given.rstrip(
            "/"
        ) != DEFAULT_BASE_URL.rstrip("/")
        url = given or DEFAULT_BASE_URL
        if not url.startswith(("http://", "https://")):
            raise ClientError(
                f"base_url must be an absolute http(s) URL, got {url!r}: pass base_url= or set {ENV_BASE_URL}."
            )
        self.base_url = url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: dict[str, str] = dict(default_headers or {})
        self.default_query: dict[str, object] = dict(default_query or {})
        self.strict_response_validation = strict_response_validation

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -------------------------------------------------------------------------------------- requests

    def _credentials_for(
        self, method: str, path: str, security: Requirement
    ) -> tuple[str, ...]:
        """The schemes a call sends (see ``Credentials.select``); an error before anything is sent when the
        client holds no credential that meets the call's requirement."""
        chosen = self._credentials.select(security)
        if chosen is None:
            raise ClientError(
                f"{method.upper()} {path} needs credentials this client does not have: pass "
                f"{self._credentials.describe(security)}."
            )
        return chosen

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        options: RequestOptions,
        accept: str = "application/json",
        path_params: Mapping[str, Any] | None = None,
        path_styles: Mapping[str, Style] | None = None,
        query: Mapping[str, Any] | None = None,
        query_styles: Mapping[str, Style] | None = None,
        headers: Mapping[str, Any] | None = None,
        header_styles: Mapping[str, Style] | None = None,
        cookies: Mapping[str, Any] | None = None,
        cookie_styles: Mapping[str, Style] | None = None,
        body: Any = NOT_GIVEN,
        body_kind: BodyKind = "json",
        content_type: str | None = None,
        encodings: Mapping[str, Style] | None = None,
        security: Requirement = (),
        idempotency_key: str | None = None,
        server: str = "",
        body_required: bool = True,
    ) -> httpx.Request:
        """The request of one call: every argument serialized as the spec declares it (see ``_encoding``),
        the credentials its security requirement asks for, and the client's and the call's own headers.
        """
        unknown = set(options) - OPTIONS
        if unknown:
            # ``**options`` would otherwise swallow a misspelt argument and send the call without it.
            raise TypeError(
                f"unexpected keyword argument(s): {', '.join(sorted(unknown))}"
            )
        chosen = self._credentials_for(method, path, security)
        applied = self._credentials.apply(chosen)
        url = self._base_for(server) + (
            format_path(path, path_params, path_styles) if path_params else path
        )
        query_parts = [
            encode_query(query or {}, query_styles),
            encode_query(
                {k: v for k, v in self.default_query.items() if k not in (query or {})}
            ),
            encode_query(dict(applied.query)),
            encode_query(options.get("extra_query", {})),
        ]
        query_text = "&".join(part for part in query_parts if part)
        if query_text:
            url += ("&" if "?" in url else "?") + query_text
        all_headers: dict[str, str] = {
            "Accept": accept,
            "User-Agent": f"{PACKAGE_NAME}-python/{__version__}",
        }
        all_headers.update(applied.headers)
        for name, value in (headers or {}).items():
            if not isinstance(value, NotGiven) and value is not None:
                all_headers[name] = header_value(value, (header_styles or {}).get(name))
        jar = "; ".join(
            part
            for part in (encode_cookies(cookies or {}, cookie_styles), applied.cookie)
            if part
        )
        if jar:
            all_headers["Cookie"] = jar
        if idempotency_key is not None and IDEMPOTENCY_HEADER:
            all_headers[IDEMPOTENCY_HEADER] = idempotency_key
        all_headers.update(self.default_headers)
        all_headers.update(options.get("extra_headers", {}))
        timeout = options.get("timeout", self.timeout)
        extensions = {"timeout": httpx.Timeout(timeout).as_dict()}
        if not body_required and nothing_given(body):
            # An optional body none of whose fields was given is not sent at all (``{}`` would be a body).
            body = NOT_GIVEN
        content = body_bytes(
            body, body_kind, content_type, encodings, options, all_headers
        )
        request = self._client.build_request(
            method, url, headers=all_headers, content=content, extensions=extensions
        )
        sent = {name.lower() for name in all_headers}
        defaults = {name.lower() for name in self._client.headers}
        for name in headers or {}:
            # A header the operation declares but the call leaves out is not sent: httpx's own default
            # (``Accept-Encoding: gzip, deflate``) must not stand in for a value the spec restricts.
            lowered = name.lower()
            if lowered in defaults and lowered not in sent and name in request.headers:
                del request.headers[name]
        return request

    def _base_for(self, server: str) -> str:
        """Where a call goes: the client's base URL, or the operation's own server. An absolute server is
        not used when the client was given a base URL of its own (everything goes there); a relative one
        is relative to whichever base URL the client has."""
        if not server:
            return self.base_url
        if server.startswith(("http://", "https://")):
            return self.base_url if self._custom_base_url else server.rstrip("/")
        return str(httpx.URL(self.base_url + "/").join(server)).rstrip("/")

    # -------------------------------------------------------------------------------------- retries

    def _retry_delay(
        self, attempt: int, retries: int, response: httpx.Response | None
    ) -> float | None:
        """How long to wait before retrying, or ``None`` when the call must not be retried (see
        ``_retries.retry_delay``), on this client's schedule."""
        return retry_delay(
            attempt,
            retries,
            response,
            initial_delay=self.initial_retry_delay,
            max_delay=self.max_retry_delay,
            max_retry_after=self.max_retry_after,
        )

    def _merged_defaults(
        self,
        default_headers: Mapping[str, str] | NotGiven,
        set_default_headers: Mapping[str, str] | NotGiven,
        default_query: Mapping[str, object] | NotGiven,
        set_default_query: Mapping[str, object] | NotGiven,
    ) -> tuple[dict[str, str], dict[str, object]]:
        """The default headers and query of a ``with_options`` copy (see ``_request.merged_defaults``)."""
        return merged_defaults(
            self.default_headers,
            self.default_query,
            default_headers,
            set_default_headers,
            default_query,
            set_default_query,
        )

    def _transport_error(
        self, request: httpx.Request, exc: httpx.HTTPError
    ) -> APIError:
        """The client's error for a request that got no answer (see ``_errors.transport_error``)."""
        return transport_error(request, exc, self._redact)

    def _check_open(self) -> None:
        if self._client.is_closed:
            raise ClientClosedError(
                "This client is closed (close() or its with block ended): make another client, or use "
                "one without closing it."
            )

    def _max_retries(self, options: RequestOptions) -> int:
        return max(0, options.get("max_retries", self.max_retries))

    # -------------------------------------------------------------------------------------- responses

    # -------------------------------------------------------------------------------------- responses

    def _redact(self, text: str) -> str:
        for secret in self._credentials.secrets():
            text = text.replace(secret, "***")
        return text

    def _log_request(self, request: httpx.Request) -> None:
        log_request(request, self._credentials, self._redact)

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        log_response(request, response, started, self._redact)

    def _status_error(self, response: httpx.Response, content: bytes) -> APIStatusError:
        """An error of the status's class (see ``_errors.status_error``)."""
        return status_error(response, content, self._redact)

    def _parse(
        self,
        response: httpx.Response,
        content: bytes,
        cast_to: Any,
        kind: ResponseKind,
        require: Callable[[Any], str | None] | None = None,
    ) -> Any:
        """The body as ``cast_to`` (see ``_parsing.parse``), validated strictly when the client says so."""
        return parse(
            response,
            content,
            cast_to,
            kind,
            require,
            strict=self.strict_response_validation,
            redact=self._redact,
        )

    def _redirect(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Request:
        """The next request of a followed redirect; credentials never go to another origin."""
        return redirect(request, response, self._credentials)


def _raw(response: httpx.Response, parse: Callable[[], Any]) -> Any:
    """The raw response of a call made through ``with_raw_response``, handed to its wrapper too."""
    from ._response import APIResponse

    raw = APIResponse(response, parse)
    box = _raw_response.get()
    if box is not None:
        box.append(raw)
    return raw
