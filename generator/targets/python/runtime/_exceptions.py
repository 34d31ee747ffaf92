"""The errors of the client. Every one derives from the API's own root error (``ClientError`` of
``_settings``, named after the client: ``<Client>Error``), so one ``except`` catches them all.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._settings import ClientError

__all__ = [
    "ClientError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "ClientClosedError",
]


class APIError(ClientError):
    """A request that did not give a usable answer."""

    message: str
    request: httpx.Request

    def __init__(self, message: str, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with an error status (4xx or 5xx, or an unexpected redirect).

    ``code``, ``message`` and ``details`` come from the error body when it has them (``message`` is a summary
    of the body, or the status's reason, when it is not the API's JSON envelope); ``request_id`` from the
    response headers. ``str()`` of the error gives the status, the code and the message together.
    """

    response: httpx.Response
    status_code: int
    code: str | None
    details: Any
    request_id: str | None
    body: Any
    retry_after: float | None
    """The seconds the server asked to wait before trying again (``Retry-After``/``retry-after-ms``), if any."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | None = None,
        details: Any = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.details = details
        self.body = body
        self.request_id = response.headers.get("x-request-id") or response.headers.get(
            "request-id"
        )
        self.retry_after = _retry_after_of(response)
        summary = f"Error code: {response.status_code}" + (f" ({code})" if code else "")
        self.args = (f"{summary} - {message}",)


class BadRequestError(APIStatusError):
    """400: the request is malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state (never retried)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried, honouring ``Retry-After``)."""


class InternalServerError(APIStatusError):
    """5xx: the server failed (retried)."""


class APIConnectionError(APIError):
    """The API could not be reached."""

    def __init__(
        self, request: httpx.Request, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """The API answered with success, but the body is not what the spec describes (not JSON, or not of the
    documented shape)."""

    response: httpx.Response
    status_code: int
    body: Any

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any = None
    ) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class ClientClosedError(ClientError, RuntimeError):
    """A call on a client that was closed (also a ``RuntimeError``, as httpx's own was)."""


class WaitTimeoutError(ClientError):
    """``wait()`` reached its deadline; ``last`` is the last state seen."""

    def __init__(self, message: str, last: Any) -> None:
        super().__init__(message)
        self.last = last


class WebhookVerificationError(ClientError):
    """A webhook delivery failed verification (signature, timestamp or payload)."""


def _retry_after_of(response: httpx.Response) -> float | None:
    from ._base_client import retry_after

    return retry_after(response.headers)
