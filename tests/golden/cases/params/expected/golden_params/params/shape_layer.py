from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ShapeLayerParam"]


class ShapeLayerParam(TypedDict, total=False):
    """ShapeLayer (no description in the spec).

    What a request may give instead of a ``ShapeLayer``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    kind: Required[Literal["shape"]]

    sides: Required[int]

    fill: Colour | Literal["red", "green", "blue"]


# Imported last: params may refer to each other in cycles.
from ..models.colour import Colour
