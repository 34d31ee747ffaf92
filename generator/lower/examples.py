"""The examples a schema gives, as JSON values (the README and the docstrings show them)."""

from __future__ import annotations

from typing import Any

from .. import ir
from .context import Schema, SchemaNode, is_set
from .defaults import sibling

__all__ = ["examples_of", "json_value", "reference_examples"]


def json_value(value: Any) -> ir.JsonValue:
    """A JSON-like copy of a spec value, with non-finite numbers kept as floats."""
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "value"):
        return json_value(value.value)
    return str(value)


def examples_of(schema: Schema) -> tuple[ir.JsonValue, ...]:
    """The schema's examples (3.1 ``examples`` list, or the 3.0 ``example``)."""
    found: list[ir.JsonValue] = []
    listed = getattr(schema, "examples", None)
    if isinstance(listed, list):
        found.extend(json_value(v) for v in listed)
    if is_set(schema, "example"):
        found.append(json_value(schema.example))
    return tuple(found)


def reference_examples(node: SchemaNode) -> tuple[ir.JsonValue, ...]:
    """The ``examples`` written beside a reference."""
    found, values = sibling(node, "examples")
    return (
        tuple(json_value(v) for v in values)
        if found and isinstance(values, list)
        else ()
    )
