from __future__ import annotations

from .._models import BaseModel

__all__ = ["UpdateItemBody"]


class UpdateItemBody(BaseModel):
    """UpdateItemBody (no description in the spec)."""

    id: str | None = None
    """Collides with the path parameter."""

    name: str | None = None

    options: str | None = None
