"""Declarations with members: an object schema as a model (its fields, with wire names, defaults, access and
examples) and a string or integer enum as an enum."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from .. import pointer as jp
from ..errors import SpecError
from .allof import single_ref
from .context import Schema, SchemaNode, ref_of
from .defaults import sibling
from .examples import examples_of, reference_examples

if TYPE_CHECKING:
    from .schemas import SchemaLowerer

__all__ = ["lower_enum", "lower_model"]


def lower_enum(schema: Schema, key: str, hint: str) -> ir.Enum:
    values: list[str | int] = []
    for value in schema.enum or []:
        if value is not None and value not in values:
            values.append(value)
    kind = "string" if all(isinstance(v, str) for v in values) else "integer"
    members = tuple(ir.EnumMember(value=v) for v in values)
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


def lower_model(
    lowerer: SchemaLowerer, schema: Schema, key: str, hint: str
) -> ir.Model:
    if schema.allOf:
        schema = lowerer.merge_all_of(schema, key)
    properties = schema.properties or {}
    required = set(schema.required or [])
    for missing in sorted(required - set(properties)):
        lowerer.ctx.warn(
            jp.join(key, "required"),
            f"required property {missing!r} is not defined; ignored",
        )
    fields = []
    for wire, prop in properties.items():
        where = lowerer.origins.get(id(prop)) or jp.join(key, "properties", wire)
        field_type = lowerer.lower(prop, where, hint + naming.pascal(wire))
        read_only, write_only = _access(lowerer, prop, where)
        # One model serves requests and responses: a read-only property is absent from requests and a
        # write-only one from responses, so neither can be required of the model.
        fields.append(
            _field(
                lowerer,
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
        lowered = lowerer.lower(
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
    lowerer: SchemaLowerer,
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
        resolved, _ = lowerer.ctx.deref(prop, where)
        description = resolved.description or ""
    default = lowerer.default_for(prop, field_type, where) if not required else None
    return ir.Field(
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
            examples_of(target) if target is not None else reference_examples(prop)
        ),
        pointer=where,
    )


def _access(lowerer: SchemaLowerer, prop: SchemaNode, where: str) -> tuple[bool, bool]:
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
                    resolved, _ = lowerer.ctx.deref(lowerer.ctx.schema_at(ref), ref)
                except SpecError:
                    resolved = None
                value = getattr(resolved, keyword, None)
        flags.append(bool(value))
    return flags[0], flags[1]
