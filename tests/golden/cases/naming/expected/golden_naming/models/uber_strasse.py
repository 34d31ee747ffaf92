from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["UberStrasse"]

UberStrasse = TypeAliasType(
    "UberStrasse",
    "str",
)
"""UberStrasse (no description in the spec)."""
