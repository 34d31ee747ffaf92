# pydantic types the other properties by narrowing __pydantic_extra__, an override pyright rejects.
# pyright: reportIncompatibleVariableOverride=false
from __future__ import annotations

from .._models import BaseModel

__all__ = ["BagExtraTyped"]


class BagExtraTyped(BaseModel):
    """BagExtraTyped (no description in the spec)."""

    __pydantic_extra__: dict[str, float]

    known: str | None = None
