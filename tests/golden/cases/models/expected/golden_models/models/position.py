from __future__ import annotations

from .._models import BaseModel

__all__ = ["Position"]


class Position(BaseModel):
    """Nullable, with properties."""

    x: float

    y: float
