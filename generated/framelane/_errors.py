"""Errors of failed calls: a response of an error status becomes the error class of its status, with the code,
message and details its body gives; a request that got no answer becomes a connection or timeout error that
says what went wrong. (The classes themselves are ``_exceptions``'.)"""

from __future__ import annotations

import json
import re
import socket
import ssl
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
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

STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response, content: bytes, redact: Callable[[str], str]
) -> APIStatusError:
    """An error of the status's class, with ``code``, ``message`` and ``details`` from the body (the message
    passed through ``redact``, which hides the client's secrets)."""
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
        message = summary(text) or response.reason_phrase or "error"
    problems = _detail_summary(details)
    if problems and problems not in message:
        message = f"{message} ({problems})"
    cls = STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(
        redact(message),
        response=response,
        code=code,
        details=details,
        body=body,
    )


def transport_error(
    request: httpx.Request, exc: httpx.HTTPError, redact: Callable[[str], str]
) -> APIError:
    """The client's error for a request that got no answer, saying which failure it was (the httpx
    error stays chained as the cause)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(
        request, redact(f"Connection error: {describe_transport_error(exc)}")
    )


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


def summary(text: str, limit: int = 200) -> str:
    """A short one-line excerpt of a body, with the markup of an HTML error page removed."""
    if "<" in text and ">" in text:
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        if title:
            text = title.group(1)
        else:
            text = re.sub(r"<[^>]+>", " ", text)
    text = " ".join(text.split())
    return text[:limit] + ("..." if len(text) > limit else "")


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
