from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Outline"]

Outline = TypeAliasType(
    "Outline",
    "str | list[Outline]",
)
"""A tree of headings."""
