"""Schemas to types: every decision about how a JSON Schema becomes a Python type is made here.

``SchemaLowerer.lower`` maps a schema (at a JSON pointer, with a name hint for anything it must declare) to an
``ir.TypeRef``. Objects become models, string and integer enums become enums, component schemas of any other
shape become aliases; all of them are declarations keyed by their pointer, so a schema referenced twice is
declared once and recursion ends at the reference. Constructs that have no faithful Python type degrade to a
looser type with a warning, never to an error.

This module decides what a schema is and declares it once; what a declaration holds is built by ``models``
(models and enums), an inline schema's type by ``inline`` (and ``unions``, ``tuples``, ``polymorphism``).
"""

from __future__ import annotations

from urllib.parse import unquote
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from .. import pointer as jp
from .allof import merge_all_of, single_ref
from .defaults import default_for
from .inline import inline, nullable as _nullable
from .models import lower_enum, lower_model
from .polymorphism import Bases
from .types import schema_types as _types
from .unions import discriminator_of
from .context import (
    COMPONENT_PREFIX,
    Context,
    Schema,
    SchemaNode,
    has_constraining_keywords,
    ref_of,
)


class SchemaLowerer:
    """Lowers schemas of one document; see the module docstring."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.in_progress: set[str] = set()
        # References to schemas that are no component, found inside themselves (declared as aliases).
        self.recursive: set[str] = set()
        # Models are built from a work list, not by recursion: a chain of hundreds of schemas, each first
        # referred to by the one before (AWS specs have them), would otherwise exhaust Python's stack.
        self.pending: list[tuple[str, Schema, str]] = []
        self.depth = 0
        # Where each property merged in from an allOf reference lives in the document (by node identity).
        self.origins: dict[int, str] = {}
        self.bases = Bases(self)

    # ------------------------------------------------------------------------------------------ entry points

    def component(self, name: str) -> ir.TypeRef:
        """The type of ``#/components/schemas/<name>``, declaring it on first use."""
        key = jp.join(COMPONENT_PREFIX.rstrip("/"), name)
        schema = self.ctx.component_schemas[name]
        return self._entry(
            lambda: self._use(
                schema,
                self.declared(key, schema, naming.class_name(name), component=True),
                component=name,
            )
        )

    def declare(self, key: str, schema: SchemaNode, hint: str) -> ir.TypeRef:
        """Declare the component schema at ``key`` (a reference to its declaration, whatever a reference to
        the schema means; see ``_use``)."""
        return self.declared(key, schema, hint, component=True)

    def lower(self, node: SchemaNode | None, pointer: str, hint: str) -> ir.TypeRef:
        """The type of the schema ``node`` found at ``pointer``; ``hint`` names what it must declare. Every
        model it leads to is declared when it returns."""
        return self._entry(lambda: self._lower(node, pointer, hint))

    def _entry(self, work: Any) -> ir.TypeRef:
        """Run ``work``; the outermost call then builds the models it queued (and those they queue)."""
        self.depth += 1
        try:
            result: ir.TypeRef = work()
            if self.depth == 1:
                while self.pending:
                    key, schema, hint = self.pending.pop()
                    self.ctx.declarations[key] = lower_model(self, schema, key, hint)
        finally:
            self.depth -= 1
        return result

    def _lower(self, node: SchemaNode | None, pointer: str, hint: str) -> ir.TypeRef:
        if node is None:
            return ir.AnyType()
        ref = ref_of(node)
        if ref is not None:
            if not (
                isinstance(node, (v3_0.Schema, v3_1.Schema))
                and has_constraining_keywords(node)
            ):
                return self.reference(ref, pointer)
            node = self.expand_ref_siblings(node, ref)
        assert isinstance(node, (v3_0.Schema, v3_1.Schema))
        node = self.declared_type_wins(node, pointer)
        kind = self.classify(node)
        if kind == "enum" and len([v for v in node.enum or [] if v is not None]) == 1:
            # An inline single value is a literal (typically a union's tag), not an enum class.
            return inline(self, node, pointer, hint)
        if (
            kind == "model"
            or kind == "enum"
            or (kind == "alias" and self._is_discriminated(node, pointer))
        ):
            return self._use(node, self.declared(pointer, node, hint, component=False))
        return inline(self, node, pointer, hint)

    def _use(
        self, schema: SchemaNode, declared: ir.TypeRef, *, component: str = ""
    ) -> ir.TypeRef:
        """The type that a use of a declared schema (a reference to it, or the schema in place) gives: its
        declaration, admitting null when the schema does. An alias holds its own null; a model or an enum
        class cannot, so it is made nullable here, where it is used (3.0 ``nullable: true``, a 3.1 type list
        with ``"null"``, or ``null`` among an enum's values). A ``component`` that is a discriminated base
        means the union of its kinds (``polymorphism``)."""
        if not isinstance(declared, ir.DeclRef) or not isinstance(
            schema, (v3_0.Schema, v3_1.Schema)
        ):
            return declared
        nullable = _nullable(schema) or None in (schema.enum or [])
        if component and declared.kind == "model":
            union = self.bases.union(component, schema, declared, nullable=nullable)
            if union is not None:
                return union
        if declared.kind in ("model", "enum") and nullable:
            return ir.NullableType(declared)
        return declared

    # ------------------------------------------------------------------------------------------ references

    def reference(self, ref: str, pointer: str) -> ir.TypeRef:
        if not ref.startswith("#"):
            self.ctx.warn(pointer, f"unresolved $ref {ref}; read as any")
            return ir.AnyType()
        tokens = jp.split(ref)
        if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            for name in (tokens[2], unquote(tokens[2])):
                if name in self.ctx.component_schemas:
                    return self.component(name)
        if ref in self.ctx.memo:
            return self.ctx.memo[ref]
        target = self.ctx.schema_at(ref)
        hint = naming.class_name("_".join(tokens[-2:]) if tokens else "Schema")
        if (
            ref_of(target) is None
            and isinstance(target, (v3_0.Schema, v3_1.Schema))
            and self.classify(target) in ("model", "enum")
        ):
            return self._use(target, self.declared(ref, target, hint, component=False))
        if ref in self.in_progress:
            # A schema that is no component reaches itself: it is declared as an alias (below, once lowered)
            # so that the recursion has a name to go through.
            self.recursive.add(ref)
            return ir.DeclRef(key=ref, kind="alias")
        self.in_progress.add(ref)
        try:
            result = self.lower(target, ref, hint)
        finally:
            self.in_progress.discard(ref)
        if ref in self.recursive and ref not in self.ctx.kinds:
            self.ctx.kinds[ref] = "alias"
            self.ctx.candidates[ref] = hint
            self.ctx.declarations[ref] = ir.Alias(
                key=ref,
                name=hint,
                module="",
                type=result,
                description=getattr(target, "description", None) or "",
                pointer=ref,
            )
            result = ir.DeclRef(key=ref, kind="alias")
        self.ctx.memo[ref] = result
        return result

    def expand_ref_siblings(self, node: Schema, ref: str) -> Schema:
        """A 3.1 ``$ref`` beside other keywords means the ``allOf`` of the reference and the rest."""
        siblings = node.model_copy()
        extra = {k: v for k, v in (siblings.model_extra or {}).items() if k != "$ref"}
        object.__setattr__(siblings, "__pydantic_extra__", extra)
        reference = (v3_1.Reference if self.ctx.v31 else v3_0.Reference).model_validate(
            {"$ref": ref}
        )
        return self.ctx.schema_class.model_validate({}).model_copy(
            update={
                "allOf": [reference, siblings],
                "description": node.description,
                "title": node.title,
            }
        )

    # ------------------------------------------------------------------------------------------ classification

    def declared_type_wins(self, schema: Schema, pointer: str) -> Schema:
        """``schema`` without its ``properties`` when its declared types leave objects out (``type: array``
        beside ``properties``): JSON Schema applies ``properties`` to objects only, so they constrain nothing
        there, and reading them as a model would refuse every valid value (a list). Warned, once per place.
        """
        types = [t for t in _types(schema) if t != "null"]
        if not schema.properties or not types or "object" in types:
            return schema
        self.ctx.warn(
            jp.join(pointer, "properties"),
            f"properties beside type {'/'.join(types)} apply to objects only; ignored (the declared type wins)",
        )
        return schema.model_copy(update={"properties": None})

    def classify(self, schema: Schema) -> str:
        """``model`` (object with properties), ``enum`` (string or integer values) or ``alias`` (the rest)."""
        if single_ref(schema) is not None:
            return "alias"
        if schema.allOf:
            merged = self.merge_all_of(schema, "")
            return (
                "model"
                if merged.properties
                else ("enum" if self.enum_kind(merged) else "alias")
            )
        if schema.properties:
            return "model"
        if self.enum_kind(schema):
            return "enum"
        return "alias"

    def enum_kind(self, schema: Schema) -> str | None:
        values = [v for v in (schema.enum or []) if v is not None]
        if not values:
            return None
        if all(isinstance(v, str) for v in values):
            return "str"
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "int"
        return None

    def _is_discriminated(self, schema: Schema, pointer: str) -> bool:
        variants = schema.oneOf or schema.anyOf
        return (
            bool(variants)
            and discriminator_of(self, schema, list(variants or []), pointer)
            is not None
        )

    # ------------------------------------------------------------------------------------------ declarations

    def declared(
        self, key: str, schema: SchemaNode, hint: str, *, component: bool
    ) -> ir.TypeRef:
        """Declare the schema at ``key`` once (model, enum or alias) and return a reference to it."""
        ctx = self.ctx
        if key in ctx.kinds:
            return ir.DeclRef(key=key, kind=ctx.kinds[key])  # type: ignore[arg-type]
        if ref_of(schema) is not None:
            if isinstance(
                schema, (v3_0.Schema, v3_1.Schema)
            ) and has_constraining_keywords(schema):
                schema = self.expand_ref_siblings(schema, ref_of(schema) or "")
        if ref_of(schema) is not None:
            kind = "alias"
        else:
            assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
            schema = self.declared_type_wins(schema, key)
            kind = self.classify(schema)
        ctx.kinds[key] = kind
        ctx.candidates[key] = hint
        if kind == "alias":
            ref = ref_of(schema)
            if ref is not None:
                target = self.reference(ref, key)
                description = getattr(schema, "description", None) or ""
            else:
                assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
                target = inline(self, schema, key, hint)
                description = schema.description or schema.title or ""
            if isinstance(target, ir.DeclRef) and target.key == key:
                ctx.warn(key, "schema refers only to itself; read as any")
                target = ir.AnyType()
            ctx.declarations[key] = ir.Alias(
                key=key,
                name=hint,
                module="",
                type=target,
                description=description,
                deprecated=bool(getattr(schema, "deprecated", False)),
                pointer=key,
            )
        elif kind == "enum":
            assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
            source = self.merge_all_of(schema, key) if schema.allOf else schema
            ctx.declarations[key] = lower_enum(source, key, hint)
        else:
            assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
            self.pending.append((key, schema, hint))
        return ir.DeclRef(key=key, kind=kind)  # type: ignore[arg-type]

    # ------------------------------------------------------------------------------------------ defaults, allOf

    def default_for(
        self, node: SchemaNode, field_type: ir.TypeRef, where: str
    ) -> ir.Default | None:
        """The spec's default converted to the field's type (see ``defaults``)."""
        return default_for(self.ctx, node, field_type, where)

    def merge_all_of(self, schema: Schema, pointer: str) -> Schema:
        """One schema with the properties, required names and keywords of every ``allOf`` part."""
        return merge_all_of(self.ctx, self.origins, schema, pointer)
