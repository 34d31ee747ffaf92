from __future__ import annotations

from .._models import BaseModel

__all__ = ["ErrorResponse"]


class ErrorResponse(BaseModel):
    """The envelope of every error response (4xx and 5xx)."""

    error: ErrorBody
    """The error."""


# Imported last: models may refer to each other in cycles.
from .error_body import ErrorBody
