from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Lion"]


class Lion(BaseModel):
    """Lion (no description in the spec)."""

    pet_type: str = Field(alias="petType")

    name: str

    id: str | None = None

    lives: int | None = None

    mane: str | None = None
