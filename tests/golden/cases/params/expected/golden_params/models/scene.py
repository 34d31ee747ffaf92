from __future__ import annotations

from .._models import BaseModel

__all__ = ["Scene"]


class Scene(BaseModel):
    """Scene (no description in the spec)."""

    id: str | None = None

    name: str
