from __future__ import annotations

from .._models import BaseModel

__all__ = ["Person"]


class Person(BaseModel):
    """Person (no description in the spec)."""

    name: str | None = None

    favourite: Node | None = None

    friends: list[Person] | None = None


# Imported last: models may refer to each other in cycles.
from .node import Node
