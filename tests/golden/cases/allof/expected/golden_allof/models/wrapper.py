from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Wrapper"]

Wrapper = TypeAliasType(
    "Wrapper",
    "Named",
)
"""Wrapper (no description in the spec)."""

from .named import Named
