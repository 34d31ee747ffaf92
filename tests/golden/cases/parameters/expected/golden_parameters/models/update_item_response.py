from __future__ import annotations

from .._models import BaseModel

__all__ = ["UpdateItemResponse"]


class UpdateItemResponse(BaseModel):
    """UpdateItemResponse (no description in the spec)."""

    ok: bool | None = None
