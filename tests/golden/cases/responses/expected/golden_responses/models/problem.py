from __future__ import annotations

from .._models import BaseModel

__all__ = ["Problem"]


class Problem(BaseModel):
    """Problem (no description in the spec)."""

    message: str | None = None
