from __future__ import annotations

from .._models import BaseModel

__all__ = ["MeResponse"]


class MeResponse(BaseModel):
    """MeResponse (no description in the spec)."""

    id: str | None = None
