"""Where a raw OpenAPI document holds references, and where it holds data.

A ``$ref`` is a reference only where the spec allows a Reference Object (or, in a schema, a ``$ref``
keyword). The values of ``example``, ``examples`` (of a schema), ``default``, ``enum`` and ``const``, an
Example Object's ``value``, a Link's ``parameters`` and ``requestBody``, and every ``x-*`` extension are data:
a ``{"$ref": ...}`` inside them is an example payload or a vendor's note, to be kept as it is, never followed.
The ``examples`` *map* of a parameter, header or media type (and ``components/examples``) holds Example
Objects, which may themselves be real references.

Telling the two apart needs the structure: a ``default`` field of a schema is data, but the ``default`` entry
of a responses map is a response, and an ``x-`` entry of ``properties`` is a property. ``children`` gives the
kind of each child of a node; every walk of the raw document that looks for references starts at ``ROOT``
and goes through it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import pointer as jp

# Kinds of node. A map kind ("map:K") is an object whose keys are names, each value of kind K; an extensible
# map ("xmap:K") also allows ``x-`` extensions beside its names.
ROOT = "root"
OBJECT = "object"  # any OpenAPI object with fixed fields that needs no rule of its own
SCHEMA = "schema"
COMPONENTS = "components"
EXAMPLE = "example"
LINK = "link"
DATA = "data"  # not walked: a value whose ``$ref``s are data
SCHEMAS = "map:schema"  # names -> schemas (components/schemas, properties, $defs...)

_SCHEMA_DATA = frozenset({"example", "examples", "default", "enum", "const"})
# Fixed fields of other objects that hold data (a server variable's default and enum are strings anyway).
_OBJECT_DATA = frozenset({"example", "default", "enum", "const"})

# The fixed fields of OpenAPI objects whose values are maps (or lists) of another kind.
_OBJECT_FIELDS = {
    "schema": SCHEMA,
    "content": "map:object",
    "headers": "map:object",
    "encoding": "map:object",
    "links": "map:link",
    "callbacks": "map:callback",
    "responses": "xmap:object",
    "variables": "map:object",
    "parameters": OBJECT,  # a list of parameters (in components, a map: see _COMPONENT_FIELDS)
    "requestBody": OBJECT,
}
_ROOT_FIELDS = {
    "paths": "xmap:object",
    "webhooks": "map:object",
    "components": COMPONENTS,
}
_COMPONENT_FIELDS = {
    "schemas": SCHEMAS,
    "examples": "map:example",
    "links": "map:link",
    "callbacks": "map:callback",
}
_SCHEMA_FIELDS = {
    **{key: SCHEMA for key in jp.SUBSCHEMA_KEYS | jp.SUBSCHEMA_LISTS},
    **{key: SCHEMAS for key in jp.SUBSCHEMA_MAPS},
}


def children(node: dict[str, Any], kind: str) -> Iterator[tuple[str, Any, str]]:
    """Each (key, value, kind) of ``node`` (of ``kind``) that is not data. A list's kind is that of its
    items."""
    if kind.startswith(("map:", "xmap:")):
        extensible = kind.startswith("x")
        entry = kind.partition(":")[2]
        entry_kind = "xmap:object" if entry == "callback" else entry
        for key, value in node.items():
            if not (extensible and key.startswith("x-")):
                yield key, value, entry_kind
        return
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        yield_kind = _child_kind(kind, key, value)
        if yield_kind != DATA:
            yield key, value, yield_kind


def _child_kind(kind: str, key: str, value: Any) -> str:
    if kind == SCHEMA:
        if key in _SCHEMA_DATA:
            return DATA
        # Keywords of no known meaning are walked as objects, as a spec may use them for anything.
        return _SCHEMA_FIELDS.get(key, OBJECT)
    if kind == EXAMPLE:
        return DATA if key == "value" else OBJECT
    if kind == LINK:
        return DATA if key in ("parameters", "requestBody") else OBJECT
    if kind == COMPONENTS:
        return _COMPONENT_FIELDS.get(key, "map:object")
    if key in _OBJECT_DATA:
        return DATA
    if key == "examples":
        # Of a parameter, header or media type: a map of Example Objects; a list here is a misplaced
        # schema-style examples list, which is data.
        return "map:example" if isinstance(value, dict) else DATA
    if kind == ROOT and key in _ROOT_FIELDS:
        return _ROOT_FIELDS[key]
    return _OBJECT_FIELDS.get(key, OBJECT)


def walk(
    document: Any, kind: str = ROOT, skip: frozenset[int] = frozenset()
) -> Iterator[tuple[dict[str, Any], Any, str]]:
    """Every object of ``document`` outside data, with its trail (``None``, or (parent trail, key); spell it
    with ``spell``) and its kind; depth first, iteratively. Objects whose ``id`` is in ``skip`` are not
    entered (the loader walks its units on their own)."""
    stack: list[tuple[Any, Any, str]] = [(document, None, kind)]
    while stack:
        node, trail, node_kind = stack.pop()
        if skip and id(node) in skip:
            continue
        if isinstance(node, dict):
            yield node, trail, node_kind
            for key, value, child_kind in children(node, node_kind):
                if isinstance(value, (dict, list)):
                    stack.append((value, (trail, key), child_kind))
        elif isinstance(node, list):
            stack.extend(
                (item, (trail, i), node_kind)
                for i, item in enumerate(node)
                if isinstance(item, (dict, list))
            )


def spell(trail: Any, root: str = "#") -> str:
    """The JSON pointer of a ``walk`` trail."""
    keys: list[str | int] = []
    while trail is not None:
        trail, key = trail
        keys.append(key)
    return jp.join(root, *reversed(keys))
