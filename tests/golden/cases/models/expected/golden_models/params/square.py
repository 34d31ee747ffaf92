from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["SquareParam"]


class SquareParam(TypedDict, total=False):
    """Square (no description in the spec).

    What a request may give instead of a ``Square``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    sides: Required[Literal[4]]

    side: float
