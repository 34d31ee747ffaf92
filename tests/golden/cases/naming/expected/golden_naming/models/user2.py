from __future__ import annotations

from .._models import BaseModel

__all__ = ["User2"]


class User2(BaseModel):
    """Collides with User after naming."""

    name: str | None = None
