from __future__ import annotations

from .._models import BaseModel

__all__ = ["Thing"]


class Thing(BaseModel):
    """Thing (no description in the spec)."""

    id: str | None = None
