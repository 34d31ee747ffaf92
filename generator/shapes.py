"""Types as plain data, and which type accepts which: what ``diff`` judges a type change by.

A shape is JSON (it is stored in the ``.api.json`` snapshot beside the package, so the next generation can
compare without the old spec). It is built from the IR's structured types, not from any target's spelling, so
that ``dict[str, int]`` to ``dict[str, int | str]`` reads as the widening it is, whatever the annotation looks
like. Unions are flat, sorted and without duplicates; a nullable type is a union with ``none``; a literal of
several values is a union of one-value literals, so that gaining a value is gaining a member.
"""

from __future__ import annotations

import json
from typing import Any

from . import ir

__all__ = ["shape", "accepts"]

Shape = dict[str, Any]

_ANY: Shape = {"any": True}
# The snapshot records the Python client's API: its primitives keep the Python names they have always had
# there, so that a snapshot made before the IR spoke JSON Schema's words compares equal.
_SPELLED = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date-time": "datetime",
    "binary": "bytes",
    "null": "none",
}
_NONE: Shape = {"primitive": "none"}


def shape(t: ir.TypeRef | None) -> Shape:
    """The shape of ``t`` (``None``, no type at all, is ``none``)."""
    if t is None:
        return _NONE
    if isinstance(t, ir.AnyType):
        return _ANY
    if isinstance(t, ir.PrimitiveType):
        return {"primitive": _SPELLED.get(t.kind, t.kind)}
    if isinstance(t, ir.LiteralType):
        return _union(
            [_NONE if v is None else {"literal": v} for v in t.values], flatten=False
        )
    if isinstance(t, ir.ListType):
        return {"list": shape(t.item)}
    if isinstance(t, ir.MapType):
        return {"map": shape(t.value)}
    if isinstance(t, ir.TupleType):
        return {"tuple": [shape(item) for item in t.items]}
    if isinstance(t, ir.DeclRef):
        return {"ref": t.name or t.key, "kind": t.kind}
    if isinstance(t, ir.UnionType):
        members = [shape(v.type) for v in t.variants]
        if t.fallback is not None:
            members.append(shape(t.fallback))
        return _union(members)
    if isinstance(t, ir.NullableType):
        return _union([shape(t.inner), _NONE])
    if isinstance(t, ir.UnknownTagType):
        return {"unknown_tag": True}
    raise TypeError(f"no shape for {type(t).__name__}")


def _union(members: list[Shape], *, flatten: bool = True) -> Shape:
    flat: dict[str, Shape] = {}
    for member in members:
        for part in member["union"] if flatten and "union" in member else [member]:
            flat[json.dumps(part, sort_keys=True)] = part
    if len(flat) == 1:
        return next(iter(flat.values()))
    return {"union": [flat[k] for k in sorted(flat)]}


def _same(a: Shape, b: Shape) -> bool:
    # Through JSON: ``{"literal": 1} == {"literal": True}`` in Python.
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def accepts(wide: Shape, narrow: Shape) -> bool:
    """Whether every value of type ``narrow`` is also a value of type ``wide``."""
    if "any" in wide or _same(wide, narrow):
        return True
    if "union" in narrow:
        return all(accepts(wide, member) for member in narrow["union"])
    if "union" in wide:
        return any(accepts(member, narrow) for member in wide["union"])
    if "primitive" in wide:
        kind = wide["primitive"]
        if "primitive" in narrow:
            # Python's numeric tower: an int is accepted wherever a float is.
            return bool(kind == "float" and narrow["primitive"] == "int")
        if "literal" in narrow:
            value = narrow["literal"]
            return {
                "str": isinstance(value, str),
                "bool": isinstance(value, bool),
                "int": isinstance(value, int) and not isinstance(value, bool),
                "float": isinstance(value, (int, float))
                and not isinstance(value, bool),
            }.get(kind, False)
        return False
    for container in ("list", "map"):
        if container in wide and container in narrow:
            return accepts(wide[container], narrow[container])
    if "tuple" in wide and "tuple" in narrow:
        return len(wide["tuple"]) == len(narrow["tuple"]) and all(
            accepts(w, n) for w, n in zip(wide["tuple"], narrow["tuple"])
        )
    return False
