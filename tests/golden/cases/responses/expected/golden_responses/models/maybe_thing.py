from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["MaybeThing"]

MaybeThing = TypeAliasType(
    "MaybeThing",
    "Thing | None",
)
"""MaybeThing (no description in the spec)."""

from .thing import Thing
