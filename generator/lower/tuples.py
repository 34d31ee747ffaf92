"""3.1 ``prefixItems``: arrays whose items each have their own type.

An array that can hold nothing beyond its prefix (``items: false``, or a ``maxItems`` no longer than the
prefix) is a tuple of the prefix's types; when ``minItems`` allows it to be shorter, it is the union of the
tuples of every allowed length (``tuple[int, str] | tuple[int]``), each of which only an array of its length
fits. An array that may go on past its prefix would be ``tuple[int, str, *tuple[X, ...]]``, which pydantic
cannot validate on Python 3.11: it degrades, with a warning at its pointer, to a list of any of its item types
(``list[int | str | X]``), which every valid value fits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir
from .. import pointer as jp
from .context import Schema, SchemaNode

if TYPE_CHECKING:
    from .schemas import SchemaLowerer


def prefix_items(
    lowerer: SchemaLowerer, schema: Schema, pointer: str, hint: str
) -> ir.TypeRef:
    """The type of an array schema with a non-empty ``prefixItems``."""
    prefix = [
        lowerer.lower(node, jp.join(pointer, "prefixItems", i), f"{hint}Item{i + 1}")
        for i, node in enumerate(getattr(schema, "prefixItems", None) or [])
    ]
    length = len(prefix)
    shortest = schema.minItems or 0
    closed = is_false(schema.items) or (
        schema.maxItems is not None and schema.maxItems <= length
    )
    if closed:
        longest = min(
            length, schema.maxItems if schema.maxItems is not None else length
        )
        if shortest > longest:
            lowerer.ctx.warn(
                jp.join(pointer, "minItems"),
                f"minItems {shortest} is more than the {longest} items the array can hold;"
                " read as a list of any",
            )
            return ir.ListType(ir.AnyType())
        # Longest first: the full tuple reads first in the annotation.
        tuples = [
            ir.TupleType(tuple(prefix[:n])) for n in range(longest, shortest - 1, -1)
        ]
        if len(tuples) == 1:
            return tuples[0]
        return ir.UnionType(tuple(ir.UnionVariant(t) for t in tuples))
    rest: ir.TypeRef = (
        lowerer.lower(schema.items, jp.join(pointer, "items"), f"{hint}Item")
        if schema.items is not None
        else ir.AnyType()
    )
    lowerer.ctx.warn(
        jp.join(pointer, "prefixItems"),
        "items after prefixItems cannot be typed as a tuple; read as a list of any of its item types",
    )
    members: list[ir.TypeRef] = []
    for member in [*prefix, rest]:
        if member not in members:
            members.append(member)
    item: ir.TypeRef
    if any(isinstance(m, ir.AnyType) for m in members):
        item = ir.AnyType()
    elif len(members) == 1:
        item = members[0]
    else:
        item = ir.UnionType(tuple(ir.UnionVariant(m) for m in members))
    return ir.ListType(
        item=item,
        min_items=schema.minItems,
        max_items=schema.maxItems,
        unique=bool(schema.uniqueItems),
    )


def is_false(node: SchemaNode | None) -> bool:
    """Whether a schema is ``false`` (which the loader writes as ``{"not": {}}``): nothing fits it."""
    if not isinstance(node, (v3_0.Schema, v3_1.Schema)):
        return False
    inner = getattr(node, "schema_not", None)
    return (
        _keywords(node) == {"schema_not"}
        and isinstance(inner, (v3_0.Schema, v3_1.Schema))
        and not _keywords(inner)
    )


def _keywords(node: Schema) -> set[str]:
    return {k for k in node.model_fields_set if not k.startswith("x-")} | set(
        node.model_extra or {}
    )
