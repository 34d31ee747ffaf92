from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["LiteralModel"]


class LiteralModel(BaseModel):
    """LiteralModel (no description in the spec)."""

    op: Literal["lit"]

    value: float
