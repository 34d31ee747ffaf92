"""JSON pointers (RFC 6901): building them, and reading a document at one."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote


def escape(segment: str) -> str:
    """Escape one reference token."""
    return segment.replace("~", "~0").replace("/", "~1")


def unescape(segment: str) -> str:
    """Undo ``escape``."""
    return segment.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *segments: str | int) -> str:
    """``pointer`` extended by ``segments`` (``join("#/paths", "/a")`` is ``"#/paths/~1a"``)."""
    # Called for nearly every node of a big spec: skip the escaping of the (usual) plain segment.
    for segment in segments:
        text = segment if isinstance(segment, str) else str(segment)
        if "~" in text or "/" in text:
            text = escape(text)
        pointer = f"{pointer}/{text}"
    return pointer


_COMPONENT_SCHEMAS = "#/components/schemas/"


def component_schema(pointer: str) -> str | None:
    """The name of the component schema ``pointer`` lies in (``#/components/schemas/Job/properties/id`` ->
    ``Job``), unescaped; ``None`` outside ``components/schemas``."""
    if not pointer.startswith(_COMPONENT_SCHEMAS):
        return None
    return unescape(pointer[len(_COMPONENT_SCHEMAS) :].split("/", 1)[0])


def split(pointer: str) -> list[str]:
    """The unescaped tokens of a ``#/a/b`` or ``/a/b`` pointer."""
    body = pointer[1:] if pointer.startswith("#") else pointer
    if body in ("", "/"):
        return []
    if not body.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(token) for token in body[1:].split("/")]


# JSON Schema keywords whose value is a schema, a list of schemas, or a map of schemas.
SUBSCHEMA_KEYS = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "contains",
        "if",
        "then",
        "else",
        "propertyNames",
        "contentSchema",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
    }
)
SUBSCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
SUBSCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)

_MISSING = object()


def resolve_raw(document: Any, pointer: str) -> Any:
    """The value at ``pointer`` in a JSON-like document; ``KeyError`` when there is none. A pointer in URI
    fragment form (percent-encoded, RFC 6901 section 6) is decoded when it does not resolve as written.
    """
    try:
        return _resolve_raw(document, pointer)
    except KeyError:
        if "%" not in pointer:
            raise
        return _resolve_raw(document, unquote(pointer))


def _resolve_raw(document: Any, pointer: str) -> Any:
    node = document
    for token in split(pointer):
        if isinstance(node, dict):
            if token not in node:
                raise KeyError(pointer)
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise KeyError(pointer)
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node
