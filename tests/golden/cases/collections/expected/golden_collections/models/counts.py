from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Counts"]

Counts = TypeAliasType(
    "Counts",
    "dict[str, int]",
)
"""Counts (no description in the spec)."""
