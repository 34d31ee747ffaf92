from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Dimension"]

Dimension = TypeAliasType(
    "Dimension",
    "float | str",
)
"""A length, position, angle or scale: a number (pixels, or degrees for rotations) or a
string with a unit, such as `"50%"` (of the canvas), `"0°"` or `"0deg"`.
"""
