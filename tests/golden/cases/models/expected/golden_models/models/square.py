from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["Square"]


class Square(BaseModel):
    """Square (no description in the spec)."""

    sides: Literal[4]

    side: float | None = None
