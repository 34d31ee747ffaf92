from __future__ import annotations

from .._models import BaseModel

__all__ = ["User"]


class User(BaseModel):
    """User (no description in the spec)."""

    id: str | None = None
