from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Itself"]

Itself = TypeAliasType(
    "Itself",
    "str",
)
"""A union that lists itself."""
