"""Lenient repairs of the mistakes that real-world specs commonly make.

Each repair keeps what the author meant when that is clear (``nullable`` in a 3.1 spec, a boolean
``exclusiveMinimum`` in 3.1 or a numeric one in 3.0, ``required: []``, a Swagger-style string discriminator),
records a warning with the JSON pointer, and lets generation go on. What cannot be understood is dropped from
the schema, with a warning, so that the schema degrades to a looser type rather than failing the run.
"""

from __future__ import annotations

import math
from typing import Any

from .. import pointer as jp
from . import refs
from ..errors import Diagnostics, SpecError
from .operation_repairs import (
    is_operation_or_path_item,
    repair_operation,
    repair_security_schemes,
)

_TYPES = frozenset(
    {"string", "number", "integer", "boolean", "array", "object", "null"}
)
_TYPE_FIXES = {
    "file": ("string", "binary"),
    "int": ("integer", None),
    "long": ("integer", "int64"),
    "float": ("number", "float"),
    "double": ("number", "double"),
    "bool": ("boolean", None),
    "str": ("string", None),
    "date": ("string", "date"),
    "datetime": ("string", "date-time"),
    "date-time": ("string", "date-time"),
    "dict": ("object", None),
    "list": ("array", None),
    "any": (None, None),
}
_SCHEMA_KEYS = jp.SUBSCHEMA_KEYS
_SCHEMA_LISTS = jp.SUBSCHEMA_LISTS
_SCHEMA_MAPS = jp.SUBSCHEMA_MAPS
_NUMERIC = ("minimum", "maximum", "multipleOf")
_COUNTS = (
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
)

MAX_DEPTH = 200


class Normalizer:
    """Walks every schema of a raw document (iteratively: deep documents cannot overflow the stack)."""

    def __init__(
        self, document: dict[str, Any], version: str, diagnostics: Diagnostics
    ) -> None:
        self.document = document
        self.v31 = version.startswith("3.1")
        self.diagnostics = diagnostics

    def run(self, skip: frozenset[int] = frozenset()) -> None:
        """Repair the document in place, but for the objects whose ``id`` is in ``skip`` (the loader's units,
        each repaired on its own by ``repair``)."""
        repair_security_schemes(self.document, self.diagnostics)
        self.repair(self.document, "#", refs.ROOT, 0, skip)

    def repair(
        self,
        start: Any,
        pointer: str,
        kind: str,
        depth: int,
        skip: frozenset[int] = frozenset(),
    ) -> None:
        """Repair the part ``start`` of the document in place: found at ``pointer``, ``depth`` levels down,
        of ``kind`` (as ``refs`` names kinds)."""
        stack: list[tuple[Any, str, str, int]] = [(start, pointer, kind, depth)]
        while stack:
            node, ptr, kind, depth = stack.pop()
            if skip and id(node) in skip:
                continue
            if depth > MAX_DEPTH:
                raise SpecError(ptr, f"nested deeper than {MAX_DEPTH} levels")
            is_schema = kind == refs.SCHEMA
            if isinstance(node, list):
                if not is_schema:
                    stack.extend(
                        (item, jp.join(ptr, i), kind, depth + 1)
                        for i, item in enumerate(node)
                    )
                continue
            if not isinstance(node, dict):
                continue
            if is_schema:
                self._schema(node, ptr)
                for key, value in list(node.items()):
                    child = jp.join(ptr, key)
                    if key in _SCHEMA_KEYS:
                        stack.append(
                            (
                                self._as_schema(node, key, value, child),
                                child,
                                refs.SCHEMA,
                                depth + 1,
                            )
                        )
                    elif key in _SCHEMA_LISTS and isinstance(value, list):
                        for i, item in enumerate(value):
                            value[i] = self._as_schema(
                                value, i, item, jp.join(child, i)
                            )
                            stack.append(
                                (value[i], jp.join(child, i), refs.SCHEMA, depth + 2)
                            )
                    elif key in _SCHEMA_MAPS and isinstance(value, dict):
                        for name, item in list(value.items()):
                            value[name] = self._as_schema(
                                value, name, item, jp.join(child, name)
                            )
                            stack.append(
                                (
                                    value[name],
                                    jp.join(child, name),
                                    refs.SCHEMA,
                                    depth + 2,
                                )
                            )
                continue
            if is_operation_or_path_item(ptr):
                repair_operation(node, ptr, self.v31, self.diagnostics)
            # Data (examples, defaults, extensions) is left as it is: only the spec's own objects are repaired.
            for key, value, child_kind in list(refs.children(node, kind)):
                child = jp.join(ptr, key)
                if child_kind == refs.SCHEMA:
                    stack.append(
                        (
                            self._as_schema(node, key, value, child),
                            child,
                            refs.SCHEMA,
                            depth + 1,
                        )
                    )
                elif child_kind == refs.SCHEMAS and isinstance(value, dict):
                    for name, item in list(value.items()):
                        value[name] = self._as_schema(
                            value, name, item, jp.join(child, name)
                        )
                        stack.append(
                            (value[name], jp.join(child, name), refs.SCHEMA, depth + 2)
                        )
                else:
                    stack.append((value, child, child_kind, depth + 1))

    def _as_schema(self, parent: Any, key: Any, value: Any, ptr: str) -> Any:
        """A schema position must hold an object (or a ``$ref``); booleans are 3.1 shorthands."""
        if isinstance(value, dict) or (
            key == "additionalProperties" and isinstance(value, bool)
        ):
            return value
        replacement: dict[str, Any]
        if value is True or value is None:
            replacement = {}
        elif value is False:
            replacement = {"not": {}}
        else:
            self.diagnostics.warn(
                ptr,
                f"a schema must be an object, found {type(value).__name__}; read as any",
            )
            replacement = {}
        parent[key] = replacement
        return replacement

    def _warn(self, ptr: str, message: str) -> None:
        self.diagnostics.warn(ptr, message)

    def _schema(self, schema: dict[str, Any], ptr: str) -> None:
        # A reference with siblings: in 3.0 the siblings are ignored by definition.
        if "$ref" in schema:
            if not isinstance(schema["$ref"], str):
                self._warn(ptr, "$ref is not a string; dropped")
                del schema["$ref"]
            return
        self._fix_type(schema, ptr)
        self._fix_nullable(schema, ptr)
        self._fix_exclusive(schema, ptr)
        for key in _NUMERIC:
            value = schema.get(key)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float))
            ):
                coerced = _number(value)
                if coerced is None:
                    self._warn(jp.join(ptr, key), f"{key} is not a number; dropped")
                    del schema[key]
                else:
                    self._warn(
                        jp.join(ptr, key), f"{key} is a string; read as {coerced}"
                    )
                    schema[key] = coerced
        if (
            isinstance(schema.get("multipleOf"), (int, float))
            and not schema["multipleOf"] > 0
        ):
            self._warn(
                jp.join(ptr, "multipleOf"), "multipleOf must be positive; dropped"
            )
            del schema["multipleOf"]
        for key in _COUNTS:
            value = schema.get(key)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 0
            ):
                coerced = _number(value)
                if coerced is not None and coerced >= 0 and float(coerced).is_integer():
                    schema[key] = int(coerced)
                else:
                    self._warn(
                        jp.join(ptr, key),
                        f"{key} is not a non-negative integer; dropped",
                    )
                    del schema[key]
        required = schema.get("required")
        if "required" in schema:
            if not isinstance(required, list) or not all(
                isinstance(r, str) for r in required
            ):
                self._warn(
                    jp.join(ptr, "required"),
                    "required is not a list of property names; dropped",
                )
                del schema["required"]
            elif not required:
                if not self.v31:
                    self._warn(
                        jp.join(ptr, "required"), "required is an empty list; dropped"
                    )
                del schema["required"]
        if "enum" in schema:
            enum = schema["enum"]
            if not isinstance(enum, list) or not enum:
                self._warn(
                    jp.join(ptr, "enum"), "enum is not a non-empty list; dropped"
                )
                del schema["enum"]
        for key in ("format", "pattern", "title", "description"):
            if key in schema and not isinstance(schema[key], str):
                if schema[key] is None:
                    del schema[key]
                else:
                    self._warn(jp.join(ptr, key), f"{key} is not a string; dropped")
                    del schema[key]
        for key in ("readOnly", "writeOnly", "deprecated", "uniqueItems", "nullable"):
            if key in schema and not isinstance(schema[key], bool):
                self._warn(jp.join(ptr, key), f"{key} is not a boolean; dropped")
                del schema[key]
        if "items" in schema and isinstance(schema["items"], list):
            items = schema["items"]
            self._warn(
                jp.join(ptr, "items"),
                "items is a list (tuple form); read as any of its schemas",
            )
            schema["items"] = {"anyOf": items} if items else {}
        for key in _SCHEMA_MAPS:
            if key in schema and not isinstance(schema[key], dict):
                self._warn(jp.join(ptr, key), f"{key} is not an object; dropped")
                del schema[key]
        for key in _SCHEMA_LISTS:
            if key in schema and (not isinstance(schema[key], list) or not schema[key]):
                self._warn(jp.join(ptr, key), f"{key} is not a non-empty list; dropped")
                del schema[key]
        additional = schema.get("additionalProperties")
        if "additionalProperties" in schema and not isinstance(
            additional, (bool, dict)
        ):
            self._warn(
                jp.join(ptr, "additionalProperties"),
                "additionalProperties is invalid; dropped",
            )
            del schema["additionalProperties"]
        discriminator = schema.get("discriminator")
        if "discriminator" in schema:
            if isinstance(discriminator, str):
                self._warn(
                    jp.join(ptr, "discriminator"),
                    "discriminator is a string (Swagger 2 style); read as its propertyName",
                )
                schema["discriminator"] = {"propertyName": discriminator}
            elif not isinstance(discriminator, dict) or not isinstance(
                discriminator.get("propertyName"), str
            ):
                self._warn(
                    jp.join(ptr, "discriminator"),
                    "discriminator has no propertyName; dropped",
                )
                del schema["discriminator"]
            elif "mapping" in discriminator and not (
                isinstance(discriminator["mapping"], dict)
                and all(isinstance(v, str) for v in discriminator["mapping"].values())
            ):
                self._warn(
                    jp.join(ptr, "discriminator", "mapping"),
                    "discriminator mapping is invalid; dropped",
                )
                del discriminator["mapping"]
        for key in ("xml", "externalDocs"):
            if key in schema and not isinstance(schema[key], dict):
                del schema[key]
        if "examples" in schema and not isinstance(schema["examples"], list):
            if self.v31:
                self._warn(
                    jp.join(ptr, "examples"),
                    "examples is not a list; kept as one example",
                )
            schema["examples"] = [schema["examples"]]

    def _fix_type(self, schema: dict[str, Any], ptr: str) -> None:
        if "type" not in schema:
            return
        raw = schema["type"]
        types = raw if isinstance(raw, list) else [raw]
        fixed: list[str] = []
        for value in types:
            if isinstance(value, str) and value in _TYPES:
                fixed.append(value)
                continue
            lowered = value.lower() if isinstance(value, str) else None
            if lowered in _TYPES:
                fixed.append(lowered)
            elif lowered in _TYPE_FIXES:
                new_type, new_format = _TYPE_FIXES[lowered]
                self._warn(
                    jp.join(ptr, "type"),
                    f"unknown type {value!r}; read as {new_type or 'any'}",
                )
                if new_type:
                    fixed.append(new_type)
                if new_format and "format" not in schema:
                    schema["format"] = new_format
            else:
                self._warn(jp.join(ptr, "type"), f"unknown type {value!r}; dropped")
        fixed = list(dict.fromkeys(fixed))
        if not fixed:
            del schema["type"]
        elif self.v31:
            schema["type"] = (
                fixed if isinstance(raw, list) and len(fixed) > 1 else fixed[0]
            )
        elif len(fixed) == 1:
            schema["type"] = fixed[0]
        else:
            # 3.0 has no type lists: "null" becomes nullable, several types become anyOf.
            del schema["type"]
            if "null" in fixed:
                fixed.remove("null")
                schema["nullable"] = True
            if len(fixed) == 1:
                schema["type"] = fixed[0]
            else:
                self._warn(
                    jp.join(ptr, "type"),
                    "a type list is not valid in OpenAPI 3.0; read as anyOf",
                )
                schema.setdefault("anyOf", [{"type": t} for t in fixed])
        if not self.v31 and schema.get("type") == "null":
            self._warn(
                jp.join(ptr, "type"),
                "type null is not valid in OpenAPI 3.0; read as nullable",
            )
            del schema["type"]
            schema["nullable"] = True

    def _fix_nullable(self, schema: dict[str, Any], ptr: str) -> None:
        if not self.v31 or "nullable" not in schema:
            return
        nullable = schema.pop("nullable")
        self._warn(
            jp.join(ptr, "nullable"),
            "nullable is not part of OpenAPI 3.1; read as a type list with null",
        )
        if nullable is not True:
            return
        current = schema.get("type")
        if isinstance(current, str):
            schema["type"] = [current, "null"]
        elif isinstance(current, list):
            if "null" not in current:
                current.append("null")
        elif "enum" in schema and None not in schema["enum"]:
            schema["enum"].append(None)
        else:
            # No type: a nullable composition or reference.
            inner = {
                k: schema.pop(k)
                for k in list(schema)
                if k in ("$ref", "allOf", "oneOf", "anyOf")
            }
            if inner:
                schema["anyOf"] = [inner, {"type": "null"}]

    def _fix_exclusive(self, schema: dict[str, Any], ptr: str) -> None:
        for key, bound in (
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ):
            if key not in schema:
                continue
            value = schema[key]
            if self.v31 and isinstance(value, bool):
                self._warn(
                    jp.join(ptr, key),
                    f"{key} is a boolean (OpenAPI 3.0 form) in a 3.1 spec; converted",
                )
                del schema[key]
                if value and isinstance(schema.get(bound), (int, float)):
                    schema[key] = schema.pop(bound)
            elif not self.v31 and not isinstance(value, bool):
                number = _number(value)
                self._warn(
                    jp.join(ptr, key),
                    f"{key} is a number (OpenAPI 3.1 form) in a 3.0 spec; converted",
                )
                del schema[key]
                if number is not None:
                    schema[bound] = number
                    schema[key] = True
            elif self.v31 and not isinstance(value, (int, float)):
                self._warn(jp.join(ptr, key), f"{key} is not a number; dropped")
                del schema[key]


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        if math.isfinite(number) and number.is_integer():
            return int(number)
        return number
    return None
