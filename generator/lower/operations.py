"""Operations to methods: parameters, request bodies, responses, and the resource each method lives on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import ValidationError

from .. import ir, naming
from .. import pointer as jp
from .context import Context, SchemaNode, is_set, kind_of, ref_of
from .schemas import SchemaLowerer, examples_of

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
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


# ------------------------------------------------------------------------------------------ media types

_JSON = re.compile(
    r"^application/([\w.+-]*\+)?json($|;)|^\*/\*$|^application/\*$", re.IGNORECASE
)


def body_kind(content_type: str, schema: Any) -> ir.BodyKind:
    """How a body of ``content_type`` travels."""
    lowered = content_type.lower()
    if _JSON.match(lowered) and lowered not in ("*/*", "application/*"):
        return "json"
    if lowered.startswith("multipart/"):
        return "multipart"
    if lowered.startswith("application/x-www-form-urlencoded"):
        return "form"
    if lowered.startswith("text/") and not _is_binary_schema(schema):
        return "text"
    if lowered in ("*/*", "application/*") and not _is_binary_schema(schema):
        return "json"
    return "binary"


def _is_binary_schema(schema: Any) -> bool:
    return isinstance(schema, (v3_0.Schema, v3_1.Schema)) and schema.schema_format in (
        "binary",
        "byte",
    )


_BODY_PREFERENCE = ("json", "multipart", "form", "binary", "text")


def pick_content(content: dict[str, Any] | None) -> tuple[str, Any] | None:
    """The media type a client should use among those an operation accepts or answers."""
    if not content:
        return None
    ranked = sorted(
        content.items(),
        key=lambda item: (
            _BODY_PREFERENCE.index(
                body_kind(item[0], getattr(item[1], "media_type_schema", None))
            ),
            item[0],
        ),
    )
    return ranked[0]


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
        body, body_params = self._body(raw, hint, names_taken)
        responses = self._responses(raw, hint)
        returns, returns_kind = _returns(responses, self.ctx, raw.pointer)
        security = op.security if op.security is not None else self.ctx.doc.security
        scheme_names = tuple(
            sorted({name for requirement in security or [] for name in requirement})
        )
        # ``security: []`` opts out; an empty requirement ``{}`` among others makes auth optional (sent).
        authenticated = not (security is not None and len(security) == 0)
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
            security=scheme_names,
            authenticated=authenticated,
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
        names = naming.resolve(
            (
                (f"{loc}:{wire}", naming.parameter_name(wire))
                for (wire, loc), _ in entries
            ),
            exact=lambda key, candidate: key.split(":", 1)[0] == "path",
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
            if schema is None and parameter.content:
                picked = pick_content(parameter.content)
                schema = picked[1].media_type_schema if picked else None
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
            )
            explode = (
                parameter.explode
                if parameter.explode is not None
                else style in ("", "form")
            )
            if location in ("path", "header") and parameter.explode is None:
                explode = False
            description = parameter.description or ""
            if not description and schema is not None:
                try:
                    description = self.ctx.deref(schema, where)[0].description or ""
                except Exception:
                    description = ""
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
                    examples=examples,
                    pointer=where,
                )
            )
        return result

    # ------------------------------------------------------------------------------------------ request body

    def _body(
        self, raw: RawOperation, hint: str, taken: set[str]
    ) -> tuple[ir.RequestBody | None, list[ir.Parameter]]:
        node = raw.operation.requestBody
        if node is None:
            return None, []
        body, ref = self.deref(node, "RequestBody")
        where = ref or jp.join(raw.pointer, "requestBody")
        if body is None:
            return None, []
        picked = pick_content(body.content)
        if picked is None:
            self.ctx.warn(where, "request body has no content; sent as raw bytes")
            return (
                ir.RequestBody(
                    "binary",
                    "application/octet-stream",
                    ir.PrimitiveType("bytes"),
                    bool(body.required),
                    False,
                    body.description or "",
                ),
                [],
            )
        content_type, media = picked
        schema_node: SchemaNode | None = media.media_type_schema
        where = jp.join(where, "content", content_type, "schema")
        kind = body_kind(content_type, schema_node)
        required = bool(body.required)
        if kind in ("binary",):
            return (
                ir.RequestBody(
                    "binary",
                    content_type,
                    ir.PrimitiveType("bytes"),
                    required,
                    False,
                    body.description or "",
                ),
                [],
            )
        if kind == "text":
            return (
                ir.RequestBody(
                    "text",
                    content_type,
                    ir.PrimitiveType("str"),
                    required,
                    False,
                    body.description or "",
                ),
                [],
            )
        body_hint = hint + "Body"
        body_type = (
            self.schemas.lower(schema_node, where, body_hint)
            if schema_node is not None
            else ir.AnyType()
        )
        resolved = None
        if schema_node is not None:
            try:
                resolved, resolved_at = self.ctx.deref(schema_node, where)
                if resolved.allOf:
                    resolved = self.schemas.merge_all_of(resolved, resolved_at)
            except Exception:
                resolved = None
        properties = (resolved.properties or {}) if resolved is not None else {}
        flattenable = (
            bool(properties)
            and not (resolved is not None and (resolved.oneOf or resolved.anyOf))
            and not isinstance(body_type, ir.NullableType)
        )
        if not flattenable:
            name = naming.resolve([("body", "body")], taken=taken)["body"]
            return (
                ir.RequestBody(
                    kind,
                    content_type,
                    body_type,
                    required,
                    False,
                    body.description or "",
                    param_name=name,
                ),
                [],
            )
        # Flattened: each writable property becomes a keyword argument.
        declaration = (
            self.ctx.declarations.get(body_type.key)
            if isinstance(body_type, ir.DeclRef)
            else None
        )
        fields = (
            {f.wire: f for f in declaration.fields}
            if isinstance(declaration, ir.Model)
            else {}
        )
        writable = [
            wire
            for wire in properties
            if not (fields.get(wire) and fields[wire].read_only)
        ]
        names = naming.resolve(
            (
                (wire, _body_name(naming.parameter_name(wire), taken))
                for wire in writable
            ),
            taken=taken,
        )
        params: list[ir.Parameter] = []
        for wire in writable:
            field = fields.get(wire)
            prop_where = jp.join(where, "properties", wire)
            examples: tuple[ir.JsonValue, ...]
            default: ir.Default | None
            if field is None:
                field_type = self.schemas.lower(
                    properties[wire], prop_where, body_hint + naming.pascal(wire)
                )
                is_required = (
                    wire in set(resolved.required or [])
                    if resolved is not None
                    else False
                )
                description, default, examples = "", None, ()
            else:
                field_type, is_required = field.type, field.required
                description, default, examples = (
                    field.description,
                    field.default,
                    field.examples,
                )
            if kind == "multipart" and _is_binary(properties[wire], self.ctx):
                field_type = ir.PrimitiveType("bytes", "binary")
            params.append(
                ir.Parameter(
                    name=names[wire],
                    wire=wire,
                    location="body",
                    type=field_type,
                    required=required and is_required,
                    description=description,
                    default=default,
                    deprecated=bool(field.deprecated) if field else False,
                    examples=examples,
                    pointer=field.pointer if field else prop_where,
                )
            )
        return (
            ir.RequestBody(
                kind, content_type, body_type, required, True, body.description or ""
            ),
            params,
        )

    # ------------------------------------------------------------------------------------------ responses

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


def _body_name(candidate: str, taken: set[str]) -> str:
    """A body property that collides with a parameter keeps its meaning in its name: ``body_<name>``."""
    return f"body_{candidate}" if candidate in taken else candidate


def _status_order(status: str) -> tuple[int, str]:
    normalized = status.upper()
    if normalized == "DEFAULT":
        return (999, normalized)
    digits = normalized.replace("X", "9")
    return (int(digits) if digits.isdigit() else 998, normalized)


def _is_binary(node: Any, ctx: Context) -> bool:
    try:
        schema, _ = ctx.deref(node, "")
    except Exception:
        return False
    if schema.schema_format in ("binary", "byte") or getattr(
        schema, "contentMediaType", None
    ):
        return True
    items = schema.items
    if items is not None:
        return _is_binary(items, ctx)
    return False


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
    if "empty" in kinds and not isinstance(result, ir.NullableType):
        result = ir.NullableType(result)
    return result, "json"
