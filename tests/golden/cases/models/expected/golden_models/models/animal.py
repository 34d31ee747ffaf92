from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Animal"]


class Animal(BaseModel):
    """The base of the animals; petType names the kind."""

    pet_type: str = Field(alias="petType")

    name: str

    id: str | None = None
