"""The spec as the wire pass reads it: openapi-core set up as the oracle, paths into the spec that survive its
odd keys, media types, and the plain values that plans hold (bytes spelled as JSON).

Shared by ``wire_plan`` (which makes plans) and ``wire_call`` (which carries them out).
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from jsonschema_path import SchemaPath
from openapi_core import OpenAPI

UNRESERVED = re.compile(r"^[A-Za-z0-9._~-]+$")
UNRESERVED_PATTERN = "^[A-Za-z0-9._~-]+$"
# RFC 9110 5.5 field-value: visible ASCII, with spaces and tabs inside (not at the edges), no CR or LF. The value
# space of a header parameter's string (obs-text aside, which no client should be asked to send).
FIELD_VALUE_PATTERN = "^[!-~]([ \t!-~]*[!-~])?$"
# The media types whose bodies openapi-core reads into data its schema validator can judge (JSON, forms,
# multipart, plain text); any other one (XML, images, pdf, octet-stream, vendor types) it reads as bytes (or an
# XML element), which no JSON Schema of an object or array describes (``wire_judge``: "opaque" bodies).
_READABLE = (
    "application/x-www-form-urlencoded",
    "multipart/",
    "text/plain",
    "text/html",
)


def oracle(document: dict[str, Any]) -> OpenAPI:
    """openapi-core for ``document``, without its spec check (``wire.plan_spec`` runs that once and records
    it). openapi-core 0.23.1 decodes only ``application/json`` and ``application/vnd.api+json`` as JSON and
    rejects a valid ``application/problem+json`` or ``application/vnd.github+json`` body as "not an object":
    every JSON media type the spec names is decoded as JSON (RFC 6839's ``+json`` suffix), which is what the
    validator then judges."""
    from openapi_core.configurations import Config

    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            content = node.get("content")
            if isinstance(content, dict):
                found.update(
                    m
                    for m in content
                    if isinstance(m, str) and is_json(m) and "*" not in m
                )
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    loads = lambda value, **parameters: json.loads(value)  # noqa: E731
    extra: dict[str, Any] = {m.split(";")[0].strip(): loads for m in found}
    # A range key (``*/*``) is what openapi-core then looks a deserializer up by, and finds none: the body stays
    # bytes, "not an object". JSON when it is JSON, else the bytes as they are.
    extra.update({key: _json_or_bytes for key in ("*/*", "application/*", "text/*")})
    return OpenAPI.from_dict(
        document,
        config=Config(spec_validator_cls=None, extra_media_type_deserializers=extra),
    )


def _json_or_bytes(value: bytes, **parameters: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def is_json(media: str) -> bool:
    """A JSON media type (``application/json``, ``application/problem+json``, ``text/json``...)."""
    base = media.split(";")[0].strip().lower()
    return base.endswith("/json") or base.endswith("+json") or base == "*/*"


def media_rank(media: str) -> int:
    """Which media type of a body or response the pass uses: JSON first, then forms, multipart, the rest."""
    base = media.split(";")[0].strip().lower()
    if is_json(base) and base != "*/*":
        return 0
    if base == "application/x-www-form-urlencoded":
        return 1
    if base == "multipart/form-data":
        return 2
    return 3 if base != "*/*" else 4


def to_plan_value(value: Any) -> Any:
    """Bytes as ``{"__bytes__": base64}``, so that a plan is JSON."""
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode()}
    return value


def from_plan_value(value: Any) -> Any:
    """The inverse of ``to_plan_value``."""
    if isinstance(value, dict) and set(value) == {"__bytes__"}:
        return base64.b64decode(value["__bytes__"])
    return value


def container(schema: Any) -> bool:
    """Whether a schema is that of an array or an object."""
    return isinstance(schema, dict) and (
        schema.get("type") in ("array", "object")
        or "items" in schema
        or "properties" in schema
    )


def plain_strings(
    schema: Any, top: bool = False, pattern: str = UNRESERVED_PATTERN
) -> Any:
    """``schema`` with every free-form string (no pattern, format, enum or const) limited to ``pattern``
    (URL-unreserved characters by default): a narrowing, for values that travel in a path, a header or inside a
    parameter's array. ``pattern`` applies to the value itself (and its ``allOf``/``anyOf``/``oneOf`` branches),
    the items and values inside it keep URL-unreserved: delimiters (``,``, ``=``...) cannot round-trip through
    every style.
    """
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    kind = out.get("type")
    is_string = kind == "string" or (isinstance(kind, list) and "string" in kind)
    if is_string and not any(k in out for k in ("pattern", "format", "enum", "const")):
        out["pattern"] = pattern
    for key in ("items", "additionalProperties", "not"):
        if isinstance(out.get(key), dict):
            out[key] = plain_strings(out[key], pattern=UNRESERVED_PATTERN)
    for key in ("allOf", "anyOf", "oneOf"):
        if isinstance(out.get(key), list):
            out[key] = [plain_strings(v, pattern=pattern) for v in out[key]]
    if isinstance(out.get("items"), list):
        out["items"] = [plain_strings(v) for v in out["items"]]
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: plain_strings(v) for k, v in out["properties"].items()}
    return out


def spellable_fields(schema: Any, depth: int = 0) -> Any:
    """``schema`` (a converted, draft 7 one) with the properties of its objects narrowed to values a form or
    multipart body can spell: no null, no empty array (RFC 6570, on which OpenAPI's styles rest, omits such
    values, so a required one would go missing). A narrowing of the plan's draws, at any depth of objects.
    """
    if not isinstance(schema, dict) or depth > 16:
        return schema
    out = dict(schema)
    for key in ("allOf", "anyOf", "oneOf"):
        if isinstance(out.get(key), list):
            out[key] = [spellable_fields(v, depth + 1) for v in out[key]]
    if isinstance(out.get("properties"), dict):
        out["properties"] = {
            k: _spellable(spellable_fields(v, depth + 1))
            for k, v in out["properties"].items()
        }
    return out


def _spellable(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    return {
        "allOf": [
            schema,
            {"not": {"type": "null"}},
            {"not": {"type": "array", "maxItems": 0}},
        ]
    }


def unspellable(value: Any) -> bool:
    """Whether a form field's value has no form spelling: null, an empty array, or an object with nothing
    spellable (RFC 6570, which OpenAPI's styles follow, leaves such a value undefined, and omits it).
    """
    if isinstance(value, dict):
        return all(unspellable(v) for v in value.values())
    return value is None or value == []


def opaque(media: str) -> bool:
    """Whether openapi-core reads a body of this media type as bytes (or an XML element) rather than as data a
    JSON Schema describes: XML, images, pdf, octet-stream, vendor types (not JSON, forms, multipart, plain
    text or HTML)."""
    base = media.split(";")[0].strip().lower()
    return bool(base) and not is_json(base) and not base.startswith(_READABLE)


def xml_media(media: str) -> bool:
    """An XML media type (``application/xml``, ``text/xml``, ``application/atom+xml``...)."""
    base = media.split(";")[0].strip().lower()
    return base.endswith("/xml") or base.endswith("+xml")


def at(node: SchemaPath, *keys: str) -> SchemaPath:
    """``node / key / ...``, for keys that hold jsonschema-path's separator (``#``) too: AWS's converted specs
    spell paths such as ``/v1/things/{id}#version``."""
    for key in keys:
        if "#" in key:
            node = next(child for name, child in node.str_items() if name == key)
        else:
            node = node / key
    return node


def read_only_whole(error: Any) -> bool:
    """A "Tried to write read-only" error at the value itself, not at one of its properties."""
    if "read-only" in str(getattr(error, "message", "")) and not list(
        getattr(error, "path", [1])
    ):
        return True
    return any(read_only_whole(e) for e in getattr(error, "context", None) or [])
