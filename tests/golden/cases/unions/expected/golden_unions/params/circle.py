from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["CircleParam"]


class CircleParam(TypedDict, total=False):
    """Circle (no description in the spec).

    What a request may give instead of a ``Circle``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    kind: Required[Literal["circle"]]

    radius: Required[float]
