from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["Record"]


class Record(BaseModel):
    """Record (no description in the spec)."""

    id: int

    note: str | None
    """Required but nullable."""

    kind: Literal["record"]

    version: Literal[2] | None = None

    parent: Record | None = None

    size: int | str | None = None

    label: str | None = None

    flag: bool | None = None

    score: float | None = None
    """Constraints: 0 < value < 10."""

    examples_field: str | None = None
