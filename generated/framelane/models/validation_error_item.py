from __future__ import annotations

from .._models import BaseModel

__all__ = ["ValidationErrorItem"]


class ValidationErrorItem(BaseModel):
    """One problem found while validating a request."""

    loc: list[str | int]
    """Path to the offending value: where it was (`body`, `query`, `path`, `header`)
    followed by the field names and array indexes leading to it.
    """

    message: str
    """What is wrong, in plain words."""

    type: str
    """Machine-readable kind of problem, such as `missing` or `greater_than_equal`."""
