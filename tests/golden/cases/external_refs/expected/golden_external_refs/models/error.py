from __future__ import annotations

from .._models import BaseModel

__all__ = ["Error"]


class Error(BaseModel):
    """Error (no description in the spec)."""

    code: int | None = None

    message: str | None = None
