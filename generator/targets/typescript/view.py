"""Binding the IR to TypeScript: every identifier, type spelling and runtime table the templates lay out.

Names come from the spec's words (``naming``), types from ``types.spell``; the templates decide nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ... import ir
from ...config import Config
from . import naming
from .types import Names, literal, open_enum, spell

# Members of the client class (its runtime's), which a resource property must not replace.
_CLIENT_MEMBERS = frozenset(
    "baseURL timeout maxRetries initialRetryDelay maxRetryDelay maxRetryAfter request send parse redact "
    "retryDelay statusError fetchImplementation coreOptions withOptions toString constructor".split()
)

_METHOD_VERBS = {
    "post": "create",
    "put": "update",
    "patch": "update",
    "delete": "delete",
}


@dataclass(frozen=True)
class TsField:
    key: str
    type: str
    optional: bool
    doc: str
    readonly: bool = False


@dataclass(frozen=True)
class TsType:
    """One exported type: an interface (``fields``) or an alias (``alias``)."""

    name: str
    doc: str
    fields: tuple[TsField, ...] = ()
    alias: str = ""
    index: str = ""
    pointer: str = ""


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


@dataclass(frozen=True)
class TsPolling:
    method: str
    id_param: str
    status_field: str
    terminal: str
    returns: str
    long_poll_param: str
    long_poll_max: int


@dataclass(frozen=True)
class TsUpload:
    method: str
    upload_url_field: str
    content_type_key: str
    filename_key: str
    returns: str
    content_types: str


@dataclass(frozen=True)
class TsResource:
    name: str
    property: str
    class_name: str
    file: str
    doc: str
    methods: tuple[TsMethod, ...]
    polling: TsPolling | None = None
    upload: TsUpload | None = None
    webhooks: bool = False


@dataclass(frozen=True)
class TsScheme:
    key: str
    send: str
    name: str
    options: tuple[str, ...]
    env: tuple[str, ...]
    doc: str


@dataclass(frozen=True)
class TsWebhooks:
    signature_header: str
    tolerance: int
    secret_env: str
    event_type: str
    events: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class View:
    api: ir.Api
    package_name: str
    client_name: str
    env_prefix: str
    version: str
    base_url: str
    types: tuple[TsType, ...]
    resources: tuple[TsResource, ...]
    schemes: tuple[TsScheme, ...]
    webhooks: TsWebhooks | None
    idempotency_header: str
    pagination: ir.PageScheme | None
    uses_unknown_tag: bool
    runtime: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------------------------------- names


def _segments(pointer: str) -> list[str]:
    parts = pointer.lstrip("#").split("/")[1:]
    return [p.replace("~1", "/").replace("~0", "~") for p in parts]


def _rest_words(rest: list[str], parameters: dict[str, str], prefix: str) -> list[str]:
    """Words for the part of a pointer below a named schema (``properties/x/items`` -> ``X Item``)."""
    found: list[str] = []
    i = 0
    while i < len(rest):
        seg = rest[i]
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        if seg == "properties" and nxt:
            found += naming.words(nxt)
            i += 2
            continue
        if seg in ("oneOf", "anyOf", "allOf", "prefixItems") and nxt.isdigit():
            found += ["Variant" if seg != "prefixItems" else "Item", str(int(nxt) + 1)]
            i += 2
            continue
        if seg == "items":
            found.append("Item")
        elif seg == "additionalProperties":
            found.append("Value")
        elif seg == "discriminator":
            found.append("Union")
        elif seg == "requestBody":
            found.append("Body")
        elif seg == "responses" and nxt:
            found.append("Response")
            if not nxt.startswith("2"):
                found.append(nxt.upper())
            i += 2
            continue
        elif seg == "parameters" and nxt.isdigit():
            wire = parameters.get(f"{prefix}/parameters/{nxt}")
            found += naming.words(wire) if wire else ["Param", str(int(nxt) + 1)]
            i += 2
            continue
        elif seg in ("content", "schema", "x-unknown-variant"):
            if seg == "content":
                i += 2
                continue
        else:
            found += naming.words(seg)
        i += 1
    return found


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def declaration_words(
    key: str, operations: dict[tuple[str, str], list[str]], parameters: dict[str, str]
) -> list[str]:
    """The words of a declaration's TypeScript name, from its JSON pointer: a component's own name, an inline
    schema's owner and position (``Canvas InlineChoice Variant 1``), an operation's body or response by the
    operation's words, a webhook's by its event name."""
    segs = _segments(key)
    unknown = ["Unknown"] if segs and segs[-1] == "x-unknown-variant" else []
    if len(segs) >= 3 and segs[0] == "components":
        return unknown + naming.words(segs[2]) + _rest_words(segs[3:], parameters, "")
    if len(segs) >= 3 and segs[0] == "paths":
        owner = operations.get((segs[1], segs[2].lower()))
        prefix = f"#/paths/{_escape(segs[1])}/{segs[2]}"
        if owner is not None:
            return unknown + owner + _rest_words(segs[3:], parameters, prefix)
    if segs and segs[0] == "webhooks":
        if len(segs) == 1:
            return ["Webhook", "Event"]
        if segs[1] == "x-unknown-variant":
            return ["Unknown", "Webhook", "Event"]
        return naming.words(segs[1]) + ["Event"]
    words: list[str] = []
    for seg in segs:
        words += naming.words(seg)
    return unknown + words


def _resource_words(resource: ir.Resource) -> list[str]:
    for operation in resource.operations:
        if operation.tags:
            return naming.words(operation.tags[0])
    for operation in resource.operations:
        for seg in operation.path.strip("/").split("/"):
            if (
                seg
                and not re.fullmatch(r"v[0-9]+(\.[0-9]+)*|api", seg)
                and "{" not in seg
            ):
                return naming.words(seg)
    return ["default"]


def method_words(operation: ir.Operation, resource_words: list[str]) -> list[str]:
    """A method's words: the operation id less its resource's words (``renders_create`` on ``renders``:
    ``create``), else the verb and path (``list``, ``retrieve``, ``create``... and a trailing action).
    """
    lowered = [w.lower() for w in resource_words]
    if operation.operation_id:
        found = naming.words(operation.operation_id)
        low = [w.lower() for w in found]
        if low[: len(lowered)] == lowered and len(found) > len(lowered):
            return found[len(lowered) :]
        return found
    segs = [s for s in operation.path.strip("/").split("/") if s]
    last = segs[-1] if segs else ""
    item = last.startswith("{")
    verb = operation.method.lower()
    if verb == "get":
        action = ["retrieve"] if item else ["list"]
    else:
        action = [_METHOD_VERBS.get(verb, verb)]
    if (
        segs
        and not item
        and len(segs) >= 2
        and segs[-2].startswith("{")
        and verb != "get"
    ):
        return naming.words(last)
    if (
        segs
        and not item
        and verb == "get"
        and len(segs) >= 2
        and segs[-2].startswith("{")
    ):
        return naming.words(last)
    return action


# --------------------------------------------------------------------------------------------------- building


def _fields_doc(description: str, deprecated: bool, extra: str = "") -> str:
    text = description.strip()
    if extra:
        text = f"{text}\n\n{extra}" if text else extra
    if deprecated:
        text = f"{text}\n\n@deprecated" if text else "@deprecated"
    return text


def bind(api: ir.Api, config: Config) -> View:
    """The TypeScript view of ``api``."""
    ts = config.typescript
    resource_words = {r.name: _resource_words(r) for r in api.resources}
    operations: dict[tuple[str, str], list[str]] = {}
    parameters: dict[str, str] = {}
    for resource in api.resources:
        for operation in resource.operations:
            operations[(operation.path, operation.method.lower())] = resource_words[
                resource.name
            ] + method_words(operation, resource_words[resource.name])
            for parameter in operation.parameters:
                if parameter.pointer:
                    parameters[parameter.pointer] = parameter.wire
    wanted = {
        d.key: naming.type_name(declaration_words(d.key, operations, parameters), d.key)
        for d in api.declarations
    }
    type_names = naming.resolve(wanted)
    param_wanted = {}
    for p in api.params:
        target = p.model.key if isinstance(p, ir.Params) else p.alias.key
        param_wanted[target] = type_names.get(target, "T") + "Param"
    param_names = naming.resolve(param_wanted, taken=type_names.values())
    enums = {d.key: d for d in api.declarations if isinstance(d, ir.Enum)}
    names = Names(type_names, param_names, enums)
    qualified = Names(type_names, param_names, enums, qualifier="Types.")

    types: list[TsType] = []
    uses_unknown = False
    for d in api.declarations:
        name = type_names[d.key]
        if isinstance(d, ir.Model):
            fields = tuple(
                TsField(
                    naming.property_key(f.wire),
                    spell(f.type, names),
                    not f.required,
                    naming.doc(
                        (
                            "The tag as sent: equal to none of the tags this client knows."
                            if isinstance(f.type, ir.UnknownTagType)
                            else _fields_doc(f.description, f.deprecated)
                        ),
                        "  ",
                    ),
                )
                for f in d.fields
            )
            uses_unknown = uses_unknown or any(
                isinstance(f.type, ir.UnknownTagType) for f in d.fields
            )
            index = ""
            if d.additional is not None:
                index = "unknown"
            types.append(
                TsType(
                    name,
                    naming.doc(_fields_doc(d.description or d.title, d.deprecated)),
                    fields,
                    index=index,
                    pointer=d.pointer,
                )
            )
        elif isinstance(d, ir.Enum):
            types.append(
                TsType(
                    name,
                    naming.doc(_fields_doc(d.description, d.deprecated)),
                    alias=open_enum(d),
                    pointer=d.pointer,
                )
            )
        else:
            types.append(
                TsType(
                    name,
                    naming.doc(_fields_doc(d.description, d.deprecated)),
                    alias=spell(d.type, names),
                    pointer=d.pointer,
                )
            )
    for p in api.params:
        if isinstance(p, ir.Params):
            name = param_names[p.model.key]
            fields = tuple(
                TsField(
                    naming.property_key(k.wire),
                    spell(k.type, names, "request"),
                    not k.required,
                    naming.doc(_fields_doc(k.description, k.deprecated), "  "),
                )
                for k in p.keys
            )
            types.append(
                TsType(
                    name,
                    naming.doc(
                        f"What a request sends for {type_names.get(p.model.key, '')}."
                    ),
                    fields,
                    pointer=p.pointer,
                )
            )
        else:
            name = param_names[p.alias.key]
            types.append(
                TsType(
                    name,
                    naming.doc(
                        f"What a request sends for {type_names.get(p.alias.key, '')}."
                    ),
                    alias=spell(p.type, names, "request"),
                    pointer=p.pointer,
                )
            )
    types.sort(key=lambda t: t.name)

    resources = _resources(
        api,
        names,
        qualified,
        resource_words,
        set(type_names.values()) | set(param_names.values()),
    )

    schemes = tuple(
        TsScheme(
            s.key,
            s.send,
            s.name,
            tuple(naming.value_name(a) for a in s.arguments),
            s.env,
            s.description,
        )
        for s in api.security
    )
    webhooks = None
    if api.webhooks is not None and api.webhooks.signature_header:
        webhooks = TsWebhooks(
            api.webhooks.signature_header,
            api.webhooks.tolerance,
            api.webhooks.secret_env,
            (
                spell(api.webhooks.event_type, qualified)
                if api.webhooks.event_type
                else "unknown"
            ),
            tuple((e.name, spell(e.type, qualified)) for e in api.webhooks.events),
        )
    return View(
        api=api,
        package_name=ts.package_name or api.package_name.lower().replace("_", "-"),
        client_name=api.client_name,
        env_prefix=api.env_prefix,
        version=api.version,
        base_url=api.base_url,
        types=tuple(types),
        resources=resources,
        schemes=schemes,
        webhooks=webhooks,
        idempotency_header=api.idempotency_header,
        pagination=api.pagination,
        uses_unknown_tag=uses_unknown,
    )


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
        if t.kind in ("int", "float"):
            low = t.constraints.ge if t.constraints.ge is not None else t.constraints.gt
            return str(int(low) + 1) if low is not None else "1"
        if t.kind == "str" and t.format in _FORMAT_EXAMPLES:
            return _FORMAT_EXAMPLES[t.format]
        return {"bool": "true", "none": "null"}.get(t.kind, '"string"')
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


def _resources(
    api: ir.Api,
    names: Names,
    qualified: Names,
    resource_words: dict[str, list[str]],
    type_names: set[str],
) -> tuple[TsResource, ...]:
    props = naming.resolve(
        {
            r.name: naming.value_name(
                " ".join(resource_words[r.name]),
                naming.RESERVED_MEMBERS | _CLIENT_MEMBERS,
                member=True,
            )
            for r in api.resources
        }
    )
    wanted_classes = {}
    for r in api.resources:
        cls = naming.type_name(resource_words[r.name], r.name)
        wanted_classes[r.name] = (
            cls + "Resource" if cls in type_names or cls == api.client_name else cls
        )
    classes = naming.resolve(wanted_classes, taken=type_names | {api.client_name})
    files = naming.resolve(
        {
            r.name: "-".join(w.lower() for w in resource_words[r.name]) or "default"
            for r in api.resources
        },
        taken={"index"},
    )
    out: list[TsResource] = []
    for r in api.resources:
        method_names = naming.resolve(
            {
                o.name: naming.value_name(
                    " ".join(method_words(o, resource_words[r.name])),
                    naming.RESERVED_MEMBERS,
                    member=True,
                )
                for o in r.operations
            }
        )
        params_names = naming.resolve(
            {
                o.name: naming.type_name(
                    resource_words[r.name]
                    + method_words(o, resource_words[r.name])
                    + ["Params"],
                    o.name,
                )
                for o in r.operations
            },
            taken=type_names,
        )
        methods = tuple(
            _method(o, method_names[o.name], params_names[o.name], qualified)
            for o in r.operations
        )
        methods = tuple(sorted(methods, key=lambda m: m.name))
        by_python = {o.name: method_names[o.name] for o in r.operations}
        polling = None
        if r.polling is not None and r.polling.operation in by_python:
            polling = TsPolling(
                by_python[r.polling.operation],
                r.polling.id_param,
                r.polling.status_field,
                "[" + ", ".join(naming.string(t) for t in r.polling.terminal) + "]",
                spell(r.polling.returns, qualified),
                r.polling.long_poll_param,
                r.polling.long_poll_max,
            )
        upload = None
        if r.upload is not None and r.upload.operation in by_python:
            op = next(o for o in r.operations if o.name == r.upload.operation)
            wires = {p.name: p.wire for p in op.parameters}
            upload = TsUpload(
                by_python[r.upload.operation],
                r.upload.upload_url_field,
                wires.get(r.upload.content_type_param, r.upload.content_type_param),
                wires.get(r.upload.filename_param, r.upload.filename_param),
                spell(r.upload.returns, qualified),
                "[" + ", ".join(naming.string(t) for t in r.upload.content_types) + "]",
            )
        out.append(
            TsResource(
                r.name,
                props[r.name],
                classes[r.name],
                files[r.name],
                naming.doc(r.description, ""),
                methods,
                polling,
                upload,
                r.webhooks
                and api.webhooks is not None
                and bool(api.webhooks.signature_header),
            )
        )
    return tuple(sorted(out, key=lambda r: r.property))


def _method(o: ir.Operation, name: str, params_type: str, names: Names) -> TsMethod:
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
    idempotent = bool(o.idempotency_param)
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
    doc_text = _fields_doc(
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
