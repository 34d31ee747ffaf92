"""Operations to methods: parameters, request bodies, responses, and the resource each method lives on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import ValidationError

from .. import ir, naming
from ..errors import SpecError
from .. import pointer as jp
from . import media, security
from .bodies import lower_body
from .context import Context, is_set, kind_of, ref_of
from .media import body_kind, pick_content
from .examples import examples_of
from .schemas import SchemaLowerer

# Each location's style when a parameter declares none.
DEFAULT_STYLES = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# Headers that frame the body: the HTTP client computes them from the body it sends, and a value given by hand
# that disagrees would cut the body short or leave the server waiting for more.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})
_VERSION = re.compile(r"^v\d+(\.\d+)*$|^api$", re.IGNORECASE)


_KIND_LABELS = {
    "Parameter": "parameter",
    "RequestBody": "request body",
    "Response": "response",
}


@dataclass(frozen=True)
class RawOperation:
    """An operation found in ``paths`` with what lowering needs to place and name it."""

    path: str
    method: str
    operation: Any
    path_item: Any
    pointer: str
    resource_key: str


def server_url(server: object) -> str:
    """A server's URL with its variables at their defaults."""
    url = str(getattr(server, "url", ""))
    for name, variable in (getattr(server, "variables", None) or {}).items():
        url = url.replace("{" + name + "}", str(getattr(variable, "default", "")))
    return url


def resource_key(path: str, operation: Any) -> str:
    """The resource an operation belongs to: its first tag, else the first path segment after a version."""
    if operation.tags:
        return str(operation.tags[0])
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    while segments and _VERSION.match(segments[0]) and len(segments) > 1:
        segments = segments[1:]
    return segments[0] if segments else "default"


def collect(ctx: Context) -> list[RawOperation]:
    """Every operation of ``paths`` (document order; callers sort what they emit)."""
    found: list[RawOperation] = []
    for path, item in (ctx.doc.paths or {}).items():
        where = jp.join("#/paths", path)
        item = resolve_path_item(ctx, item, where)
        if item is None:
            continue
        for method in METHODS:
            operation = getattr(item, method, None)
            if operation is not None:
                found.append(
                    RawOperation(
                        path,
                        method,
                        operation,
                        item,
                        jp.join(where, method),
                        resource_key(path, operation),
                    )
                )
    return found


def resolve_path_item(ctx: Context, item: Any, where: str) -> Any:
    """A path item, following its ``$ref`` (to ``components/pathItems`` or elsewhere in the document); its
    own fields, when it has any beside the reference, win over the target's."""
    seen: set[str] = set()
    while True:
        ref = getattr(item, "ref", None) or ref_of(item)
        if not isinstance(ref, str):
            return item
        if ref in seen or not ref.startswith("#"):
            ctx.warn(
                where,
                f"path item $ref {ref} cannot be resolved; its operations are skipped",
            )
            return None
        seen.add(ref)
        target = ctx.typed_at(ref)
        if isinstance(target, dict):
            module = v3_1 if ctx.v31 else v3_0
            target = module.PathItem.model_validate(target)
        own = {
            k: getattr(item, k)
            for k in item.model_fields_set
            if k != "ref" and getattr(item, k) is not None
        }
        item = target.model_copy(update=own) if own else target


_VERBS = {
    "get": "retrieve",
    "put": "update",
    "patch": "update",
    "delete": "delete",
    "post": "create",
}


def method_candidate(raw: RawOperation, resource_words: list[str]) -> str:
    """A method name: the operationId without the resource's words at its start or end, else a verb from the
    HTTP method and the path (``list``, ``retrieve``, ``create``, ``update``, ``delete``, or an action such as
    ``cancel`` for ``POST /things/{id}/cancel``)."""
    operation_id = raw.operation.operationId
    if operation_id:
        tokens = [w.lower() for w in naming.words(operation_id)]
        stripped = _strip_resource(tokens, resource_words)
        if stripped:
            return "_".join(stripped)
    segments = [s for s in raw.path.split("/") if s]
    static = [s for s in segments if not s.startswith("{")]
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    has_param = any(s.startswith("{") for s in segments)
    last = static[-1] if static else ""
    own = not last or _is_resource_word(last, resource_words)
    if raw.method == "get":
        verb = "retrieve" if ends_with_param else "list"
    elif raw.method == "post" and not ends_with_param and has_param and not own:
        return naming.snake(last)
    else:
        verb = _VERBS.get(raw.method, raw.method)
    return verb if own else f"{verb}_{naming.snake(last)}"


def _is_resource_word(segment: str, resource_words: list[str]) -> bool:
    tokens = [w.lower() for w in naming.words(segment)]
    return tokens == resource_words or tokens == _singular(resource_words)


def _singular(tokens: list[str]) -> list[str]:
    if not tokens:
        return tokens
    last = tokens[-1]
    if last.endswith("ies") and len(last) > 3:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return tokens[:-1] + [last]


def _strip_resource(tokens: list[str], resource_words: list[str]) -> list[str]:
    """``["renders", "create"]`` or ``["create", "render"]`` for resource ``renders`` -> ``["create"]``."""
    if not resource_words:
        return tokens
    for words in (resource_words, _singular(resource_words)):
        n = len(words)
        if len(tokens) > n and tokens[:n] == words:
            return tokens[n:]
        if len(tokens) > n and tokens[-n:] == words:
            return tokens[:-n]
    return tokens


# ------------------------------------------------------------------------------------------ the lowerer


class OperationLowerer:
    """Lowers one operation at a time into an ``ir.Operation``."""

    def __init__(self, ctx: Context, schemas: SchemaLowerer) -> None:
        self.ctx = ctx
        self.schemas = schemas

    def deref(self, node: Any, kind: str) -> tuple[Any, str | None]:
        """Follow a ``$ref`` to a parameter, request body or response component; ``None`` (with a warning)
        when the references loop or lead to something else."""
        module = v3_1 if self.ctx.v31 else v3_0
        expected = getattr(module, kind)
        label = _KIND_LABELS[kind]
        seen: set[str] = set()
        where: str | None = None
        while ref_of(node) is not None:
            ref = ref_of(node) or ""
            if ref in seen:
                self.ctx.warn(ref, f"{label} $ref cycle; skipped")
                return None, ref
            seen.add(ref)
            where = ref
            node = self.ctx.typed_at(ref)
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                # Found through an extension (raw JSON): another reference to follow.
                node = module.Reference.model_validate({"$ref": node["$ref"]})
            elif isinstance(node, dict):
                try:
                    node = expected.model_validate(node)
                except ValidationError:
                    self.ctx.warn(ref, f"$ref points to no valid {label}; skipped")
                    return None, ref
        if where is not None and not isinstance(node, expected):
            if kind != "Parameter" and isinstance(node, (v3_0.Schema, v3_1.Schema)):
                # ``responses: {400: {$ref: '#/components/schemas/Error'}}`` (swaggerhub.com's spec): the
                # author named the body's schema; read it as a JSON body of that schema.
                self.ctx.warn(
                    where,
                    f"$ref points to a schema, not a {label}; read as a JSON {label} of that schema",
                )
                media = {"application/json": {"schema": {"$ref": where}}}
                return (
                    expected.model_validate({"description": "", "content": media}),
                    where,
                )
            self.ctx.warn(
                where, f"$ref points to {kind_of(node)}, not a {label}; skipped"
            )
            return None, where
        return node, where

    def lower(
        self, raw: RawOperation, name: str, hint: str, idempotency_header: str
    ) -> ir.Operation:
        """The IR of one operation; ``name`` is its final method name and ``hint`` prefixes inline names."""
        op = raw.operation
        parameters = self._parameters(raw, hint)
        names_taken = {p.name for p in parameters}
        body, body_params = lower_body(self, raw, hint, names_taken)
        responses = self._responses(raw, hint)
        returns, returns_kind = _returns(responses, self.ctx, raw.pointer)
        # An operation (or its path) served elsewhere than the API: its own first server.
        servers = op.servers or raw.path_item.servers or []
        documented = self.ctx.doc.servers or []
        server = server_url(servers[0]) if servers else ""
        if servers and not server and documented and server_url(documented[0]):
            # ``url: ""`` is relative to where the document is served: the origin, not the API's base path.
            server = "/"
        if documented and server == server_url(documented[0]):
            server = ""
        idempotency = ""
        if idempotency_header:
            for parameter in parameters:
                if (
                    parameter.location == "header"
                    and parameter.wire.lower() == idempotency_header.lower()
                ):
                    idempotency = parameter.name
        return ir.Operation(
            name=name,
            operation_id=op.operationId or "",
            method=raw.method,
            path=raw.path,
            parameters=tuple(parameters + body_params),
            body=body,
            responses=tuple(responses),
            returns=returns,
            returns_kind=returns_kind,
            summary=op.summary or "",
            description=op.description or "",
            deprecated=bool(op.deprecated),
            security=security.requirement(self.ctx, op, raw.pointer),
            accept=self._accept(raw, returns_kind),
            server=server,
            idempotency_param=idempotency,
            tags=tuple(str(t) for t in op.tags or ()),
            pointer=raw.pointer,
        )

    # ------------------------------------------------------------------------------------------ parameters

    def _parameters(self, raw: RawOperation, hint: str) -> list[ir.Parameter]:
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        for owner, owner_ptr in (
            (raw.path_item, jp.join("#/paths", raw.path)),
            (raw.operation, raw.pointer),
        ):
            for i, node in enumerate(owner.parameters or []):
                parameter, ref = self.deref(node, "Parameter")
                where = ref or jp.join(owner_ptr, "parameters", i)
                if parameter is None:
                    continue
                location = (
                    parameter.param_in.value
                    if hasattr(parameter.param_in, "value")
                    else str(parameter.param_in)
                )
                if location == "header" and parameter.name.lower() in _IGNORED_HEADERS:
                    continue
                if location == "header" and parameter.name.lower() in _FRAMING_HEADERS:
                    self.ctx.warn(
                        jp.join(where, "name"),
                        f"{parameter.name} is set by the HTTP client from the body it sends; "
                        "the parameter is skipped",
                    )
                    continue
                if location == "header" and not media.is_header_name(parameter.name):
                    self.ctx.warn(
                        jp.join(where, "name"),
                        f"{parameter.name!r} is not a valid HTTP header name; the parameter is skipped",
                    )
                    continue
                merged[(parameter.name, location)] = (parameter, where)
        # Path parameters in URL order first, then the rest in spec order.
        order = list(dict.fromkeys(re.findall(r"{([^}]+)}", raw.path)))
        entries = list(merged.items())
        entries.sort(
            key=lambda e: (
                (0, order.index(e[0][0]))
                if e[0][1] == "path" and e[0][0] in order
                else (1, 0)
            )
        )
        for placeholder in order:
            if (placeholder, "path") not in merged:
                self.ctx.warn(
                    raw.pointer,
                    f"path parameter {placeholder!r} is not declared; read as a string",
                )
                entries.insert(
                    order.index(placeholder),
                    ((placeholder, "path"), (None, raw.pointer)),
                )
        # A parameter whose wire name already is its Python name keeps it (``mixed_case`` stays
        # ``mixed_case`` beside a ``mixedCase`` that becomes ``mixed_case_2``); path parameters come first.
        names = naming.resolve(
            (
                (f"{loc}:{wire}", naming.parameter_name(wire))
                for (wire, loc), _ in entries
            ),
            exact=lambda key, candidate: key.split(":", 1)[0] == "path"
            or key.split(":", 1)[1] == candidate,
        )
        result: list[ir.Parameter] = []
        for (wire, location), (parameter, where) in entries:
            name = names[f"{location}:{wire}"]
            if parameter is None:
                result.append(
                    ir.Parameter(
                        name=name,
                        wire=wire,
                        location="path",
                        type=ir.PrimitiveType("str"),
                        required=True,
                        pointer=where,
                    )
                )
                continue
            schema = parameter.param_schema
            content_type = ""
            if schema is None and parameter.content:
                picked = pick_content(parameter.content)
                schema = picked[1].media_type_schema if picked else None
                content_type = picked[0] if picked else ""
            param_type = (
                self.schemas.lower(
                    schema, jp.join(where, "schema"), hint + naming.pascal(wire)
                )
                if schema is not None
                else ir.PrimitiveType("str")
            )
            if location == "path" and isinstance(param_type, ir.NullableType):
                param_type = param_type.inner
            default = (
                self.schemas.default_for(schema, param_type, jp.join(where, "schema"))
                if schema is not None
                else None
            )
            style = (
                parameter.style.value
                if parameter.style is not None and hasattr(parameter.style, "value")
                else (str(parameter.style) if parameter.style else "")
            ) or DEFAULT_STYLES[location]
            # The spec's default: exploded for ``form`` only.
            explode = (
                parameter.explode if parameter.explode is not None else style == "form"
            )
            description = parameter.description or ""
            if not description and schema is not None:
                try:
                    description = self.ctx.deref(schema, where)[0].description or ""
                except SpecError:
                    description = (
                        ""  # the schema's own problem is reported where it is lowered
                    )
            examples: tuple[ir.JsonValue, ...] = ()
            if is_set(parameter, "example"):
                examples = (parameter.example,)
            elif isinstance(schema, (v3_0.Schema, v3_1.Schema)):
                examples = examples_of(schema)
            result.append(
                ir.Parameter(
                    name=name,
                    wire=wire,
                    location=location,  # type: ignore[arg-type]
                    type=param_type,
                    required=bool(parameter.required) or location == "path",
                    description=description,
                    default=default,
                    deprecated=bool(parameter.deprecated),
                    style=style,
                    explode=bool(explode),
                    allow_reserved=bool(parameter.allowReserved),
                    content_type=content_type,
                    examples=examples,
                    pointer=where,
                )
            )
        return result

    # ------------------------------------------------------------------------------------------ responses

    def _accept(self, raw: RawOperation, returns_kind: ir.ResponseKind) -> str:
        """The ``Accept`` header: every media type of the responses the method returns (2xx, else
        ``default``)."""
        responses = raw.operation.responses or {}
        statuses = [
            s for s in sorted(responses, key=_status_order) if s.startswith("2")
        ]
        if not statuses and "default" in responses:
            statuses = ["default"]
        types: list[str] = []
        for status in statuses:
            response, _ = self.deref(responses[status], "Response")
            types.extend((getattr(response, "content", None) or {}).keys())
        return media.accept(types, returns_kind)

    def _responses(self, raw: RawOperation, hint: str) -> list[ir.Response]:
        result: list[ir.Response] = []
        responses = raw.operation.responses or {}
        statuses = sorted(responses, key=_status_order)
        success = [s for s in statuses if s.startswith("2")]
        for status in statuses:
            response, ref = self.deref(responses[status], "Response")
            where = ref or jp.join(raw.pointer, "responses", status)
            if response is None:
                continue
            headers = tuple(sorted((response.headers or {}).keys()))
            picked = pick_content(response.content)
            if status.startswith("3"):
                result.append(
                    ir.Response(
                        status,
                        "redirect",
                        description=response.description or "",
                        headers=headers,
                    )
                )
                continue
            if picked is None:
                result.append(
                    ir.Response(
                        status,
                        "empty",
                        description=response.description or "",
                        headers=headers,
                    )
                )
                continue
            content_type, media = picked
            schema_node = media.media_type_schema
            kind = body_kind(content_type, schema_node)
            if kind in ("multipart", "form"):
                kind = "binary"
            response_type: ir.TypeRef | None = None
            documented_only = (
                status not in success
                and not (status == "default" and not success)
                and ref_of(media.media_type_schema) is None
            )
            if kind == "json" and documented_only:
                # Inline error bodies are parsed by the runtime's generic error handling, not declared.
                response_type = ir.AnyType()
            elif kind == "json":
                suffix = (
                    "Response"
                    if len(success) <= 1 or status not in success
                    else f"Response{status}"
                )
                if schema_node is None:
                    response_type = ir.AnyType()
                else:
                    response_type = self.schemas.lower(
                        schema_node,
                        jp.join(where, "content", content_type, "schema"),
                        hint + suffix,
                    )
            elif kind == "text":
                response_type = ir.PrimitiveType("str")
            result.append(ir.Response(status, kind, content_type, response_type, response.description or "", headers))  # type: ignore[arg-type]
        return result


def _status_order(status: str) -> tuple[int, str]:
    normalized = status.upper()
    if normalized == "DEFAULT":
        return (999, normalized)
    digits = normalized.replace("X", "9")
    return (int(digits) if digits.isdigit() else 998, normalized)


def _returns(
    responses: list[ir.Response], ctx: Context, pointer: str
) -> tuple[ir.TypeRef | None, ir.ResponseKind]:
    """What the method returns: the success response's type (a union when 2xx responses differ), None for
    no content, a binary response for files and redirects to them."""
    success = [
        r for r in responses if r.status.startswith("2") or r.status.upper() == "2XX"
    ]
    if not success:
        redirects = [r for r in responses if r.status.startswith("3")]
        if redirects:
            return None, "redirect"
        default = [
            r for r in responses if r.status.upper() == "DEFAULT" and r.kind != "empty"
        ]
        success = default
    if not success:
        return None, "empty"
    kinds = {r.kind for r in success}
    if "binary" in kinds:
        return None, "binary"
    if kinds == {"empty"}:
        return None, "empty"
    if "text" in kinds and "json" not in kinds:
        return ir.PrimitiveType("str"), "text"
    types: list[ir.TypeRef] = []
    for response in success:
        if (
            response.kind == "json"
            and response.type is not None
            and response.type not in types
        ):
            types.append(response.type)
    if not types:
        return ir.AnyType(), "json"
    result: ir.TypeRef = (
        types[0]
        if len(types) == 1
        else ir.UnionType(tuple(ir.UnionVariant(t) for t in types))
    )
    # A 204 carries no body whatever the spec documents for it (RFC 9110): such a call may return None.
    no_content = any(r.status == "204" for r in success)
    if ("empty" in kinds or no_content) and not isinstance(result, ir.NullableType):
        result = ir.NullableType(result)
    return result, "json"
