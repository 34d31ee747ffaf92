"""The runtime shared by every method: building requests, retries, parsing, errors, logging.

``SyncAPIClient`` and ``AsyncAPIClient`` differ only in how they send and sleep; everything else (the request,
the retry decision, the delay, response parsing, error mapping) lives in ``BaseClient`` once.
"""

from __future__ import annotations

import asyncio
import contextvars
import datetime
import email.utils
import functools
import json
import logging
import os
import random
import re
import socket
import ssl
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Generic, Literal, TypeVar

import httpx
import pydantic

from ._auth import Credentials, Requirement
from ._construct import construct, shape_mismatch
from ._encoding import (
    Style,
    encode_cookies,
    encode_form,
    encode_multipart,
    encode_query,
    fields_of,
    format_path,
    header_value,
    to_jsonable,
)

from ._exceptions import (
    APIConnectionError,
    APIError,
    ClientClosedError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._settings import (
    DEFAULT_BASE_URL,
    ENV_BASE_URL,
    ENV_LOG,
    IDEMPOTENCY_HEADER,
    PACKAGE_NAME,
    SECURITY_SCHEMES,
    ClientError,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._version import __version__

log = logging.getLogger(PACKAGE_NAME)

_T = TypeVar("_T")
# The httpx client a runtime sends with: sync or async (one type per subclass, as type checkers want it).
_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 5
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "text", "empty"]

# Set by ``with_raw_response`` wrappers to a list: while it is set, a request returns its raw response instead of
# parsing it, and also appends it there (so that a method which returns nothing still yields its response).
_raw_response: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar(
    "_raw_response", default=None
)

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}
_OPTIONS = RequestOptions.__optional_keys__ | RequestOptions.__required_keys__


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
        unknown = set(options) - _OPTIONS
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
        if not body_required and _nothing_given(body):
            # An optional body none of whose fields was given is not sent at all (``{}`` would be a body).
            body = NOT_GIVEN
        content = self._body_bytes(
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

    def _body_bytes(
        self,
        body: Any,
        body_kind: BodyKind,
        content_type: str | None,
        encodings: Mapping[str, Style] | None,
        options: RequestOptions,
        headers: dict[str, str],
    ) -> bytes | None:
        """The body's bytes in its media type (setting ``Content-Type``); ``None`` when nothing is sent."""
        extra_body = options.get("extra_body")
        if isinstance(body, NotGiven) and not extra_body:
            return None
        if body_kind == "json":
            data = to_jsonable({} if isinstance(body, NotGiven) else body)
            if extra_body and isinstance(data, dict):
                data.update(to_jsonable(extra_body))
            headers.setdefault("Content-Type", content_type or "application/json")
            return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()
        if body_kind == "form" and isinstance(body, (str, bytes, bytearray)):
            # A form body whose schema is a string is the encoded form text itself (``a=1&b=2``): sent as
            # given, never read as fields (a string has none, and nothing would be sent).
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
            return body.encode() if isinstance(body, str) else bytes(body)
        if body_kind in ("form", "multipart"):
            if not isinstance(body, (NotGiven, Mapping, pydantic.BaseModel)):
                # fields_of() would find no field in it, and an empty body would go out in its place.
                raise TypeError(
                    f"a {content_type or body_kind} body is a mapping of its fields or a model, "
                    f"not {type(body).__name__}"
                )
            fields = fields_of(body)
            fields.update(extra_body or {})
            if body_kind == "form":
                headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
                return encode_form(fields, encodings)
            boundary = uuid.uuid4().hex
            headers.setdefault(
                "Content-Type",
                f"{content_type or 'multipart/form-data'}; boundary={boundary}",
            )
            return encode_multipart(fields, encodings, boundary)
        if isinstance(body, NotGiven):
            return None
        headers.setdefault("Content-Type", content_type or "application/octet-stream")
        if isinstance(body, str):
            return body.encode()
        if isinstance(body, os.PathLike):
            with open(body, "rb") as handle:
                return handle.read()
        if hasattr(body, "read"):
            data = body.read()
            return data.encode() if isinstance(data, str) else bytes(data)
        return bytes(body)

    # -------------------------------------------------------------------------------------- retries

    def _retry_delay(
        self, attempt: int, retries: int, response: httpx.Response | None
    ) -> float | None:
        """How long to wait before retrying, or ``None`` when the call must not be retried.

        A response is retried when ``x-should-retry: true`` says so, or when its status is in
        ``RETRY_STATUSES`` and ``x-should-retry: false`` does not forbid it. A server's ``retry-after-ms`` or
        ``Retry-After`` is waited as given, unless it asks for longer than ``max_retry_after``: then the
        call is not retried at all (the error carries ``retry_after``), since sleeping that long inside a
        call would look like a hang. Otherwise exponential backoff with jitter."""
        if attempt >= retries:
            return None
        if response is not None:
            verdict = response.headers.get("x-should-retry", "").strip().lower()
            if verdict == "false":
                return None
            if verdict != "true" and response.status_code not in RETRY_STATUSES:
                return None
            after = retry_after(response.headers)
            if after is not None:
                if after > self.max_retry_after:
                    return None
                return after
        delay = min(self.initial_retry_delay * 2.0**attempt, self.max_retry_delay)
        return delay * (1 - 0.25 * random.random())

    def _merged_defaults(
        self,
        default_headers: Mapping[str, str] | NotGiven,
        set_default_headers: Mapping[str, str] | NotGiven,
        default_query: Mapping[str, object] | NotGiven,
        set_default_query: Mapping[str, object] | NotGiven,
    ) -> tuple[dict[str, str], dict[str, object]]:
        """The default headers and query of a ``with_options`` copy: added to this client's, or replacing
        them (``set_...``); giving both of a pair is an error."""
        if not isinstance(default_headers, NotGiven) and not isinstance(
            set_default_headers, NotGiven
        ):
            raise TypeError(
                "pass default_headers (added) or set_default_headers (replacing), not both"
            )
        if not isinstance(default_query, NotGiven) and not isinstance(
            set_default_query, NotGiven
        ):
            raise TypeError(
                "pass default_query (added) or set_default_query (replacing), not both"
            )
        headers = dict(self.default_headers)
        if not isinstance(set_default_headers, NotGiven):
            headers = dict(set_default_headers)
        elif not isinstance(default_headers, NotGiven):
            headers.update(default_headers)
        query = dict(self.default_query)
        if not isinstance(set_default_query, NotGiven):
            query = dict(set_default_query)
        elif not isinstance(default_query, NotGiven):
            query.update(default_query)
        return headers, query

    def _transport_error(
        self, request: httpx.Request, exc: httpx.HTTPError
    ) -> APIError:
        """The client's error for a request that got no answer, saying which failure it was (the httpx
        error stays chained as the cause)."""
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request)
        return APIConnectionError(
            request, self._redact(f"Connection error: {describe_transport_error(exc)}")
        )

    def _check_open(self) -> None:
        if self._client.is_closed:
            raise ClientClosedError(
                "This client is closed (close() or its with block ended): make another client, or use "
                "one without closing it."
            )

    def _max_retries(self, options: RequestOptions) -> int:
        return max(0, options.get("max_retries", self.max_retries))

    # -------------------------------------------------------------------------------------- responses

    def _redact(self, text: str) -> str:
        for secret in self._credentials.secrets():
            text = text.replace(secret, "***")
        return text

    def _log_request(self, request: httpx.Request) -> None:
        if log.isEnabledFor(logging.DEBUG):
            hidden, _ = self._credentials.cross_origin_names()
            headers = {
                k: ("***" if k.lower() in hidden else v)
                for k, v in request.headers.items()
            }
            log.debug(
                "request: %s %s headers=%s",
                request.method,
                self._redact(str(request.url)),
                self._redact(repr(headers)),
            )

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "response: %s %s -> %d in %.3fs",
                request.method,
                self._redact(str(request.url)),
                response.status_code,
                time.monotonic() - started,
            )

    def _status_error(self, response: httpx.Response, content: bytes) -> APIStatusError:
        """An error of the status's class, with ``code``, ``message`` and ``details`` from the body."""
        body: Any = None
        code: str | None = None
        details: Any = None
        message = ""
        text = content.decode("utf-8", "replace")
        try:
            body = json.loads(text) if text.strip() else None
        except (ValueError, RecursionError):
            body = None
        if isinstance(body, dict):
            error = body.get("error")
            source = error if isinstance(error, dict) else body
            if isinstance(error, str):
                message = error
            raw_code = source.get("code")
            code = (
                str(raw_code)
                if isinstance(raw_code, (str, int)) and not isinstance(raw_code, bool)
                else None
            )
            for key in ("message", "detail", "error_description", "title"):
                if isinstance(source.get(key), str) and source[key]:
                    message = source[key]
                    break
            details = source.get("details")
            if details is None and isinstance(source.get("detail"), list):
                details = source["detail"]  # FastAPI's validation errors
        if not message:
            message = _summary(text) or response.reason_phrase or "error"
        problems = _detail_summary(details)
        if problems and problems not in message:
            message = f"{message} ({problems})"
        cls = _STATUS_ERRORS.get(response.status_code)
        if cls is None:
            cls = InternalServerError if response.status_code >= 500 else APIStatusError
        return cls(
            self._redact(message),
            response=response,
            code=code,
            details=details,
            body=body,
        )

    def _parse(
        self,
        response: httpx.Response,
        content: bytes,
        cast_to: Any,
        kind: ResponseKind,
        require: Callable[[Any], str | None] | None = None,
    ) -> Any:
        """The body as ``cast_to``: validated, and where it does not match, built leniently (as received)
        unless ``strict_response_validation`` is set. A body that is not JSON, or not even of the JSON kind
        the type needs (an array for a model), or that ``require`` finds unusable (it names the problem), is
        an ``APIResponseValidationError`` either way."""
        if kind == "empty" or cast_to is type(None):
            return None
        if kind == "text":
            return content.decode(response.encoding or "utf-8", "replace")
        if (
            content.strip()
            and isinstance(cast_to, type)
            and issubclass(cast_to, pydantic.BaseModel)
        ):
            # The common case: parse and validate the bytes in one pass (pydantic's own JSON parser).
            try:
                return _required(
                    cast_to.model_validate_json(content), require, response
                )
            except pydantic.ValidationError as exc:
                if any(error["type"] == "json_invalid" for error in exc.errors()):
                    pass  # the error below says what the body is instead
                elif self.strict_response_validation:
                    raise self._validation_error(exc, response, content) from None
        try:
            data = json.loads(content) if content.strip() else None
        except (ValueError, RecursionError):
            content_type = response.headers.get("content-type", "no content type")
            raise APIResponseValidationError(
                f"Expected a JSON response, got {content_type}: {self._redact(_summary(content.decode('utf-8', 'replace')))}",
                response=response,
                body=content,
            ) from None
        if self.strict_response_validation or shape_mismatch(cast_to, data):
            return _required(
                validate(cast_to, data, response, self._redact), require, response
            )
        try:
            built = construct(cast_to, data)
        except RecursionError:
            raise APIResponseValidationError(
                "Response is nested too deeply to build", response=response, body=data
            ) from None
        return _required(built, require, response)

    def _validation_error(
        self, exc: pydantic.ValidationError, response: httpx.Response, content: bytes
    ) -> APIResponseValidationError:
        try:
            data: Any = json.loads(content)
        except (ValueError, RecursionError):
            data = content
        return APIResponseValidationError(
            self._redact(_mismatch(exc)), response=response, body=data
        )

    def _check_size(self, response: httpx.Response, size: int) -> None:
        if size > MAX_RESPONSE_BYTES:
            raise APIResponseValidationError(
                f"Response body is larger than {MAX_RESPONSE_BYTES} bytes",
                response=response,
            )

    def _redirect(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Request:
        """The next request of a followed redirect; credentials never go to another origin."""
        location = response.headers.get("location")
        if not location:
            raise APIStatusError(
                "Redirect without a Location header", response=response
            )
        url = request.url.join(location)
        headers = {
            k: v
            for k, v in request.headers.items()
            if k.lower() not in ("host", "content-length", "content-type")
        }
        if (url.scheme, url.host, url.port) != (
            request.url.scheme,
            request.url.host,
            request.url.port,
        ):
            hidden, query_names = self._credentials.cross_origin_names()
            headers = {k: v for k, v in headers.items() if k.lower() not in hidden}
            secrets = set(self._credentials.secrets())
            if query_names or secrets:
                url = url.copy_with(
                    params=[
                        (k, v)
                        for k, v in url.params.multi_items()
                        if k not in query_names and v not in secrets
                    ]
                )
        return httpx.Request("GET", url, headers=headers, extensions=request.extensions)


def validate(
    cast_to: Any,
    data: Any,
    response: httpx.Response,
    redact: Callable[[str], str] = lambda s: s,
) -> Any:
    """``data`` as ``cast_to`` (a model, or any type pydantic knows); a mismatch is a typed error."""
    try:
        if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
            return cast_to.model_validate(data)
        try:
            adapter = _adapters.get(cast_to)
        except TypeError:
            adapter = None
        if adapter is None:
            adapter = pydantic.TypeAdapter(cast_to)
            try:
                _adapters[cast_to] = adapter
            except TypeError:
                pass
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            redact(_mismatch(exc)), response=response, body=data
        ) from None


def _mismatch(exc: pydantic.ValidationError, limit: int = 3) -> str:
    """The first fields a validation error names, and what is wrong with each."""
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or '(root)'}: {error['msg']}"
        for error in exc.errors()[:limit]
    )
    more = exc.error_count() - limit
    return f"Response does not match the API's documented shape: {problems}" + (
        f"; and {more} more" if more > 0 else ""
    )


def _required(
    result: Any, require: Callable[[Any], str | None] | None, response: httpx.Response
) -> Any:
    """``result``, unless ``require`` names a problem that leaves it unusable (a page without its list)."""
    problem = require(result) if require is not None else None
    if problem:
        raise APIResponseValidationError(
            f"Response does not match the API's documented shape: {problem}",
            response=response,
        )
    return result


_FIELD_KEYS = (
    "field",
    "loc",
    "path",
    "param",
    "parameter",
    "name",
    "pointer",
    "property",
)
_PROBLEM_KEYS = ("message", "msg", "detail", "error", "reason", "description")


def _detail_summary(details: Any, limit: int = 3) -> str:
    """The first problems an error's ``details`` name, as ``field: problem`` (a list of objects with a field
    and a message, a mapping of fields to messages, or plain text), for the error's message.
    """
    items: list[str] = []
    if isinstance(details, str):
        return details.strip()[:200]
    if isinstance(details, Mapping):
        for key, value in details.items():
            text = value[0] if isinstance(value, list) and value else value
            if isinstance(text, (str, int, float)):
                items.append(f"{key}: {text}")
    elif isinstance(details, list):
        for entry in details:
            if isinstance(entry, str):
                items.append(entry)
            elif isinstance(entry, Mapping):
                field = next(
                    (entry[k] for k in _FIELD_KEYS if entry.get(k) not in (None, "")),
                    None,
                )
                problem = next(
                    (entry[k] for k in _PROBLEM_KEYS if isinstance(entry.get(k), str)),
                    None,
                )
                if isinstance(field, list):
                    field = ".".join(str(part) for part in field)
                if problem is not None:
                    items.append(
                        f"{field}: {problem}" if field is not None else problem
                    )
    shown = "; ".join(items[:limit])
    more = len(items) - limit
    return shown + (f"; and {more} more" if more > 0 else "")


def _summary(text: str, limit: int = 200) -> str:
    """A short one-line excerpt of a body, with the markup of an HTML error page removed."""
    if "<" in text and ">" in text:
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        if title:
            text = title.group(1)
        else:
            text = re.sub(r"<[^>]+>", " ", text)
    text = " ".join(text.split())
    return text[:limit] + ("..." if len(text) > limit else "")


_logging_configured = False


def configure_logging() -> None:
    """``<PREFIX>_LOG=debug`` (or ``info``) in the environment logs the client's requests, responses and
    retries to stderr (once per process, unless the application configured the logger itself).
    """
    global _logging_configured
    if _logging_configured:
        return
    _logging_configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(ENV_LOG, "").strip().lower()
    )
    if level is None:
        return
    log.setLevel(level)
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s")
        )
        log.addHandler(handler)


def describe_transport_error(exc: BaseException) -> str:
    """What went wrong on the way to the server, from the exception and its causes: a name that could not be
    resolved, a TLS failure, a refused or reset connection, or the exception itself."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    text = str(exc) or type(exc).__name__
    for cause in chain:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (
                f"TLS certificate verification failed ({cause.verify_message or cause})"
            )
        if isinstance(cause, ssl.SSLError):
            return f"TLS handshake failed ({cause})"
        if isinstance(cause, socket.gaierror):
            return f"the host name could not be resolved ({cause})"
        if isinstance(cause, ConnectionRefusedError):
            return "the connection was refused (nothing listens there?)"
        if isinstance(cause, ConnectionResetError):
            return "the connection was reset by the server"
    lowered = text.lower()
    if (
        "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "getaddrinfo" in lowered
    ):
        return f"the host name could not be resolved ({text})"
    if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
        return f"TLS failed ({text})"
    if "refused" in lowered:
        return f"the connection was refused ({text})"
    return f"{type(exc).__name__}: {text}" if str(exc) else type(exc).__name__


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response asks for, in seconds: ``retry-after-ms``, else ``Retry-After`` (seconds or an HTTP
    date); ``None`` when it asks for none (or says something unreadable)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            value = float(millis) / 1000.0
        except ValueError:
            value = float("nan")
        if value == value and value >= 0:
            return value
    return _retry_after(headers.get("retry-after"))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    if seconds != seconds or seconds < 0:
        return 0.0 if seconds == seconds else None
    return seconds


def _raw(response: httpx.Response, parse: Callable[[], Any]) -> Any:
    """The raw response of a call made through ``with_raw_response``, handed to its wrapper too."""
    from ._response import APIResponse

    raw = APIResponse(response, parse)
    box = _raw_response.get()
    if box is not None:
        box.append(raw)
    return raw


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


def _nothing_given(body: Any) -> bool:
    return isinstance(body, NotGiven) or (
        isinstance(body, Mapping)
        and all(isinstance(v, NotGiven) for v in body.values())
    )


def _idempotency_key(given: Any) -> str:
    return str(given) if isinstance(given, str) and given else str(uuid.uuid4())


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
            self._check_size(response, declared)
            for chunk in response.iter_bytes():
                size += len(chunk)
                self._check_size(response, size)
                chunks.append(chunk)
        finally:
            response.close()
        content = b"".join(chunks)
        response._content = content
        return content

    def _sleep_retry(self, request: httpx.Request, delay: float, why: str) -> None:
        log.info(
            "retrying %s %s in %.2fs (%s)",
            request.method,
            self._redact(str(request.url)),
            delay,
            self._redact(why),
        )
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
        key = None if idempotency_key is None else _idempotency_key(idempotency_key)
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
            self._check_size(response, declared)
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                self._check_size(response, size)
                chunks.append(chunk)
        finally:
            await response.aclose()
        content = b"".join(chunks)
        response._content = content
        return content

    async def _sleep_retry(
        self, request: httpx.Request, delay: float, why: str
    ) -> None:
        log.info(
            "retrying %s %s in %.2fs (%s)",
            request.method,
            self._redact(str(request.url)),
            delay,
            self._redact(why),
        )
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
        key = None if idempotency_key is None else _idempotency_key(idempotency_key)
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
