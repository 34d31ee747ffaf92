from __future__ import annotations

from .._models import BaseModel

__all__ = ["GetStatusResponse"]


class GetStatusResponse(BaseModel):
    """GetStatusResponse (no description in the spec)."""

    healthy: bool | None = None
