from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["ShapeParam"]

ShapeParam = TypeAliasType(
    "ShapeParam",
    "Circle | CircleParam | Square | SquareParam | UnknownShape",
)
"""Discriminated by mapping.

What a request may give for a ``Shape``.
"""

from ..models.circle import Circle
from ..models.square import Square
from ..models.unknown_shape import UnknownShape
from .circle import CircleParam
from .square import SquareParam
