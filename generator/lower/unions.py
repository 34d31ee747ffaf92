"""Unions: ``oneOf`` and ``anyOf`` as union types, with their discriminator (declared, or inferred from a
property every variant fixes), nulls folded into nullability, and "an enum or any string" read as the enum.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from .. import pointer as jp
from ..errors import SpecError
from .context import COMPONENT_PREFIX, Context, Schema, SchemaNode, is_set, ref_of
from .polymorphism import mapped_tags, tag_text
from .types import schema_types as _types
from .unknown import unknown_variant

if TYPE_CHECKING:
    from .schemas import SchemaLowerer

__all__ = ["lower_union", "discriminator_of"]


def lower_union(
    lowerer: SchemaLowerer,
    schema: Schema,
    variants: list[SchemaNode],
    pointer: str,
    hint: str,
) -> ir.TypeRef:
    keyword = "oneOf" if schema.oneOf else "anyOf"
    discriminator = discriminator_of(lowerer, schema, variants, pointer)
    lowered: list[ir.UnionVariant] = []
    nullable = False
    for i, variant in enumerate(variants):
        where = jp.join(pointer, keyword, i)
        resolved, _ = lowerer.ctx.deref(variant, where)
        if _types(resolved) == ["null"] or (resolved.enum == [None]):
            nullable = True
            continue
        tags = discriminator[1].get(i, ()) if discriminator else ()
        label = (
            resolved.title or (tags[0] if tags else "") or _variant_label(resolved, i)
        )
        member = lowerer.lower(variant, where, hint + naming.pascal(label))
        if isinstance(member, ir.NullableType):
            nullable = True
            member = member.inner
        if isinstance(member, ir.PrimitiveType) and member.kind == "null":
            nullable = True
            continue
        if all(existing.type != member for existing in lowered):
            lowered.append(ir.UnionVariant(member, tags))
    lowered = _collapse_open_enum(lowered, lowerer.ctx)
    if not lowered:
        result: ir.TypeRef = ir.AnyType()
    elif len(lowered) == 1:
        result = lowered[0].type
    elif discriminator and all(v.tags for v in lowered):
        result = ir.UnionType(
            tuple(lowered),
            discriminator=discriminator[0],
            fallback=unknown_variant(lowerer.ctx, pointer, hint, discriminator[0]),
        )
    else:
        result = ir.UnionType(tuple(ir.UnionVariant(v.type) for v in lowered))
    return (
        ir.NullableType(result)
        if nullable and not isinstance(result, ir.AnyType)
        else result
    )


def discriminator_of(
    lowerer: SchemaLowerer, schema: Schema, variants: list[SchemaNode], pointer: str
) -> tuple[str, dict[int, tuple[str, ...]]] | None:
    """The tag property and each variant's tag values: from ``discriminator`` (mapping, else the
    component names), or inferred when every object variant fixes one property to distinct values.
    """
    explicit = schema.discriminator
    resolved = []
    for i, variant in enumerate(variants):
        try:
            target, _ = lowerer.ctx.deref(variant, jp.join(pointer, "oneOf", i))
        except SpecError as exc:
            # The variant itself is reported where it is lowered; the union is not discriminated.
            lowerer.ctx.warn(
                exc.pointer or pointer,
                f"{exc.message}; the union is not discriminated",
            )
            return None
        if _types(target) == ["null"]:
            continue
        resolved.append(
            (i, variant, lowerer.merge_all_of(target, "") if target.allOf else target)
        )
    if len(resolved) < 2:
        return None
    if explicit is not None:
        prop = explicit.propertyName
        tags: dict[int, tuple[str, ...]] = {}
        mapping = explicit.mapping or {}
        for i, variant, target in resolved:
            ref = ref_of(variant)
            values = mapped_tags(mapping, ref)
            if not values:
                values = list(_fixed_values(target, prop))
            if not values and ref is not None and ref.startswith(COMPONENT_PREFIX):
                values = [ref[len(COMPONENT_PREFIX) :]]
            if not values:
                return None
            tags[i] = tuple(values)
        all_tags = [t for values in tags.values() for t in values]
        return (prop, tags) if len(all_tags) == len(set(all_tags)) else None
    # Inferred: a property with one fixed value per variant.
    candidates: set[str] | None = None
    for _, _, target in resolved:
        fixed = {
            name
            for name, prop in (target.properties or {}).items()
            if _fixed(lowerer.ctx, prop)
        }
        candidates = fixed if candidates is None else candidates & fixed
    for prop in sorted(candidates or ()):
        tags = {}
        for i, _, target in resolved:
            tags[i] = tuple(_fixed_values(target, prop))
        all_tags = [t for values in tags.values() for t in values]
        if (
            all(tags.values())
            and len(all_tags) == len(set(all_tags))
            and all(isinstance(t, str) for t in all_tags)
        ):
            return prop, tags
    return None


def _fixed(ctx: Context, prop: SchemaNode) -> bool:
    try:
        target, _ = ctx.deref(prop, "")
    except SpecError:
        return False  # an unresolvable property fixes nothing (it is reported where it is lowered)
    values = _schema_fixed_values(target)
    return len(values) == 1 and isinstance(values[0], str)


def _schema_fixed_values(schema: Schema) -> list[Any]:
    if is_set(schema, "const"):
        return [schema.const]  # type: ignore[union-attr]
    values = [v for v in schema.enum or [] if v is not None]
    return values if len(values) == 1 else []


def _fixed_values(schema: Schema, prop: str) -> tuple[str, ...]:
    node = (schema.properties or {}).get(prop)
    if node is None or not isinstance(node, (v3_0.Schema, v3_1.Schema)):
        return ()
    # As JSON text: a tag may be an integer, a number or a boolean (``discriminate`` compares texts).
    texts = (tag_text(v) for v in _schema_fixed_values(node))
    return tuple(t for t in texts if t is not None)


def _variant_label(schema: Schema, index: int) -> str:
    types = [t for t in _types(schema) if t != "null"]
    if schema.properties or types == ["object"]:
        return f"Variant{index + 1}"
    return types[0] if len(types) == 1 else f"Variant{index + 1}"


def _collapse_open_enum(
    variants: list[ir.UnionVariant], ctx: Context
) -> list[ir.UnionVariant]:
    """``anyOf: [SomeEnum, string]`` is how specs say "a known value or any other string"; the generated
    enums already accept unknown values, so the enum alone says it better."""
    enums = [
        v for v in variants if isinstance(v.type, ir.DeclRef) and v.type.kind == "enum"
    ]
    strings = [
        v
        for v in variants
        if isinstance(v.type, ir.PrimitiveType)
        and v.type.kind == "string"
        and not v.type.constraints.any()
        and not v.type.format
    ]
    literals = [
        v
        for v in variants
        if isinstance(v.type, ir.LiteralType)
        and all(isinstance(x, str) for x in v.type.values)
    ]
    if len(enums) == 1 and strings and len(variants) == len(strings) + 1:
        declaration = (
            ctx.declarations.get(enums[0].type.key)
            if isinstance(enums[0].type, ir.DeclRef)
            else None
        )
        if declaration is None or (
            isinstance(declaration, ir.Enum) and declaration.kind == "string"
        ):
            return [enums[0]]
    if strings and literals and len(variants) == len(strings) + len(literals):
        return [strings[0]]
    return variants
