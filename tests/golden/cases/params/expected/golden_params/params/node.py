from __future__ import annotations

from collections.abc import Sequence
from typing_extensions import Required, TypedDict

__all__ = ["NodeParam"]


class NodeParam(TypedDict, total=False):
    """A tree of nodes (recursive).

    What a request may give instead of a ``Node``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    label: Required[str]

    secret: Required[str]

    children: Sequence[Node | NodeParam]


# Imported last: params may refer to each other in cycles.
from ..models.node import Node
