"""TypeScript spellings of the IR's structured types.

One function prints a type in one of two contexts: ``response`` (what the API sends: open enums, unions with
their unknown-variant fallback) and ``request`` (what a caller sends: closed enums, so a wrong literal is a type
error; the request-side interfaces of models; no fallback, since an unknown variant cannot be sent).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ... import ir
from .naming import string

Context = Literal["response", "request"]


@dataclass(frozen=True)
class Names:
    """The TypeScript names of the declarations, by IR key: response-side types, request-side ones (a
    model's ``Param`` interface, an alias's ``Param`` alias) and the closed values of each enum.
    """

    types: Mapping[str, str]
    params: Mapping[str, str]
    enums: Mapping[str, ir.Enum]
    qualifier: str = ""


def literal(value: object) -> str:
    """A JSON value as a TypeScript literal type."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return string(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "number"
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, int):
        return str(value)
    return json.dumps(value)


def _wrap(text: str) -> str:
    """Parenthesise a union or function type where it becomes an array item."""
    return f"({text})" if ("|" in text or "&" in text) else text


def _union(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    if "unknown" in seen:
        return "unknown"
    return " | ".join(seen) if seen else "never"


def spell(t: ir.TypeRef | None, names: Names, context: Context = "response") -> str:
    """The TypeScript type of ``t``."""
    q = names.qualifier
    if t is None:
        return "void"
    if isinstance(t, ir.PrimitiveType):
        if t.kind in ("integer", "number"):
            return "number"
        if t.kind == "boolean":
            return "boolean"
        if t.kind == "null":
            return "null"
        if t.kind == "binary" and context == "request":
            return f"{q}Uploadable"
        return "string"
    if isinstance(t, ir.AnyType):
        return "unknown"
    if isinstance(t, ir.ListType):
        return f"Array<{spell(t.item, names, context)}>"
    if isinstance(t, ir.TupleType):
        return "[" + ", ".join(spell(i, names, context) for i in t.items) + "]"
    if isinstance(t, ir.MapType):
        return f"{{ [key: string]: {spell(t.value, names, context)} }}"
    if isinstance(t, ir.LiteralType):
        return _union([literal(v) for v in t.values])
    if isinstance(t, ir.NullableType):
        return _union([spell(t.inner, names, context), "null"])
    if isinstance(t, ir.UnknownTagType):
        return f"{q}UnknownTag"
    if isinstance(t, ir.UnionType):
        parts = [spell(v.type, names, context) for v in t.variants]
        if t.fallback is not None and context == "response":
            parts.append(spell(t.fallback, names, context))
        return _union(parts)
    if isinstance(t, ir.DeclRef):
        if context == "request":
            if t.key in names.enums:
                enum = names.enums[t.key]
                return _union([literal(m.value) for m in enum.members])
            if t.key in names.params:
                return q + names.params[t.key]
        return q + names.types.get(t.key, "unknown")
    raise TypeError(f"unknown type {t!r}")  # pragma: no cover


def open_enum(enum: ir.Enum) -> str:
    """An enum that also admits the values a newer API adds: ``"mp4" | "webm" | (string & {})``."""
    values = [literal(m.value) for m in enum.members]
    values.append("(number & {})" if enum.kind == "integer" else "(string & {})")
    return " | ".join(values)
