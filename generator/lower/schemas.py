"""Schemas to types: every decision about how a JSON Schema becomes a Python type is made here.

``SchemaLowerer.lower`` maps a schema (at a JSON pointer, with a name hint for anything it must declare) to an
``ir.TypeRef``. Objects become models, string and integer enums become enums, component schemas of any other
shape become aliases; all of them are declarations keyed by their pointer, so a schema referenced twice is
declared once and recursion ends at the reference. Constructs that have no faithful Python type degrade to a
looser type with a warning, never to an error.
"""

from __future__ import annotations

from urllib.parse import unquote
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from ..errors import SpecError
from .. import pointer as jp
from .allof import merge_all_of
from .types import schema_types as _types
from .defaults import default_for, sibling
from .polymorphism import Bases
from .unions import discriminator_of, lower_union
from .tuples import prefix_items
from .context import (
    COMPONENT_PREFIX,
    Context,
    Schema,
    SchemaNode,
    has_constraining_keywords,
    is_set,
    ref_of,
)

_FORMATS: dict[str, ir.PrimitiveKind] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
}


def _nullable(schema: Schema) -> bool:
    return bool(getattr(schema, "nullable", None)) or "null" in _types(schema)


def _json_value(value: Any) -> ir.JsonValue:
    """A JSON-like copy of a spec value, with non-finite numbers kept as floats."""
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "value"):
        return _json_value(value.value)
    return str(value)


def examples_of(schema: Schema) -> tuple[ir.JsonValue, ...]:
    """The schema's examples (3.1 ``examples`` list, or the 3.0 ``example``)."""
    found: list[ir.JsonValue] = []
    listed = getattr(schema, "examples", None)
    if isinstance(listed, list):
        found.extend(_json_value(v) for v in listed)
    if is_set(schema, "example"):
        found.append(_json_value(schema.example))
    return tuple(found)


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
                self._declared(key, schema, naming.class_name(name), component=True),
                component=name,
            )
        )

    def declare(self, key: str, schema: SchemaNode, hint: str) -> ir.TypeRef:
        """Declare the component schema at ``key`` (a reference to its declaration, whatever a reference to
        the schema means; see ``_use``)."""
        return self._declared(key, schema, hint, component=True)

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
                    self.ctx.declarations[key] = self._model(schema, key, hint)
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
                return self._ref(ref, pointer)
            node = self.expand_ref_siblings(node, ref)
        assert isinstance(node, (v3_0.Schema, v3_1.Schema))
        node = self.declared_type_wins(node, pointer)
        kind = self.classify(node)
        if kind == "enum" and len([v for v in node.enum or [] if v is not None]) == 1:
            # An inline single value is a literal (typically a union's tag), not an enum class.
            return self._inline(node, pointer, hint)
        if (
            kind == "model"
            or kind == "enum"
            or (kind == "alias" and self._is_discriminated(node, pointer))
        ):
            return self._use(node, self._declared(pointer, node, hint, component=False))
        return self._inline(node, pointer, hint)

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

    def _ref(self, ref: str, pointer: str) -> ir.TypeRef:
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
            return self._use(target, self._declared(ref, target, hint, component=False))
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
                else ("enum" if self._enum_kind(merged) else "alias")
            )
        if schema.properties:
            return "model"
        if self._enum_kind(schema):
            return "enum"
        return "alias"

    def _enum_kind(self, schema: Schema) -> str | None:
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

    def _declared(
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
                target = self._ref(ref, key)
                description = getattr(schema, "description", None) or ""
            else:
                assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
                target = self._inline(schema, key, hint)
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
            ctx.declarations[key] = self._enum(source, key, hint)
        else:
            assert isinstance(schema, (v3_0.Schema, v3_1.Schema))
            self.pending.append((key, schema, hint))
        return ir.DeclRef(key=key, kind=kind)  # type: ignore[arg-type]

    def _enum(self, schema: Schema, key: str, hint: str) -> ir.Enum:
        values: list[str | int] = []
        for value in schema.enum or []:
            if value is not None and value not in values:
                values.append(value)
        kind = "str" if all(isinstance(v, str) for v in values) else "int"
        names = naming.resolve(
            ((repr(v), naming.enum_member_name(v)) for v in values),
            exact=lambda k, c: False,
        )
        members = tuple(ir.EnumMember(name=names[repr(v)], value=v) for v in values)
        return ir.Enum(
            key=key,
            name=hint,
            module="",
            kind=kind,  # type: ignore[arg-type]
            members=members,
            description=schema.description or schema.title or "",
            deprecated=bool(schema.deprecated),
            pointer=key,
        )

    def _model(self, schema: Schema, key: str, hint: str) -> ir.Model:
        if schema.allOf:
            schema = self.merge_all_of(schema, key)
        properties = schema.properties or {}
        required = set(schema.required or [])
        for missing in sorted(required - set(properties)):
            self.ctx.warn(
                jp.join(key, "required"),
                f"required property {missing!r} is not defined; ignored",
            )
        names = naming.resolve(((wire, naming.field_name(wire)) for wire in properties))
        fields = []
        for wire, prop in properties.items():
            where = self.origins.get(id(prop)) or jp.join(key, "properties", wire)
            field_type = self.lower(prop, where, hint + naming.pascal(wire))
            read_only, write_only = self._access(prop, where)
            # One model serves requests and responses: a read-only property is absent from requests and a
            # write-only one from responses, so neither can be required of the model.
            fields.append(
                self._field(
                    names[wire],
                    wire,
                    prop,
                    field_type,
                    wire in required and not (read_only or write_only),
                    where,
                    access=(read_only, write_only),
                    request_required=wire in required and not read_only,
                )
            )
        additional: ir.TypeRef | None = None
        extra = schema.additionalProperties
        if extra is not None and not isinstance(extra, bool):
            lowered = self.lower(
                extra, jp.join(key, "additionalProperties"), hint + "Value"
            )
            additional = None if isinstance(lowered, ir.AnyType) else lowered
        return ir.Model(
            key=key,
            name=hint,
            module="",
            fields=tuple(fields),
            description=schema.description or "",
            title=schema.title or "",
            additional=additional,
            deprecated=bool(schema.deprecated),
            examples=examples_of(schema),
            pointer=key,
        )

    def _field(
        self,
        name: str,
        wire: str,
        prop: SchemaNode,
        field_type: ir.TypeRef,
        required: bool,
        where: str,
        *,
        access: tuple[bool, bool],
        request_required: bool = False,
    ) -> ir.Field:
        description = getattr(prop, "description", None) or ""
        target: Schema | None = None
        if isinstance(prop, (v3_0.Schema, v3_1.Schema)):
            target = prop
        if not description and ref_of(prop) is not None:
            # A bare reference: document the field with the referenced schema's description.
            resolved, _ = self.ctx.deref(prop, where)
            description = resolved.description or ""
        default = self.default_for(prop, field_type, where) if not required else None
        return ir.Field(
            name=name,
            wire=wire,
            type=field_type,
            required=required,
            description=description,
            default=default,
            deprecated=bool(sibling(prop, "deprecated")[1]),
            read_only=access[0],
            write_only=access[1],
            request_required=request_required,
            examples=(
                examples_of(target) if target is not None else _reference_examples(prop)
            ),
            pointer=where,
        )

    def _access(self, prop: SchemaNode, where: str) -> tuple[bool, bool]:
        """Whether a property is read-only and whether it is write-only: written beside it, or on the schema
        it refers to (``$ref``, or the 3.0 ``allOf: [$ref]`` idiom)."""
        flags = []
        for keyword in ("readOnly", "writeOnly"):
            found, value = sibling(prop, keyword)
            if not found:
                ref = ref_of(prop) or (
                    single_ref(prop)
                    if isinstance(prop, (v3_0.Schema, v3_1.Schema))
                    else None
                )
                if ref is not None and ref.startswith("#"):
                    try:
                        resolved, _ = self.ctx.deref(self.ctx.schema_at(ref), ref)
                    except SpecError:
                        resolved = None
                    value = getattr(resolved, keyword, None)
            flags.append(bool(value))
        return flags[0], flags[1]

    # ------------------------------------------------------------------------------------------ defaults

    # ------------------------------------------------------------------------------------------ allOf

    # ------------------------------------------------------------------------------------------ defaults, allOf

    def default_for(
        self, node: SchemaNode, field_type: ir.TypeRef, where: str
    ) -> ir.Default | None:
        """The spec's default converted to the field's type (see ``defaults``)."""
        return default_for(self.ctx, node, field_type, where)

    def merge_all_of(self, schema: Schema, pointer: str) -> Schema:
        """One schema with the properties, required names and keywords of every ``allOf`` part."""
        return merge_all_of(self.ctx, self.origins, schema, pointer)

    # ------------------------------------------------------------------------------------------ inline types

    def _inline(self, schema: Schema, pointer: str, hint: str) -> ir.TypeRef:
        result = self._inline_inner(schema, pointer, hint)
        if (
            _nullable(schema)
            and not isinstance(result, ir.NullableType)
            and not (isinstance(result, ir.PrimitiveType) and result.kind == "none")
            and not isinstance(result, ir.AnyType)
        ):
            return ir.NullableType(result)
        return result

    def _inline_inner(self, schema: Schema, pointer: str, hint: str) -> ir.TypeRef:
        ref = single_ref(schema)
        if ref is not None:
            return self._ref(ref, jp.join(pointer, "allOf", 0))
        if schema.allOf:
            merged = self.merge_all_of(schema, pointer)
            if merged.properties:
                return self._declared(pointer, merged, hint, component=False)
            return self._inline(merged, pointer, hint)
        if is_set(schema, "const"):
            value = schema.const  # type: ignore[union-attr]
            if value is None or isinstance(value, (str, int, float, bool)):
                return ir.LiteralType((value,))
            self.ctx.warn(
                jp.join(pointer, "const"), "const of a structured value; read as any"
            )
            return ir.AnyType()
        if schema.enum:
            return self._inline_enum(schema, pointer, hint)
        variants = schema.oneOf or schema.anyOf
        if variants:
            if schema.properties:
                self.ctx.warn(
                    pointer,
                    "properties beside oneOf/anyOf; the union is read as the object",
                )
            else:
                return lower_union(self, schema, list(variants), pointer, hint)
        if getattr(schema, "schema_not", None) is not None and not _types(schema):
            self.ctx.warn(
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
                self.ctx.warn(
                    pointer,
                    "items without type: read as a list, or any other value as it is",
                )
                listed = self._typed(schema, "array", pointer, hint)
                return ir.UnionType(
                    (ir.UnionVariant(listed), ir.UnionVariant(ir.AnyType()))
                )
            elif schema.additionalProperties not in (None, False):
                types = ["object"]
            elif "null" in _types(schema):
                return ir.PrimitiveType("none")
            else:
                return ir.AnyType()
        if len(types) > 1:
            members = tuple(
                ir.UnionVariant(self._typed(schema, t, pointer, hint)) for t in types
            )
            return ir.UnionType(members)
        return self._typed(schema, types[0], pointer, hint)

    def _typed(self, schema: Schema, kind: str, pointer: str, hint: str) -> ir.TypeRef:
        if kind == "array" and getattr(schema, "prefixItems", None):
            return prefix_items(self, schema, pointer, hint)
        if kind == "array":
            item = (
                self.lower(schema.items, jp.join(pointer, "items"), hint + "Item")
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
                return self._declared(pointer, schema, hint, component=False)
            extra = schema.additionalProperties
            if extra is None or isinstance(extra, bool):
                return ir.MapType(ir.AnyType())
            return ir.MapType(
                self.lower(
                    extra, jp.join(pointer, "additionalProperties"), hint + "Value"
                )
            )
        fmt = schema.schema_format
        constraints = self._constraints(schema, kind)
        if kind == "string":
            primitive: ir.PrimitiveKind = _FORMATS.get(fmt or "", "str")
            return ir.PrimitiveType(primitive, fmt, constraints)
        if kind == "integer":
            return ir.PrimitiveType("int", fmt, constraints)
        if kind == "number":
            return ir.PrimitiveType("float", fmt, constraints)
        if kind == "boolean":
            return ir.PrimitiveType("bool", fmt)
        return ir.AnyType()

    def _constraints(self, schema: Schema, kind: str) -> ir.Constraints:
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

    def _inline_enum(self, schema: Schema, pointer: str, hint: str) -> ir.TypeRef:
        values = list(
            dict.fromkeys(
                (type(v), v)
                for v in schema.enum or []
                if not isinstance(v, (dict, list))
            )
        )
        plain = [v for _, v in values]
        nullable = None in plain
        plain = [v for v in plain if v is not None]
        if not plain:
            return ir.PrimitiveType("none")
        if len(plain) == 1 or not self._enum_kind(schema):
            result: ir.TypeRef = ir.LiteralType(tuple(plain))
        else:
            result = self._declared(pointer, schema, hint, component=False)
        return ir.NullableType(result) if nullable else result

    # ------------------------------------------------------------------------------------------ unions


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


def _reference_examples(node: SchemaNode) -> tuple[ir.JsonValue, ...]:
    found, values = sibling(node, "examples")
    return (
        tuple(_json_value(v) for v in values)
        if found and isinstance(values, list)
        else ()
    )
