from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["Metadata"]

Metadata = TypeAliasType(
    "Metadata",
    "dict[str, str]",
)
"""Your own key/value pairs (string values). They are stored with the job and echoed back
in every job response and webhook payload.
"""
