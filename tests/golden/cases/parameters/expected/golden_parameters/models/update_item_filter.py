from __future__ import annotations

from .._models import BaseModel

__all__ = ["UpdateItemFilter"]


class UpdateItemFilter(BaseModel):
    """UpdateItemFilter (no description in the spec)."""

    status: str | None = None

    owner: str | None = None
