"""Defaults: a schema's ``default`` converted to the type lowering chose for it (an enum member, a list
factory, a date written as a date), or dropped with a warning when it does not fit that type.
"""

from __future__ import annotations

import math
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, literals
from .. import pointer as jp
from .context import Context, SchemaNode, is_set

__all__ = ["default_for", "sibling"]


def default_for(
    ctx: Context, node: SchemaNode, field_type: ir.TypeRef, where: str
) -> ir.Default | None:
    """The spec's default converted to the field's type, or None when it has none (or a wrong one)."""
    found, value = sibling(node, "default")
    if not found:
        return None
    return _default_value(ctx, value, field_type, where)


def _default_value(
    ctx: Context,
    value: Any,
    field_type: ir.TypeRef,
    where: str,
    seen: frozenset[str] = frozenset(),
) -> ir.Default | None:
    inner = field_type.inner if isinstance(field_type, ir.NullableType) else field_type
    if isinstance(inner, ir.DeclRef) and inner.kind == "alias" and value is not None:
        alias = ctx.declarations.get(inner.key)
        # ``seen``: aliases may name each other as union members in a cycle.
        if isinstance(alias, ir.Alias) and inner.key not in seen:
            return _default_value(ctx, value, alias.type, where, seen | {inner.key})
        return None
    if isinstance(inner, ir.UnionType) and value is not None:
        for variant in inner.variants:
            found = _default_value(ctx, value, variant.type, where, seen)
            if found is not None and found.kind == "literal":
                return found
        return None
    if value is None:
        return (
            ir.Default(None)
            if isinstance(field_type, ir.NullableType) or isinstance(inner, ir.AnyType)
            else None
        )
    if isinstance(inner, ir.DeclRef) and inner.kind == "enum":
        declaration = ctx.declarations.get(inner.key)
        if isinstance(declaration, ir.Enum):
            for member in declaration.members:
                if member.value == value and type(member.value) is type(value):
                    return ir.Default(value=value, kind="enum_member")
        ctx.warn(
            jp.join(where, "default"),
            f"default {value!r} is not one of the enum's values; ignored",
        )
        return None
    if isinstance(inner, ir.PrimitiveType) and _fits(inner.kind, value):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if inner.kind in ("date", "date-time", "time", "uuid"):
            return _scalar_default(ctx, value, inner, where)
        return ir.Default(value=value)
    if isinstance(inner, ir.LiteralType) and value in inner.values:
        return ir.Default(value=value)
    if isinstance(inner, ir.TupleType):
        # A default would be a tuple, which Default cannot hold; the field defaults to None instead.
        ctx.warn(
            jp.join(where, "default"), "default of a tuple is not written; ignored"
        )
        return None
    if isinstance(inner, ir.ListType) and value == []:
        return ir.Default(value=[], kind="factory")
    if isinstance(inner, (ir.MapType,)) and value == {}:
        return ir.Default(value={}, kind="factory")
    if isinstance(inner, ir.AnyType) and isinstance(value, (str, int, float, bool)):
        return ir.Default(value=value)
    return None


def _scalar_default(
    ctx: Context, value: str, primitive: ir.PrimitiveType, where: str
) -> ir.Default | None:
    """The text default of a date, date-time, time or UUID, to be written as that value; one that does not
    spell such a value is dropped with a warning (the field would hold a string where its type says
    otherwise)."""
    kind = primitive.kind
    if literals.temporal(kind, value) is None:
        ctx.warn(
            jp.join(where, "default"),
            f"default {value!r} is not a valid {primitive.format or kind}; ignored",
        )
        return None
    return ir.Default(value=value, scalar=kind)  # type: ignore[arg-type]


def _fits(kind: str, value: Any) -> bool:
    if kind in ("string", "date-time", "date", "time", "uuid", "binary"):
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    return False


def sibling(node: SchemaNode, key: str) -> tuple[bool, Any]:
    """Whether ``key`` is written on the node, and its value; a 3.1 reference may carry ``default``,
    ``examples``, ``deprecated`` and the like beside its ``$ref``."""
    if isinstance(node, (v3_0.Schema, v3_1.Schema)):
        return is_set(node, key), getattr(node, key, None)
    extras = node.model_extra or {}
    return key in extras, extras.get(key)
