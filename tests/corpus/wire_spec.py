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


def plain_strings(schema: Any, top: bool = False) -> Any:
    """``schema`` with every free-form string (no pattern, format, enum or const) limited to URL-unreserved
    characters: a narrowing, for values that travel in a path, a header or inside a parameter's array.
    """
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    kind = out.get("type")
    is_string = kind == "string" or (isinstance(kind, list) and "string" in kind)
    if is_string and not any(k in out for k in ("pattern", "format", "enum", "const")):
        out["pattern"] = "^[A-Za-z0-9._~-]+$"
    for key in ("items", "additionalProperties", "not"):
        if isinstance(out.get(key), dict):
            out[key] = plain_strings(out[key])
    for key in ("allOf", "anyOf", "oneOf", "items"):
        if isinstance(out.get(key), list):
            out[key] = [plain_strings(v) for v in out[key]]
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: plain_strings(v) for k, v in out["properties"].items()}
    return out


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
