from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["PositionParam"]


class PositionParam(TypedDict, total=False):
    """Nullable, with properties.

    What a request may give instead of a ``Position``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    x: Required[float]

    y: Required[float]
