from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["ExtendedCondition"]


class ExtendedCondition(BaseModel):
    """Merges a recursive schema into itself."""

    field: str | None = Field(default=None, alias="Field")

    not_: Condition | None = Field(default=None, alias="Not")

    and_: list[Condition] | None = Field(default=None, alias="And")

    weight: float | None = Field(default=None, alias="Weight")


# Imported last: models may refer to each other in cycles.
from .condition import Condition
