from __future__ import annotations

from .._models import BaseModel

__all__ = ["BagEntriesItem"]


class BagEntriesItem(BaseModel):
    """BagEntriesItem (no description in the spec)."""

    key: str

    value: str | None = None
