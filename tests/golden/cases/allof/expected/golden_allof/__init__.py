"""Python client of the AllOf (API version 1.0).

Generated from its OpenAPI description; do not edit: regenerate instead.
"""

from ._client import AsyncGoldenAllof, GoldenAllof
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
from ._response import APIResponse
from ._settings import GoldenAllofError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "GoldenAllof",
    "AsyncGoldenAllof",
    "GoldenAllofError",
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
]
