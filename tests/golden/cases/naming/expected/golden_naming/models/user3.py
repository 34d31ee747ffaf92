from __future__ import annotations

from .._models import BaseModel

__all__ = ["User3"]


class User3(BaseModel):
    """User3 (no description in the spec)."""

    other: str | None = None
