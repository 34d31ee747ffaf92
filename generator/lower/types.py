"""Small readings of a schema shared by the lowering modules."""

from __future__ import annotations

from .context import Schema

__all__ = ["schema_types"]


def schema_types(schema: Schema) -> list[str]:
    """The schema's declared types as strings (3.0 single type or 3.1 list)."""
    raw = schema.type
    if raw is None:
        return []
    values = raw if isinstance(raw, list) else [raw]
    return [v.value if hasattr(v, "value") else str(v) for v in values]
