"""Operations to methods: an operation's parameters, body and responses become an ``ir.Operation``.

Where operations are found and which resource each belongs to is ``paths``, its method name ``method_names``;
the parts of one operation are ``parameters``, ``bodies`` and ``responses``; this module follows the
references to them and puts the operation together (server, security, idempotency).
"""

from __future__ import annotations

from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import ValidationError

from .. import ir
from . import security
from .bodies import lower_body
from .context import Context, kind_of, ref_of
from .parameters import lower_parameters
from .paths import RawOperation, server_url
from .responses import accept, lower_responses, returned
from .schemas import SchemaLowerer

__all__ = ["OperationLowerer"]


_KIND_LABELS = {
    "Parameter": "parameter",
    "RequestBody": "request body",
    "Response": "response",
}


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
        parameters = lower_parameters(self, raw, hint)
        body, body_params = lower_body(self, raw, hint)
        responses = lower_responses(self, raw, hint)
        returns, returns_kind = returned(responses, self.ctx, raw.pointer)
        if raw.method == "head":
            # A response to HEAD has no content (RFC 9110 9.3.2), whatever its status documents.
            returns, returns_kind = None, "empty"
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
                    idempotency = parameter.wire
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
            accept=accept(self, raw, returns_kind),
            server=server,
            idempotency_header=idempotency,
            tags=tuple(str(t) for t in op.tags or ()),
            pointer=raw.pointer,
        )
