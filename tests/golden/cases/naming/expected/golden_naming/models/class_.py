from __future__ import annotations

from .._models import BaseModel

__all__ = ["Class"]


class Class(BaseModel):
    """Class (no description in the spec)."""

    value: str | None = None
