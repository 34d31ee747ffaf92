from __future__ import annotations

from typing import Literal

from .._models import BaseModel
from .colour import Colour

__all__ = ["ShapeLayer"]


class ShapeLayer(BaseModel):
    """ShapeLayer (no description in the spec)."""

    kind: Literal["shape"]

    sides: int

    fill: Colour | None = None
