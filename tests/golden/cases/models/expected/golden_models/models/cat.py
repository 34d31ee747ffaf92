from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Cat"]


class Cat(BaseModel):
    """Cat (no description in the spec)."""

    pet_type: str = Field(alias="petType")

    name: str

    id: str | None = None

    lives: int | None = None
