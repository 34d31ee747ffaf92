from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Scalar"]

Scalar = TypeAliasType(
    "Scalar",
    "str | int | list[str]",
)
"""Scalar (no description in the spec)."""
