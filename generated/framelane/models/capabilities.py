from __future__ import annotations

from typing import Any

from typing_extensions import TypeAliasType

__all__ = ["Capabilities"]

Capabilities = TypeAliasType(
    "Capabilities",
    "dict[str, Any]",
)
"""Catalogue of what renders and tasks can use today: effects, motions, transitions, input
and output formats, element types, task parameters, fonts, numeric ranges, global limits
and rate limits, each marked as supported or not. The shape evolves with the service, so
it is left open; validate requests against it to avoid 422s.
"""
