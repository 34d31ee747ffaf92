from __future__ import annotations

from .._models import BaseModel

__all__ = ["Node"]


class Node(BaseModel):
    """Node (no description in the spec)."""

    value: str

    children: list[Node] | None = None

    parent: Node | None = None

    owner: Person | None = None


# Imported last: models may refer to each other in cycles.
from .person import Person
