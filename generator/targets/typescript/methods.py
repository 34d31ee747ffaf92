"""A resource's methods: each operation's arguments (path parameters, the params object's keys, a whole body),
its runtime tables (styles, encodings, security) and its README example."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ... import ir
from . import naming
from .types import Names, literal, spell


@dataclass(frozen=True)
class TsParam:
    """A method argument: a path parameter (positional) or a key of the params object. ``prop`` is its key in
    the params object: the wire name, unless another location's parameter of the call has that name (then
    ``<location>_<wire>``); ``pick`` is its entry in the runtime's ``pick()`` list (``"wire"``, or
    ``["prop", "wire"]`` where the two differ)."""

    key: str
    wire: str
    location: str
    type: str
    required: bool
    doc: str
    style: str = ""
    name: str = ""
    prop: str = ""
    pick: str = ""


@dataclass(frozen=True)
class TsMethod:
    name: str
    doc: str
    http_method: str
    path: str
    path_params: tuple[TsParam, ...]
    params: tuple[TsParam, ...]
    params_type: str
    params_required: bool
    body_kind: str
    body_mode: str  # "" no body, "fields" flattened, "whole" the params' ``body`` key
    content_type: str
    returns: str
    response_kind: str
    security: str
    accept: str
    server: str
    idempotent: bool
    page_item: str = ""
    encodings: str = ""
    example: str = ""
    operation_id: str = ""
    deprecated: bool = False
    body_required: bool = False
    # The expression of a whole body: the params' ``body`` key (``requestBody`` when a parameter is
    # called ``body``).
    body_value: str = "params.body"


def _style(parameter: ir.Parameter | ir.PartEncoding) -> str:
    """The runtime's style of a parameter that departs from its location's default, as an object literal
    (``""`` when it departs in nothing)."""
    parts = []
    location = getattr(parameter, "location", "form")
    default = "form" if location in ("query", "cookie", "form") else "simple"
    style = parameter.style or default
    if style != default:
        parts.append(f"style: {naming.string(style)}")
    if parameter.explode != (style == "form"):
        parts.append(f"explode: {'true' if parameter.explode else 'false'}")
    if parameter.allow_reserved:
        parts.append("allowReserved: true")
    if parameter.content_type:
        parts.append(f"contentType: {naming.string(parameter.content_type)}")
    if isinstance(parameter, ir.PartEncoding) and parameter.headers:
        pairs = ", ".join(
            f"[{naming.string(k)}, {naming.string(v)}]" for k, v in parameter.headers
        )
        parts.append(f"headers: [{pairs}]")
    return "{ " + ", ".join(parts) + " }" if parts else ""


def _requirement(security: ir.Requirement) -> str:
    return (
        "["
        + ", ".join(
            "[" + ", ".join(naming.string(k) for k in alt) + "]" for alt in security
        )
        + "]"
    )


_FORMAT_EXAMPLES = {
    "uri": '"https://example.com/file.mp4"',
    "url": '"https://example.com/file.mp4"',
    "email": '"dev@example.com"',
    "date-time": '"2024-01-01T00:00:00Z"',
    "date": '"2024-01-01"',
    "uuid": '"00000000-0000-4000-8000-000000000000"',
}


def _example_value(
    t: ir.TypeRef, names: Names, examples: tuple[object, ...] = ()
) -> str:
    """A value of ``t`` for the README: the spec's own example, else one of the right shape."""
    for example in examples:
        if isinstance(example, (str, int, float, bool)) or example is None:
            return literal(example)
        return json.dumps(example)
    if isinstance(t, ir.NullableType):
        return _example_value(t.inner, names)
    if isinstance(t, ir.PrimitiveType):
        if t.kind in ("integer", "number"):
            low = t.constraints.ge if t.constraints.ge is not None else t.constraints.gt
            return str(int(low) + 1) if low is not None else "1"
        if t.kind == "string" and t.format in _FORMAT_EXAMPLES:
            return _FORMAT_EXAMPLES[t.format]
        return {"boolean": "true", "null": "null"}.get(t.kind, '"string"')
    if isinstance(t, ir.LiteralType) and t.values:
        return literal(t.values[0])
    if (
        isinstance(t, ir.DeclRef)
        and t.key in names.enums
        and names.enums[t.key].members
    ):
        return literal(names.enums[t.key].members[0].value)
    if isinstance(t, ir.ListType):
        return "[]"
    return "{}"


def method(o: ir.Operation, name: str, params_type: str, names: Names) -> TsMethod:
    # One argument per variable: a template may name one twice (``/{location}/.../{location}``), and the
    # runtime fills every occurrence.
    path_wires = list(dict.fromkeys(re.findall(r"{([^}]+)}", o.path)))
    path_params: list[TsParam] = []
    taken = {"params", "options", "body"}
    by_wire = {p.wire: p for p in o.parameters if p.location == "path"}
    arg_names = naming.resolve(
        {w: naming.value_name(w, frozenset(taken)) for w in path_wires}, taken=taken
    )
    for wire in path_wires:
        p = by_wire.get(wire)
        path_params.append(
            TsParam(
                naming.property_key(wire),
                wire,
                "path",
                spell(p.type, names, "request") if p else "string",
                True,
                p.description if p else "",
                _style(p) if p else "",
                arg_names[wire],
            )
        )
    params: list[TsParam] = []
    # The params object's keys are wire names. A body field named like a query, header or cookie parameter
    # cannot sit beside it: such a body is not flattened but given whole (the params' body key). A name shared
    # by two of those locations keeps it for the first; the other is qualified by its location.
    located = [p for p in o.parameters if p.location not in ("path", "body")]
    flattened = o.body is not None and o.body.flattened
    if flattened and any(
        p.location == "body" and p.wire in {q.wire for q in located}
        for p in o.parameters
    ):
        flattened = False
    props: dict[tuple[str, str], str] = {}
    for p in located:
        if (p.location, p.wire) in props:
            continue
        prop = p.wire if p.wire not in props.values() else f"{p.location}_{p.wire}"
        props[(p.location, p.wire)] = prop
    body_prop = "body"
    if o.body is not None and not flattened:
        taken = set(props.values())
        body_prop = "body" if "body" not in taken else "requestBody"
        counter = 2
        while body_prop in taken:
            body_prop = f"requestBody{counter}"
            counter += 1
    seen: set[tuple[str, str]] = set()
    for p in o.parameters:
        if p.location == "path" or (p.location == "body" and not flattened):
            continue
        if (p.location, p.wire) in seen:
            continue
        seen.add((p.location, p.wire))
        prop = props.get((p.location, p.wire), p.wire)
        note = (
            f"Sent as the {p.location} parameter `{p.wire}`." if prop != p.wire else ""
        )
        params.append(
            TsParam(
                naming.property_key(prop),
                p.wire,
                p.location,
                spell(p.type, names, "request"),
                p.required and p.default is None,
                "\n\n".join(x for x in (p.description, note) if x),
                _style(p) if p.location != "body" else "",
                prop=prop,
                pick=(
                    naming.string(p.wire)
                    if prop == p.wire
                    else f"[{naming.string(prop)}, {naming.string(p.wire)}]"
                ),
            )
        )
    body_mode = ""
    body_kind = ""
    content_type = ""
    encodings = ""
    if o.body is not None:
        body_kind = o.body.kind
        content_type = o.body.content_type
        if flattened:
            body_mode = "fields"
        else:
            body_mode = "whole"
            params.append(
                TsParam(
                    body_prop,
                    "body",
                    "whole",
                    spell(o.body.type, names, "request"),
                    o.body.required,
                    o.body.description,
                    prop=body_prop,
                )
            )
        styled = [
            f"{naming.property_key(e.wire)}: {_style(e)}"
            for e in o.body.encodings
            if _style(e)
        ]
        encodings = "{ " + ", ".join(styled) + " }" if styled else ""
    idempotent = bool(o.idempotency_header)
    page_item = spell(o.pagination.item, names) if o.pagination is not None else ""
    returns = (
        "void"
        if o.returns_kind == "empty"
        else (
            "Response"
            if o.returns_kind in ("binary", "redirect")
            else ("string" if o.returns_kind == "text" else spell(o.returns, names))
        )
    )
    doc_text = naming.fields_doc(
        "\n\n".join(x for x in (o.summary, o.description) if x and x.strip()),
        o.deprecated,
    )
    args = [f"{p.name}: {p.type}" for p in path_params]
    example_args = [naming.string("id") for _ in path_params]
    required = [p for p in params if p.required]
    if required:
        inner = ", ".join(
            f"{p.key}: {_example_value(_type_of(o, p), names, _examples_of(o, p))}"
            for p in required
        )
        example_args.append("{ " + inner + " }")
    del args
    return TsMethod(
        name=name,
        doc=doc_text,
        http_method=o.method.upper(),
        path=o.path,
        path_params=tuple(path_params),
        params=tuple(params),
        params_type=params_type,
        params_required=any(p.required for p in params),
        body_kind=body_kind,
        body_mode=body_mode,
        content_type=content_type,
        returns=returns,
        response_kind="page" if page_item else o.returns_kind,
        security=_requirement(o.security),
        accept=o.accept,
        server=o.server,
        idempotent=idempotent,
        page_item=page_item,
        encodings=encodings,
        example=", ".join(example_args),
        operation_id=o.operation_id,
        deprecated=o.deprecated,
        body_required=o.body is not None and o.body.required,
        body_value=f"params.{body_prop}",
    )


def _parameter_of(o: ir.Operation, param: TsParam) -> ir.Parameter | None:
    for p in o.parameters:
        if p.wire == param.wire and p.location == param.location:
            return p
    return None


def _examples_of(o: ir.Operation, param: TsParam) -> tuple[object, ...]:
    found = _parameter_of(o, param)
    return found.examples if found is not None else ()


def _type_of(o: ir.Operation, param: TsParam) -> ir.TypeRef:
    found = _parameter_of(o, param)
    if found is not None:
        return found.type
    if o.body is not None and param.location == "whole":
        return o.body.type
    return ir.AnyType()
