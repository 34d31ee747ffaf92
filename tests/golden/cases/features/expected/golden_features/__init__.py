"""Python client of the Features (API version 2.0).

Generated from its OpenAPI description; do not edit: regenerate instead.
"""

from ._client import AsyncAcme, Acme
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookVerificationError,
)
from ._pagination import AsyncCursorPage, AsyncPager, SyncCursorPage
from ._response import APIResponse
from ._settings import AcmeError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "Acme",
    "AsyncAcme",
    "AcmeError",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "__version__",
    "AsyncCursorPage",
    "AsyncPager",
    "SyncCursorPage",
]
