from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["Circle"]


class Circle(BaseModel):
    """Circle (no description in the spec)."""

    sides: Literal[0]

    radius: float | None = None
