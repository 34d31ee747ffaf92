from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["PingEvent"]


class PingEvent(BaseModel):
    """PingEvent (no description in the spec)."""

    type: Literal["ping"] | None = None
