from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["OpenColor"]

OpenColor = TypeAliasType(
    "OpenColor",
    "Color",
)
"""A known colour or any other string."""

from .color import Color
