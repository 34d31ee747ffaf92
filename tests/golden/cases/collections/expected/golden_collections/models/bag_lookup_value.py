from __future__ import annotations

from .._models import BaseModel

__all__ = ["BagLookupValue"]


class BagLookupValue(BaseModel):
    """BagLookupValue (no description in the spec)."""

    hits: int | None = None
