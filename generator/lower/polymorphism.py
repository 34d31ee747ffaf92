"""Discriminators on an ``allOf`` base: a reference to the base means "the base, or one of its kinds".

OpenAPI's inheritance idiom puts a ``discriminator`` on a base object schema (``Animal``, tag property
``petType``) that other schemas extend with ``allOf: [{$ref: Animal}, {...}]`` (``Cat``, ``Dog``); the tag
names the kind, by a ``mapping`` or by the kind's component name. The generated models do not inherit from each
other (``allOf`` is merged into each model), so a field typed ``Animal`` would keep a cat's own fields as
untyped extras. Here such a base gets a discriminated union alias (``AnimalUnion``: ``Cat | Dog | Animal``) that
every reference to the base means; its fallback for a tag the client does not know is the base itself, so an
unknown kind still decodes, with the base's fields typed.

The kinds are the members of a ``oneOf``/``anyOf`` beside the discriminator when there is one (the 3.1
specification's example writes the base as ``allOf: [{properties}, {oneOf, discriminator}]``), else every
component schema that extends the base through ``allOf``, directly or through another kind.

Tags are the JSON text of the values (``"cat"``, ``"1"``, ``"2.5"``, ``"true"``), as mapping keys are written;
``_models.discriminate`` compares the wire value's text with them (``tag_text`` is the same rule).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from .. import pointer as jp
from .context import COMPONENT_PREFIX, Schema, SchemaNode, ref_of

if TYPE_CHECKING:
    from .schemas import SchemaLowerer


def tag_text(value: Any) -> str | None:
    """A tag value's JSON text; ``None`` for what cannot be a tag (objects, arrays, null, NaN)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        # JSON does not tell 2 from 2.0: both are the tag "2".
        return str(int(value)) if value.is_integer() else repr(value)
    return None


def mapped_tags(mapping: dict[str, str], ref: str | None) -> list[str]:
    """The keys of a discriminator ``mapping`` that name the schema at ``ref``: by reference, or by a bare
    component name (which OpenAPI allows as a mapping value)."""
    if ref is None:
        return []
    return [
        tag
        for tag, target in mapping.items()
        if target == ref
        or (not target.startswith("#") and ref == COMPONENT_PREFIX + target)
    ]


class Bases:
    """Finds the discriminated bases of one document and declares their unions."""

    def __init__(self, lowerer: SchemaLowerer) -> None:
        self.lowerer = lowerer
        self.ctx = lowerer.ctx
        # Component name -> the components that extend it directly (``allOf`` with a reference to it).
        self._children: dict[str, list[str]] | None = None
        # Base key -> the type a reference to it means (None: the base itself). Set to None first: a kind
        # that refers back to its base while the union is being built gets the base.
        self._unions: dict[str, ir.TypeRef | None] = {}

    def union(
        self, name: str, schema: SchemaNode, base: ir.DeclRef, *, nullable: bool
    ) -> ir.TypeRef | None:
        """The union alias a reference to the component ``name`` (declared as ``base``) means, declared on
        first use; ``None`` when the component is no discriminated base (or its kinds cannot be told apart,
        with a warning). ``nullable``: the base admits null, and so does the union."""
        if base.key in self._unions:
            return self._unions[base.key]
        self._unions[base.key] = None
        union = self._union(name, schema, base, nullable)
        self._unions[base.key] = union
        return union

    def _union(
        self, name: str, schema: SchemaNode, base: ir.DeclRef, nullable: bool
    ) -> ir.TypeRef | None:
        if not isinstance(schema, (v3_0.Schema, v3_1.Schema)) or base.kind != "model":
            return None
        found = self._own_discriminator(schema, base.key)
        if found is None:
            return None
        where, discriminator, members = found
        key = jp.join(where, "discriminator")
        ctx = self.ctx
        if key in ctx.kinds:
            return ir.DeclRef(key=key, kind="alias")
        ctx.kinds[key] = "alias"
        ctx.candidates[key] = naming.class_name(name) + "Union"
        variants = self._variants(name, discriminator, members, where)
        if variants is None:
            del ctx.kinds[key], ctx.candidates[key]
            return None
        union: ir.TypeRef = ir.UnionType(
            tuple(variants), discriminator=discriminator.propertyName, fallback=base
        )
        if nullable:
            union = ir.NullableType(union)
        ctx.declarations[key] = ir.Alias(
            key=key,
            name=ctx.candidates[key],
            module="",
            type=union,
            description=(
                f"{name} or one of its kinds, told apart by {discriminator.propertyName!r}."
            ),
            pointer=key,
        )
        return ir.DeclRef(key=key, kind="alias")

    # ------------------------------------------------------------------------------------------ finding

    def _own_discriminator(
        self, schema: Schema, pointer: str
    ) -> tuple[str, Any, list[SchemaNode]] | None:
        """The discriminator the schema itself declares (beside its properties, or in one of its inline
        ``allOf`` parts; not one it inherits through a reference), where, and the members listed beside it.
        A schema whose discriminator sits beside its own ``oneOf``/``anyOf`` without properties is a plain
        discriminated union, lowered elsewhere."""
        if schema.discriminator is not None:
            members = list(schema.oneOf or schema.anyOf or [])
            return pointer, schema.discriminator, members
        for i, part in enumerate(schema.allOf or []):
            if ref_of(part) is None and isinstance(part, (v3_0.Schema, v3_1.Schema)):
                found = self._own_discriminator(part, jp.join(pointer, "allOf", i))
                if found is not None:
                    return found
        return None

    def _variants(
        self, name: str, discriminator: Any, members: list[SchemaNode], where: str
    ) -> list[ir.UnionVariant] | None:
        prop = discriminator.propertyName
        mapping: dict[str, str] = dict(discriminator.mapping or {})
        kinds: list[str] = []
        for target in mapping.values():
            kinds.append(
                target[len(COMPONENT_PREFIX) :] if target.startswith("#") else target
            )
        if members:
            kinds += [
                ref[len(COMPONENT_PREFIX) :]
                for ref in (ref_of(m) for m in members)
                if ref is not None and ref.startswith(COMPONENT_PREFIX)
            ]
        else:
            kinds += self._descendants(name)
        variants: list[ir.UnionVariant] = []
        owners: dict[str, str] = {}
        for kind in dict.fromkeys(kinds):
            if kind not in self.ctx.component_schemas or kind == name:
                # A mapping to the base itself: the fallback already decodes it.
                continue
            model = self._model(kind)
            if model is None:
                continue
            tags = mapped_tags(mapping, COMPONENT_PREFIX + kind)
            if not tags:
                tags = self._fixed(kind, prop) or [kind]
            for tag in tags:
                if tag in owners:
                    self.ctx.warn(
                        jp.join(where, "discriminator"),
                        f"tag {tag!r} names both {owners[tag]} and {kind}; {name} is read without"
                        " telling its kinds apart",
                    )
                    return None
                owners[tag] = kind
            variants.append(ir.UnionVariant(model, tuple(tags)))
        return variants or None

    def _model(self, kind: str) -> ir.DeclRef | None:
        """The model of a kind (not the union a reference to it means when it is a base too); ``None`` for a
        kind that is no object of its own (an alias of the base adds no field to decode).
        """
        schema = self.ctx.component_schemas[kind]
        if not isinstance(schema, (v3_0.Schema, v3_1.Schema)) or ref_of(schema):
            return None
        if self.lowerer.classify(schema) != "model":
            return None
        key = jp.join(COMPONENT_PREFIX.rstrip("/"), kind)
        declared = self.lowerer.declare(key, schema, naming.class_name(kind))
        return declared if isinstance(declared, ir.DeclRef) else None

    def _fixed(self, kind: str, prop: str) -> list[str]:
        """The tag a kind fixes for itself (``petType: {const: cat}``), as JSON text."""
        schema = self.ctx.component_schemas[kind]
        assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
        merged = self.lowerer.merge_all_of(schema, "") if schema.allOf else schema
        node = (merged.properties or {}).get(prop)
        if not isinstance(node, (v3_0.Schema, v3_1.Schema)):
            return []
        if "const" in node.model_fields_set:
            values = [node.const]  # type: ignore[union-attr]
        else:
            values = [v for v in node.enum or [] if v is not None]
        texts = [tag_text(v) for v in values]
        return [t for t in texts if t is not None] if len(values) == 1 else []

    def _descendants(self, name: str) -> list[str]:
        """Every component that extends ``name`` through ``allOf``, directly or through another, by name."""
        children = self._children_of()
        found: list[str] = []
        stack = [name]
        while stack:
            for child in children.get(stack.pop(), []):
                if child not in found and child != name:
                    found.append(child)
                    stack.append(child)
        return sorted(found)

    def _children_of(self) -> dict[str, list[str]]:
        if self._children is None:
            children: dict[str, list[str]] = {}
            for child, schema in sorted(self.ctx.component_schemas.items()):
                for parent in sorted(_parents(schema)):
                    children.setdefault(parent, []).append(child)
            self._children = children
        return self._children


def _parents(schema: SchemaNode) -> set[str]:
    """The components a schema's ``allOf`` refers to (through its inline parts too)."""
    found: set[str] = set()
    if not isinstance(schema, (v3_0.Schema, v3_1.Schema)):
        return found
    for part in schema.allOf or []:
        ref = ref_of(part)
        if ref is not None:
            if ref.startswith(COMPONENT_PREFIX):
                found.add(ref[len(COMPONENT_PREFIX) :])
        else:
            found |= _parents(part)
    return found
