"""The names a module must import for the types and features its declaration, params or resource mention."""

from __future__ import annotations

from typing import Any

from ... import ir
from ...lower.bodies import FILE
from .types import Types, class_like, float_values
from .wire import uses_style


def needs(node: Any, types: Types | None = None) -> set[str]:
    """The names a module must import for what ``node`` (a declaration, a resource or params) mentions;
    ``types`` knows the request-side types (the ``needs`` global of the templates is bound to it).
    """
    found: set[str] = set()

    def visit(value: Any, param: bool) -> None:
        if isinstance(value, ir.PrimitiveType):
            if value.kind in ("datetime", "date", "time"):
                found.add("datetime")
            elif value.kind == "uuid":
                found.add("uuid")
        elif isinstance(value, ir.AnyType):
            found.add("Any")
        elif isinstance(value, ir.LiteralType):
            if len(float_values(value)) < len(value.values):
                found.add("Literal")
        elif isinstance(value, ir.ListType):
            if param:
                found.add("Sequence")
            visit(value.item, param)
        elif isinstance(value, ir.MapType):
            found.add("Mapping" if param else "dict")
            visit(value.value, param)
        elif isinstance(value, ir.TupleType):
            for item in value.items:
                visit(item, param)
        elif isinstance(value, ir.UnionType):
            if value.discriminator is not None and not param:
                found.update({"Annotated", "Union"})
            for variant in value.variants:
                visit(variant.type, param)
        elif isinstance(value, ir.NullableType):
            visit(value.inner, param)
        elif isinstance(value, ir.UnknownTagType):
            found.update({"OtherTag", "UnknownTag", "UnknownVariant"})
        elif isinstance(value, ir.DeclRef) and param and types is not None:
            spelt = types._param_ref(value)
            if "dict[str, Any]" in spelt:
                found.add("Any")
            if "Literal[" in spelt:
                found.add("Literal")

    if isinstance(node, ir.Model):
        for field in node.fields:
            visit(field.type, False)
            if field.default is not None and field.default.scalar:
                # The default is written as a value (``datetime.date(...)``), whatever its alias is called.
                found.add("uuid" if field.default.scalar == "uuid" else "datetime")
            if field.wire != field.name or (
                field.default is not None and field.default.kind == "factory"
            ):
                found.add("Field")
        if node.additional is not None:
            visit(node.additional, False)
    elif isinstance(node, ir.Alias):
        visit(node.type, False)
    elif isinstance(node, ir.Params):
        for key in node.keys:
            visit(key.type, True)
            if key.required:
                found.add("Required")
    elif isinstance(node, ir.ParamsAlias):
        visit(node.type, True)
    elif isinstance(node, ir.Resource):
        for op in node.operations:
            for p in op.parameters:
                visit(p.type, True)
                if not p.required:
                    found.add("NotGiven")
                if p.location == "body" and (
                    p.type == FILE
                    or (isinstance(p.type, ir.ListType) and p.type.item == FILE)
                ):
                    found.add("FileTypes")
                    if p.type != FILE:
                        found.add("Sequence")
            if op.body is not None and not op.body.flattened:
                if op.body.kind == "binary":
                    found.add("FileContent")
                elif op.body.kind != "text":
                    visit(op.body.type, True)
                if not op.body.required:
                    found.add("NotGiven")
            if op.pagination is not None:
                found.add("pagination")
                visit(op.pagination.item, False)
            elif op.returns_kind in ("binary", "redirect"):
                found.add("binary")
            elif op.returns is not None:
                visit(op.returns, False)
            if (
                op.returns is not None
                and op.returns_kind == "json"
                and op.pagination is None
                and not class_like(op.returns)
            ):
                found.add("cast")
                if isinstance(op.returns, (ir.UnionType, ir.NullableType)):
                    found.add("Union")
            if op.pagination is not None and not class_like(op.pagination.item):
                found.add("cast")
        if uses_style(node):
            found.add("Style")
        if node.upload is not None:
            found.add("NotGiven")
        if node.webhooks:
            found.add("Mapping")
    return found
