from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Tags"]

Tags = TypeAliasType(
    "Tags",
    "list[str]",
)
"""Tags (no description in the spec).

Constraints: at most 10 items.
"""
