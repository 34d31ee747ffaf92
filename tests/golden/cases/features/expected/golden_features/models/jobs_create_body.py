from __future__ import annotations

from .._models import BaseModel

__all__ = ["JobsCreateBody"]


class JobsCreateBody(BaseModel):
    """JobsCreateBody (no description in the spec)."""

    input: str
