from __future__ import annotations

from .._models import BaseModel

__all__ = ["PingResponse"]


class PingResponse(BaseModel):
    """PingResponse (no description in the spec)."""

    pong: bool | None = None
