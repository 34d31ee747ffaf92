from __future__ import annotations

from .._models import BaseModel

__all__ = ["Owner"]


class Owner(BaseModel):
    """Owner (no description in the spec)."""

    email: str | None = None
    """Constraints: format email."""
