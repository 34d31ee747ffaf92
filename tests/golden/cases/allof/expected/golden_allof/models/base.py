from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["Base"]


class Base(BaseModel):
    """Base (no description in the spec)."""

    id: str

    created: datetime.datetime | None = None
