from __future__ import annotations

from .._models import BaseModel

__all__ = ["Named"]


class Named(BaseModel):
    """Named (no description in the spec)."""

    name: str
