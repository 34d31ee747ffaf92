"""Media types: how a body of a given type travels, which of several a client should use, the concrete type
to send for a wildcard, and the ``Accept`` header of an operation."""

from __future__ import annotations

import re
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir
from ..loader.operation_repairs import TOKEN

_JSON = re.compile(r"^application/([\w.+-]*\+)?json($|;)", re.IGNORECASE)
_WILDCARDS = ("*/*", "application/*")


def is_header_name(name: str) -> bool:
    """Whether ``name`` can be sent as a header name (an RFC 9110 token)."""
    return bool(TOKEN.fullmatch(name))


def is_json(content_type: str) -> bool:
    """``application/json`` and its relatives (``application/ld+json``, ``application/vnd.x+json``)."""
    return bool(_JSON.match(content_type.strip()))


def body_kind(content_type: str, schema: Any) -> ir.BodyKind:
    """How a body of ``content_type`` travels; a wildcard type by its schema (bytes for a binary one, else
    JSON)."""
    lowered = content_type.lower().strip()
    if is_json(lowered):
        return "json"
    if lowered.startswith("multipart/"):
        return "multipart"
    if lowered.startswith("application/x-www-form-urlencoded"):
        return "form"
    if lowered.startswith("text/") and not is_binary_schema(schema):
        return "text"
    if lowered in _WILDCARDS and not is_binary_schema(schema):
        return "json"
    return "binary"


def is_binary_schema(schema: Any) -> bool:
    """A schema of raw bytes (``format: binary`` or ``byte``)."""
    return isinstance(schema, (v3_0.Schema, v3_1.Schema)) and schema.schema_format in (
        "binary",
        "byte",
    )


def concrete(content_type: str, kind: ir.BodyKind) -> str:
    """The ``Content-Type`` to send for a body the spec declares as ``content_type``: a wildcard
    (``*/*``, ``application/*``, ``text/*``) becomes the concrete type of its kind."""
    if "*" not in content_type:
        return content_type
    return {
        "json": "application/json",
        "text": "text/plain",
        "form": "application/x-www-form-urlencoded",
        "multipart": "multipart/form-data",
    }.get(kind, "application/octet-stream")


_PREFERENCE = ("json", "multipart", "form", "binary", "text")


def pick_content(content: dict[str, Any] | None) -> tuple[str, Any] | None:
    """The media type a client should use among those an operation accepts or answers: JSON first, then
    multipart, form, bytes and text; among JSON types the plainest (a concrete type before a wildcard).
    """
    if not content:
        return None
    ranked = sorted(
        content.items(),
        key=lambda item: (
            _PREFERENCE.index(
                body_kind(item[0], getattr(item[1], "media_type_schema", None))
            ),
            "*" in item[0],
            item[0],
        ),
    )
    return ranked[0]


def accept(types: list[str], returns_kind: ir.ResponseKind) -> str:
    """The ``Accept`` header: the media types the success responses are documented with (the one the
    client parses first), else JSON for a call that parses JSON or nothing, else anything.
    """
    unique = list(dict.fromkeys(t.strip() for t in types if t.strip()))
    if unique:
        if returns_kind == "json":
            unique.sort(key=lambda t: not is_json(t))
        return ", ".join(unique)
    return "application/json" if returns_kind in ("json", "empty") else "*/*"
