from __future__ import annotations

from .._models import BaseModel

__all__ = ["Node"]


class Node(BaseModel):
    """A tree of nodes (recursive)."""

    id: str | None = None

    label: str

    secret: str | None = None

    children: list[Node] | None = None
