from __future__ import annotations

from .._models import BaseModel

__all__ = ["CommonError"]


class CommonError(BaseModel):
    """CommonError (no description in the spec)."""

    code: int | None = None

    message: str | None = None
