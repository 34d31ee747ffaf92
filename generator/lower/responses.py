"""An operation's responses: each status's kind (JSON, text, binary, empty, redirect) and type, what the
method returns, and the ``Accept`` header it sends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import ir
from .. import pointer as jp
from . import media
from .context import Context, ref_of
from .media import body_kind, pick_content
from .paths import RawOperation

if TYPE_CHECKING:
    from .operations import OperationLowerer

__all__ = ["accept", "lower_responses", "returned"]


def accept(
    lowerer: OperationLowerer, raw: RawOperation, returns_kind: ir.ResponseKind
) -> str:
    """The ``Accept`` header: every media type of the responses the method returns (2xx, else
    ``default``)."""
    responses = raw.operation.responses or {}
    statuses = [s for s in sorted(responses, key=_status_order) if s.startswith("2")]
    if not statuses and "default" in responses:
        statuses = ["default"]
    types: list[str] = []
    for status in statuses:
        response, _ = lowerer.deref(responses[status], "Response")
        types.extend((getattr(response, "content", None) or {}).keys())
    return media.accept(types, returns_kind)


def lower_responses(
    lowerer: OperationLowerer, raw: RawOperation, hint: str
) -> list[ir.Response]:
    """The responses of ``raw``, by status; ``hint`` prefixes the names of the inline schemas they declare."""
    result: list[ir.Response] = []
    responses = raw.operation.responses or {}
    statuses = sorted(responses, key=_status_order)
    success = [s for s in statuses if s.startswith("2")]
    for status in statuses:
        response, ref = lowerer.deref(responses[status], "Response")
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
                response_type = lowerer.schemas.lower(
                    schema_node,
                    jp.join(where, "content", content_type, "schema"),
                    hint + suffix,
                )
        elif kind == "text":
            response_type = ir.PrimitiveType("string")
        result.append(ir.Response(status, kind, content_type, response_type, response.description or "", headers))  # type: ignore[arg-type]
    return result


def _status_order(status: str) -> tuple[int, str]:
    normalized = status.upper()
    if normalized == "DEFAULT":
        return (999, normalized)
    digits = normalized.replace("X", "9")
    return (int(digits) if digits.isdigit() else 998, normalized)


def returned(
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
        return ir.PrimitiveType("string"), "text"
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
