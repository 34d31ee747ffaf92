from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["Sum"]


class Sum(BaseModel):
    """Sum (no description in the spec)."""

    op: Literal["sum"]

    terms: list[Expression]


# Imported last: models may refer to each other in cycles.
from .expression import Expression
