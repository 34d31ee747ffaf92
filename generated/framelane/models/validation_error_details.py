from __future__ import annotations

from .._models import BaseModel

__all__ = ["ValidationErrorDetails"]


class ValidationErrorDetails(BaseModel):
    """`details` of a `validation_error`: every problem found in the request."""

    errors: list[ValidationErrorItem]
    """The problems, one item each."""


# Imported last: models may refer to each other in cycles.
from .validation_error_item import ValidationErrorItem
