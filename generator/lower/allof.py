"""``allOf``: the parts of a schema merged into one (properties, required names, keywords), as lowering
reads an object built from others."""

from __future__ import annotations

from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import pointer as jp
from .context import Context, Schema, SchemaNode, ref_of

__all__ = ["merge_all_of", "single_ref"]


def merge_all_of(
    ctx: Context, origins: dict[int, str], schema: Schema, pointer: str
) -> Schema:
    """One schema with the properties, required names and keywords of every ``allOf`` part; ``origins``
    records where each inherited property was declared (by the property's ``id``)."""
    properties: dict[str, SchemaNode] = {}
    required: list[str] = []
    update: dict[str, Any] = {}
    seen: set[str] = set()

    def visit(node: SchemaNode, where: str) -> None:
        ref = ref_of(node)
        if ref is not None and ref in seen:
            return
        if ref is not None:
            seen.add(ref)
        resolved, at = ctx.deref(node, where)
        for i, part in enumerate(resolved.allOf or []):
            visit(part, jp.join(at, "allOf", i))
        for name, prop in (resolved.properties or {}).items():
            properties[name] = prop
            if ref is not None:
                # A property inherited from a referenced schema is that schema's, at its location:
                # declared once there, and a schema that merges itself cannot nest forever.
                origins[id(prop)] = jp.join(at, "properties", name)
        for name in resolved.required or []:
            if name not in required:
                required.append(name)
        for field in (
            "type",
            "additionalProperties",
            "enum",
            "schema_format",
            "oneOf",
            "anyOf",
            "discriminator",
            "items",
        ):
            value = getattr(resolved, field, None)
            if value is not None and field not in update:
                update[field] = value
        if getattr(resolved, "nullable", None) and "nullable" not in update:
            update["nullable"] = True

    for i, part in enumerate(schema.allOf or []):
        visit(part, jp.join(pointer, "allOf", i))
    own = schema.model_copy(update={"allOf": None})
    for name, prop in (own.properties or {}).items():
        properties[name] = prop
    for name in own.required or []:
        if name not in required:
            required.append(name)
    for field, value in update.items():
        if getattr(own, field, None) is None:
            own = own.model_copy(update={field: value})
    if properties and not own.type:
        own = own.model_copy(
            update={"type": (v3_1.DataType.OBJECT if ctx.v31 else v3_0.DataType.OBJECT)}
        )
    return own.model_copy(
        update={"properties": properties or None, "required": required or None}
    )


_ANNOTATION_KEYS = frozenset(
    {
        "allOf",
        "description",
        "title",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "externalDocs",
        "xml",
        "$comment",
    }
)


def single_ref(schema: Schema) -> str | None:
    """``allOf: [{$ref}]`` with nothing but annotations beside it is how 3.0 specs put a description or a
    default on a reference: it means the reference."""
    parts = schema.allOf
    if not parts:
        return None
    refs = [part for part in parts if ref_of(part) is not None]
    # Other parts may only annotate (AWS writes allOf: [{$ref}, {description}]).
    others = [part for part in parts if ref_of(part) is None]
    if len(refs) != 1 or any(_keywords(part) - _ANNOTATION_KEYS for part in others):
        return None
    if _keywords(schema) - _ANNOTATION_KEYS:
        return None
    return ref_of(refs[0])


def _keywords(node: SchemaNode) -> set[str]:
    return {k for k in node.model_fields_set if not k.startswith("x-")}
