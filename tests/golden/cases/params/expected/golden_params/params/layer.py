from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["LayerParam"]

LayerParam = TypeAliasType(
    "LayerParam",
    "ShapeLayer | ShapeLayerParam | TextLayer | TextLayerParam | UnknownLayer",
)
"""One layer, picked by its kind.

What a request may give for a ``Layer``.
"""

from ..models.shape_layer import ShapeLayer
from ..models.text_layer import TextLayer
from ..models.unknown_layer import UnknownLayer
from .shape_layer import ShapeLayerParam
from .text_layer import TextLayerParam
