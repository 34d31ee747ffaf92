"""Inline schemas to types: a schema that declares nothing of its own (no object with properties, no enum
class) becomes a structured type in place: a primitive with its format and bounds, a list, a map, a literal, a
union, or a reference to what it declares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import ir
from .. import pointer as jp
from .allof import single_ref
from .context import Schema, is_set
from .tuples import prefix_items
from .types import schema_types as _types
from .unions import lower_union

if TYPE_CHECKING:
    from .schemas import SchemaLowerer

__all__ = ["inline", "nullable"]

_FORMATS: dict[str, ir.PrimitiveKind] = {
    "date-time": "date-time",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
}


def nullable(schema: Schema) -> bool:
    """Whether the schema admits null (3.0 ``nullable: true``, or ``"null"`` among its 3.1 types)."""
    return bool(getattr(schema, "nullable", None)) or "null" in _types(schema)


def inline(
    lowerer: SchemaLowerer, schema: Schema, pointer: str, hint: str
) -> ir.TypeRef:
    result = _inline_inner(lowerer, schema, pointer, hint)
    if (
        nullable(schema)
        and not isinstance(result, ir.NullableType)
        and not (isinstance(result, ir.PrimitiveType) and result.kind == "null")
        and not isinstance(result, ir.AnyType)
    ):
        return ir.NullableType(result)
    return result


def _inline_inner(
    lowerer: SchemaLowerer, schema: Schema, pointer: str, hint: str
) -> ir.TypeRef:
    ref = single_ref(schema)
    if ref is not None:
        return lowerer.reference(ref, jp.join(pointer, "allOf", 0))
    if schema.allOf:
        merged = lowerer.merge_all_of(schema, pointer)
        if merged.properties:
            return lowerer.declared(pointer, merged, hint, component=False)
        return inline(lowerer, merged, pointer, hint)
    if is_set(schema, "const"):
        value = schema.const  # type: ignore[union-attr]
        if value is None or isinstance(value, (str, int, float, bool)):
            return ir.LiteralType((value,))
        lowerer.ctx.warn(
            jp.join(pointer, "const"), "const of a structured value; read as any"
        )
        return ir.AnyType()
    if schema.enum:
        return _inline_enum(lowerer, schema, pointer, hint)
    variants = schema.oneOf or schema.anyOf
    if variants:
        if schema.properties:
            lowerer.ctx.warn(
                pointer,
                "properties beside oneOf/anyOf; the union is read as the object",
            )
        else:
            return lower_union(lowerer, schema, list(variants), pointer, hint)
    if getattr(schema, "schema_not", None) is not None and not _types(schema):
        lowerer.ctx.warn(
            jp.join(pointer, "not"),
            "'not' cannot be expressed as a type; read as any",
        )
        return ir.AnyType()
    types = [t for t in _types(schema) if t != "null"]
    if not types:
        if schema.properties:
            types = ["object"]
        elif schema.items is not None or getattr(schema, "prefixItems", None):
            # ``items`` without ``type`` constrains arrays only (JSON Schema): any other value is valid
            # too, so the list is read beside any value (a decoded string stays a string, where a
            # plain list would refuse a valid answer).
            lowerer.ctx.warn(
                pointer,
                "items without type: read as a list, or any other value as it is",
            )
            listed = _typed(lowerer, schema, "array", pointer, hint)
            return ir.UnionType(
                (ir.UnionVariant(listed), ir.UnionVariant(ir.AnyType()))
            )
        elif schema.additionalProperties not in (None, False):
            types = ["object"]
        elif "null" in _types(schema):
            return ir.PrimitiveType("null")
        else:
            return ir.AnyType()
    if len(types) > 1:
        members = tuple(
            ir.UnionVariant(_typed(lowerer, schema, t, pointer, hint)) for t in types
        )
        return ir.UnionType(members)
    return _typed(lowerer, schema, types[0], pointer, hint)


def _typed(
    lowerer: SchemaLowerer, schema: Schema, kind: str, pointer: str, hint: str
) -> ir.TypeRef:
    if kind == "array" and getattr(schema, "prefixItems", None):
        return prefix_items(lowerer, schema, pointer, hint)
    if kind == "array":
        item = (
            lowerer.lower(schema.items, jp.join(pointer, "items"), hint + "Item")
            if schema.items is not None
            else ir.AnyType()
        )
        return ir.ListType(
            item=item,
            min_items=schema.minItems,
            max_items=schema.maxItems,
            unique=bool(schema.uniqueItems),
        )
    if kind == "object":
        if schema.properties:
            return lowerer.declared(pointer, schema, hint, component=False)
        extra = schema.additionalProperties
        if extra is None or isinstance(extra, bool):
            return ir.MapType(ir.AnyType())
        return ir.MapType(
            lowerer.lower(
                extra, jp.join(pointer, "additionalProperties"), hint + "Value"
            )
        )
    fmt = schema.schema_format
    constraints = _constraints(schema, kind)
    if kind == "string":
        primitive: ir.PrimitiveKind = _FORMATS.get(fmt or "", "string")
        return ir.PrimitiveType(primitive, fmt, constraints)
    if kind == "integer":
        return ir.PrimitiveType("integer", fmt, constraints)
    if kind == "number":
        return ir.PrimitiveType("number", fmt, constraints)
    if kind == "boolean":
        return ir.PrimitiveType("boolean", fmt)
    return ir.AnyType()


def _constraints(schema: Schema, kind: str) -> ir.Constraints:
    ge, gt, le, lt = schema.minimum, None, schema.maximum, None
    low, high = schema.exclusiveMinimum, schema.exclusiveMaximum
    if isinstance(low, bool):
        if low and ge is not None:
            ge, gt = None, ge
    elif low is not None:
        gt = low
    if isinstance(high, bool):
        if high and le is not None:
            le, lt = None, le
    elif high is not None:
        lt = high
    if kind not in ("integer", "number"):
        ge = gt = le = lt = None
    return ir.Constraints(
        ge=ge,
        gt=gt,
        le=le,
        lt=lt,
        multiple_of=schema.multipleOf if kind in ("integer", "number") else None,
        min_length=schema.minLength if kind == "string" else None,
        max_length=schema.maxLength if kind == "string" else None,
        pattern=schema.pattern if kind == "string" else None,
    )


def _inline_enum(
    lowerer: SchemaLowerer, schema: Schema, pointer: str, hint: str
) -> ir.TypeRef:
    values = list(
        dict.fromkeys(
            (type(v), v) for v in schema.enum or [] if not isinstance(v, (dict, list))
        )
    )
    plain = [v for _, v in values]
    nullable = None in plain
    plain = [v for v in plain if v is not None]
    if not plain:
        return ir.PrimitiveType("null")
    if len(plain) == 1 or not lowerer.enum_kind(schema):
        result: ir.TypeRef = ir.LiteralType(tuple(plain))
    else:
        result = lowerer.declared(pointer, schema, hint, component=False)
    return ir.NullableType(result) if nullable else result
