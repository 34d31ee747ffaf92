from __future__ import annotations

from .._models import BaseModel
from .priority import Priority

__all__ = ["SceneRequest"]


class SceneRequest(BaseModel):
    """SceneRequest (no description in the spec)."""

    name: str

    root: Node
    """A tree of nodes (recursive)."""

    layers: list[Layer] | None = None

    headers: Headers | None = None
    """Wire names that are not Python names, in the functional syntax."""

    priority: Priority | None = None


# Imported last: models may refer to each other in cycles.
from .headers import Headers
from .layer import Layer
from .node import Node
