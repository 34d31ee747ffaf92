from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Dog"]


class Dog(BaseModel):
    """Dog (no description in the spec)."""

    pet_type: str = Field(alias="petType")

    name: str

    id: str | None = None

    bark: bool | None = None
