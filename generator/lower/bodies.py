"""Request bodies: the media type a method sends, whether the body's properties become keyword arguments
(flattening), the file arguments of multipart bodies, and each property's ``encoding``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir, naming
from ..errors import SpecError
from .. import pointer as jp
from .context import Context, SchemaNode, is_set, ref_of
from .media import body_kind, concrete, pick_content
from .types import schema_types as _types

if TYPE_CHECKING:
    from .operations import OperationLowerer
    from .paths import RawOperation

FILE = ir.PrimitiveType(kind="binary", format="binary")
"""The type of a multipart property that is a file: the method takes ``FileTypes`` for it."""


def lower_body(
    lowerer: OperationLowerer, raw: RawOperation, hint: str
) -> tuple[ir.RequestBody | None, list[ir.Parameter]]:
    """The request body of an operation, and its properties as keyword arguments when it is flattened (an
    object schema with properties, not a union, not nullable, not an array)."""
    ctx = lowerer.ctx
    node = raw.operation.requestBody
    if node is None:
        return None, []
    body, ref = lowerer.deref(node, "RequestBody")
    where = ref or jp.join(raw.pointer, "requestBody")
    if body is None:
        return None, []
    description = body.description or ""
    required = bool(body.required)
    picked = pick_content(body.content)
    if picked is None:
        ctx.warn(where, "request body has no content; sent as raw bytes")
        return (
            ir.RequestBody(
                kind="binary",
                content_type="application/octet-stream",
                type=ir.PrimitiveType(kind="binary"),
                required=required,
                flattened=False,
                description=description,
            ),
            [],
        )
    declared, media = picked
    schema_node: SchemaNode | None = media.media_type_schema
    media_where = jp.join(where, "content", declared)
    where = jp.join(media_where, "schema")
    kind = body_kind(declared, schema_node)
    content_type = concrete(declared, kind)
    if kind in ("binary", "text"):
        return (
            ir.RequestBody(
                kind=kind,
                content_type=content_type,
                type=ir.PrimitiveType(kind="binary" if kind == "binary" else "string"),
                required=required,
                flattened=False,
                description=description,
            ),
            [],
        )
    body_type = (
        lowerer.schemas.lower(schema_node, where, hint + "Body")
        if schema_node is not None
        else ir.AnyType()
    )
    encodings = (
        _encodings(ctx, media, kind, media_where)
        if kind in ("form", "multipart")
        else ()
    )
    resolved = _resolved(lowerer, schema_node, where)
    if kind == "multipart" and resolved is not None:
        declared_types = _types(resolved)
        if declared_types and "object" not in declared_types:
            # Parts are named after an object's fields: nothing else says how to cut the value into parts.
            ctx.warn(
                where,
                f"a multipart body schema of type {'/'.join(sorted(declared_types))} has no fields to "
                "send as parts; the method takes a mapping of part names to values",
            )
            body_type = ir.MapType(value=ir.AnyType())
    properties = (resolved.properties or {}) if resolved is not None else {}
    flattenable = (
        bool(properties)
        and resolved is not None
        and not (resolved.oneOf or resolved.anyOf)
        and "array" not in _types(resolved)
        and not isinstance(body_type, ir.NullableType)
    )
    if not flattenable:
        return (
            ir.RequestBody(
                kind=kind,
                content_type=content_type,
                type=body_type,
                required=required,
                flattened=False,
                description=description,
                encodings=encodings,
            ),
            [],
        )
    assert resolved is not None
    params = _flattened(
        lowerer, kind, body_type, resolved, properties, where, hint, required
    )
    return (
        ir.RequestBody(
            kind=kind,
            content_type=content_type,
            type=body_type,
            required=required,
            flattened=True,
            description=description,
            encodings=encodings,
        ),
        params,
    )


def _resolved(lowerer: OperationLowerer, node: SchemaNode | None, where: str) -> Any:
    """The body's schema with references followed and ``allOf`` merged (``None`` when it cannot be read)."""
    if node is None:
        return None
    try:
        resolved, resolved_at = lowerer.ctx.deref(node, where)
    except (SpecError, KeyError, ValueError, TypeError) as exc:
        lowerer.ctx.warn(
            where, f"request body schema cannot be read ({exc}); sent as given"
        )
        return None
    if resolved.allOf:
        resolved = lowerer.schemas.merge_all_of(resolved, resolved_at)
    return resolved


def _flattened(
    lowerer: OperationLowerer,
    kind: ir.BodyKind,
    body_type: ir.TypeRef,
    resolved: Any,
    properties: dict[str, Any],
    where: str,
    hint: str,
    body_required: bool,
) -> list[ir.Parameter]:
    """Each writable property of a flattened body as a keyword argument (a read-only one is the server's to
    set). A property is required when the schema lists it, whatever the model does with read/write-only.
    """
    ctx = lowerer.ctx
    declaration = (
        ctx.declarations.get(body_type.key)
        if isinstance(body_type, ir.DeclRef)
        else None
    )
    fields = (
        {f.wire: f for f in declaration.fields}
        if isinstance(declaration, ir.Model)
        else {}
    )
    required_wires = set(resolved.required or [])
    writable = [
        wire
        for wire in properties
        if not (fields.get(wire) and fields[wire].read_only)
        and not _read_only(ctx, properties[wire])
    ]
    params: list[ir.Parameter] = []
    for wire in writable:
        field = fields.get(wire)
        prop_where = jp.join(where, "properties", wire)
        examples: tuple[ir.JsonValue, ...]
        default: ir.Default | None
        if field is None:
            field_type = lowerer.schemas.lower(
                properties[wire], prop_where, hint + "Body" + naming.pascal(wire)
            )
            description, default, examples = "", None, ()
        else:
            field_type = field.type
            description, default, examples = (
                field.description,
                field.default,
                field.examples,
            )
        if kind == "multipart":
            field_type = _file_type(ctx, properties[wire], field_type)
        params.append(
            ir.Parameter(
                wire=wire,
                location="body",
                type=field_type,
                required=body_required and wire in required_wires,
                description=description,
                default=default,
                deprecated=bool(field.deprecated) if field else False,
                examples=examples,
                pointer=field.pointer if field else prop_where,
            )
        )
    return params


def _read_only(ctx: Context, node: Any) -> bool:
    try:
        schema, _ = ctx.deref(node, "")
    except (SpecError, KeyError, ValueError, TypeError):
        return False
    return bool(getattr(schema, "readOnly", False))


def _file_type(ctx: Context, node: Any, lowered: ir.TypeRef) -> ir.TypeRef:
    """A multipart property's argument type: a file for a binary string (or one with a
    ``contentMediaType``), a list of files for an array of them, else its own type."""
    try:
        schema, _ = ctx.deref(node, "")
    except (SpecError, KeyError, ValueError, TypeError):
        return lowered
    if _is_file_schema(schema):
        return FILE
    if schema.items is not None and "array" in _types(schema):
        try:
            item, _ = ctx.deref(schema.items, "")
        except (SpecError, KeyError, ValueError, TypeError):
            return lowered
        if _is_file_schema(item):
            return ir.ListType(item=FILE)
    return lowered


def _is_file_schema(schema: Any) -> bool:
    return schema.schema_format in ("binary", "byte") or bool(
        getattr(schema, "contentMediaType", None)
    )


# ------------------------------------------------------------------------------------------ encoding


def _encodings(
    ctx: Context, media: Any, kind: ir.BodyKind, where: str
) -> tuple[ir.PartEncoding, ...]:
    """The media type's ``encoding`` entries that depart from the default. For a form body: style, explode,
    allowReserved and contentType; for multipart: contentType and part headers (style and explode do not
    apply to multipart, as the spec says)."""
    found: list[ir.PartEncoding] = []
    for wire, encoding in sorted((getattr(media, "encoding", None) or {}).items()):
        at = jp.join(where, "encoding", wire)
        content_type = (encoding.contentType or "").split(",")[0].strip()
        if kind == "form":
            style = str(getattr(encoding.style, "value", encoding.style) or "form")
            explode = (
                encoding.explode if encoding.explode is not None else style == "form"
            )
            allow = bool(encoding.allowReserved)
            if style == "form" and explode and not allow and not content_type:
                continue
            found.append(
                ir.PartEncoding(
                    wire=wire,
                    style=style,
                    explode=bool(explode),
                    allow_reserved=allow,
                    content_type=content_type,
                )
            )
            continue
        headers = _part_headers(ctx, encoding, at)
        if content_type or headers:
            found.append(
                ir.PartEncoding(wire=wire, content_type=content_type, headers=headers)
            )
    return tuple(found)


def _part_headers(
    ctx: Context, encoding: Any, where: str
) -> tuple[tuple[str, str], ...]:
    """Part headers with a value the spec fixes (a default, a const or a single enum value); the others can
    only come from the caller (a file tuple's headers), which a warning says."""
    found: list[tuple[str, str]] = []
    for name, header in sorted((encoding.headers or {}).items()):
        if name.lower() == "content-type":
            continue
        at = jp.join(where, "headers", name)
        if ref_of(header) is not None:
            header = ctx.typed_at(ref_of(header) or "")
        schema = getattr(header, "param_schema", None)
        value: Any = None
        if schema is not None and ref_of(schema) is None:
            if is_set(schema, "const"):
                value = schema.const
            elif schema.enum and len(schema.enum) == 1:
                value = schema.enum[0]
            elif is_set(schema, "default"):
                value = schema.default
        if value is None or isinstance(value, (dict, list)):
            ctx.warn(
                at,
                "part header has no fixed value in the spec; not sent unless given with the file "
                "(a (name, content, type, headers) tuple)",
            )
            continue
        text = "true" if value is True else "false" if value is False else str(value)
        found.append((str(name), text))
    return tuple(found)
