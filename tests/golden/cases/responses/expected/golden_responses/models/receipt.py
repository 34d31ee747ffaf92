from __future__ import annotations

from .._models import BaseModel

__all__ = ["Receipt"]


class Receipt(BaseModel):
    """Receipt (no description in the spec)."""

    thing_id: str | None = None
