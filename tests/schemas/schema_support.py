"""What the schema round-trip tests need: every component schema of ``openapi.json``, made self-contained for
JSON Schema tools, the generated type it maps to, and hypothesis strategies for instances it accepts.

* ``self_contained(name)``: the schema with every other component under ``$defs`` (refs rewritten), JSON Schema
  2020-12, for validating instances with ``jsonschema``;
* ``strategy(name)``: ``hypothesis-jsonschema`` instances of it. That library resolves no recursive refs and
  knows drafts 4 to 7, so the schema is inlined (a schema recurring inside itself is cut off with ``false``, so
  the recursion ends in an empty list), OpenAPI's annotations are dropped and ``dependentRequired`` becomes
  draft 7 ``dependencies``; every instance is then checked against ``self_contained(name)``;
* ``target(name)``: the generated model (``framelane.models.<Name>``) or, for enums, aliases and unions, a
  ``pydantic.TypeAdapter``, behind one interface.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pydantic
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PREFIX = "#/components/schemas/"
CLIENT_DIR = ROOT / "generated"

# ``make test`` keeps to a modest number of examples; ``HYPOTHESIS_PROFILE=long`` (``make test-long``) many more.
LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
SETTINGS = settings(
    max_examples=300 if LONG else 15,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
FEW = settings(SETTINGS, max_examples=100 if LONG else 5)

# Keywords that describe rather than constrain: OpenAPI's own, and annotations hypothesis-jsonschema need not see.
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "examples",
        "example",
        "default",
        "discriminator",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "$comment",
        "contentMediaType",
        "contentEncoding",
    }
)
DATE_FORMATS = frozenset({"date-time", "date", "time", "duration"})
JSON_TYPES = ("null", "boolean", "object", "array", "number", "integer", "string")


# ------------------------------------------------------------------------------------------ the spec


def ref_name(ref: str) -> str:
    assert ref.startswith(
        PREFIX
    ), f"only refs to component schemas are supported, got {ref}"
    return ref[len(PREFIX) :]


def resolve(node: Any) -> Any:
    """``node`` with refs to components followed; siblings of a ref are kept beside the target's keywords."""
    while isinstance(node, dict) and "$ref" in node:
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        target = SCHEMAS[ref_name(node["$ref"])]
        node = (
            {**target, **siblings} if siblings and isinstance(target, dict) else target
        )
    return node


def _map_schema(
    node: Any,
    on_ref: Any,
    keyword_map: dict[str, str] | None = None,
    drop: frozenset[str] = frozenset(),
) -> Any:
    """Rebuild a schema, calling ``on_ref(node)`` for each ``{"$ref": ...}`` and leaving property names alone."""
    if isinstance(node, list):
        return [_map_schema(v, on_ref, keyword_map, drop) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return on_ref(node)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in drop:
            continue
        key = (keyword_map or {}).get(key, key)
        if key in (
            "properties",
            "patternProperties",
            "$defs",
            "definitions",
            "dependentSchemas",
        ):
            out[key] = {
                k: _map_schema(v, on_ref, keyword_map, drop) for k, v in value.items()
            }
        elif key in (
            "const",
            "enum",
            "required",
            "dependentRequired",
            "dependencies",
        ) and not (
            key == "dependencies" and any(isinstance(v, dict) for v in value.values())
        ):
            out[key] = value
        else:
            out[key] = _map_schema(value, on_ref, keyword_map, drop)
    return out


@functools.cache
def self_contained(name: str) -> dict[str, Any]:
    """The component schema with every component under ``$defs``: a JSON Schema 2020-12 document on its own."""

    def rewrite(node: dict[str, Any]) -> dict[str, Any]:
        rest = {k: _map_schema(v, rewrite) for k, v in node.items() if k != "$ref"}
        return {"$ref": "#/$defs/" + ref_name(node["$ref"]), **rest}

    defs = {other: _map_schema(schema, rewrite) for other, schema in SCHEMAS.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        **_map_schema(SCHEMAS[name], rewrite),
    }


@functools.cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(self_contained(name))


def is_valid(name: str, instance: Any) -> bool:
    return validator(name).is_valid(instance)


def inlined(node: Any, stack: tuple[str, ...] = ()) -> Any:
    """``node`` with every ref inlined, for hypothesis-jsonschema (see the module's docstring)."""

    def on_ref(ref_node: dict[str, Any]) -> Any:
        name = ref_name(ref_node["$ref"])
        if name in stack:
            return False  # recursion: this branch admits nothing, so the enclosing list stays empty
        target = inlined(SCHEMAS[name], stack + (name,))
        siblings = {
            k: v for k, v in ref_node.items() if k != "$ref" and k not in ANNOTATIONS
        }
        if not siblings:
            return target
        return {"allOf": [target, inlined(siblings, stack)]}

    return _map_schema(node, on_ref, {"dependentRequired": "dependencies"}, ANNOTATIONS)


@functools.cache
def strategy(name: str) -> st.SearchStrategy[Any]:
    """Instances that the component schema accepts (each checked against the 2020-12 schema)."""
    schema = inlined(SCHEMAS[name], (name,))
    return from_schema(schema, allow_x00=False).filter(
        lambda instance: is_valid(name, instance)
    )


def variant_strategy(variant: Any) -> st.SearchStrategy[Any]:
    """Instances of one union member (a ref or an inline schema)."""
    if isinstance(variant, dict) and set(variant) == {"$ref"}:
        return strategy(ref_name(variant["$ref"]))
    schema = inlined(variant)
    return from_schema(schema, allow_x00=False)


# ------------------------------------------------------------------------------------------- the IR


@functools.cache
def api() -> Any:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from generator.config import load_config
    from generator.errors import Diagnostics
    from generator.loader import load
    from generator.lower import lower

    diagnostics = Diagnostics()
    return lower(
        load(SPEC_PATH, diagnostics),
        load_config(ROOT / "pyproject.toml", {}),
        diagnostics,
    )


@functools.cache
def declarations() -> dict[str, Any]:
    """The IR's declarations by component name."""
    return {
        ref_name(d.key): d
        for d in api().declarations
        if isinstance(d.key, str) and d.key.startswith(PREFIX)
    }


def models_module() -> Any:
    if str(CLIENT_DIR) not in sys.path:
        sys.path.insert(0, str(CLIENT_DIR))
    return importlib.import_module(f"{api().package_name}.models")


@dataclass(frozen=True)
class Target:
    """The generated type of a component schema: load JSON data into it, dump it back as JSON data."""

    name: str
    python_type: Any
    is_model: bool

    def load(self, data: Any) -> Any:
        if self.is_model:
            return self.python_type.model_validate(data)
        return _adapter(self.python_type).validate_python(data)

    def dump(self, value: Any) -> Any:
        if isinstance(value, pydantic.BaseModel):
            return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return _adapter(self.python_type).dump_python(
            value, mode="json", by_alias=True, exclude_unset=True
        )


@functools.cache
def _adapter(python_type: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(python_type)


def target(name: str) -> Target:
    declaration = declarations()[name]
    python_type = getattr(models_module(), declaration.name)
    is_model = isinstance(python_type, type) and issubclass(
        python_type, pydantic.BaseModel
    )
    return Target(name, python_type, is_model)


def discriminated_unions() -> list[tuple[str, str, dict[str, str]]]:
    """(component, discriminator property, {tag: variant component}) for every union with a discriminator."""
    found = []
    for name, schema in SCHEMAS.items():
        discriminator = (
            schema.get("discriminator") if isinstance(schema, dict) else None
        )
        if not discriminator:
            continue
        members = schema.get("oneOf") or schema.get("anyOf") or []
        mapping = {
            tag: ref_name(ref)
            for tag, ref in (discriminator.get("mapping") or {}).items()
        }
        for (
            member
        ) in members:  # a member without a mapping entry is tagged with its own name
            if "$ref" in member and ref_name(member["$ref"]) not in mapping.values():
                mapping[ref_name(member["$ref"])] = ref_name(member["$ref"])
        found.append((name, discriminator["propertyName"], mapping))
    return found


# ---------------------------------------------------------------------------------- JSON comparisons


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON documents: numbers by value (``1`` equals ``1.0``; a ``number`` is a double), date-times
    as the same wall time and offset (``Z`` equals ``+00:00``, ``.5`` equals ``.500000``).
    """
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) or isinstance(b, float):
            return float(a) == float(b)
        return a == b
    if isinstance(a, str) and isinstance(b, str):
        if a == b:
            return True
        da, db = parse_datetime(a), parse_datetime(b)
        return da is not None and da == db
    return a is None and b is None


def parse_datetime(text: str) -> tuple[Any, ...] | None:
    """A date-time, date or time string as comparable parts; None for any other string."""
    candidates = [text.replace("z", "Z"), text.replace("t", "T").replace("z", "Z")]
    for candidate in candidates:
        for parse in (
            datetime.datetime.fromisoformat,
            datetime.date.fromisoformat,
            datetime.time.fromisoformat,
        ):
            try:
                value = parse(candidate)
            except ValueError:
                continue
            offset = value.utcoffset() if hasattr(value, "utcoffset") else None
            naive = value.replace(tzinfo=None) if hasattr(value, "tzinfo") else value
            return (type(value).__name__, naive, offset)
    return None


def json_diff(a: Any, b: Any, path: str = "") -> str:
    """Where two JSON documents first differ (for failure messages)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a:
                return f"{path}/{key}: missing on the left (right: {b[key]!r})"
            if key not in b:
                return f"{path}/{key}: missing on the right (left: {a[key]!r})"
            if not json_equal(a[key], b[key]):
                return json_diff(a[key], b[key], f"{path}/{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b)):
            if not json_equal(x, y):
                return json_diff(x, y, f"{path}/{index}")
    return f"{path or '(root)'}: {a!r} != {b!r}"


# --------------------------------------------------------------------------------------- wrong types


def allowed_types(schema: Any, depth: int = 0) -> frozenset[str]:
    """The JSON types a schema admits at its top level (all of them when it does not say)."""
    everything = frozenset(JSON_TYPES)
    if schema is True or depth > 20:
        return everything
    if schema is False:
        return frozenset()
    schema = resolve(schema)
    found = everything
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        found = frozenset(kinds) | (
            frozenset({"integer"}) if "number" in kinds else frozenset()
        )
    if "const" in schema:
        found &= frozenset({json_type(schema["const"])}) | _number_kin(schema["const"])
    if "enum" in schema:
        found &= frozenset(json_type(v) for v in schema["enum"]) | frozenset().union(
            *(_number_kin(v) for v in schema["enum"])
        )
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            union: frozenset[str] = frozenset()
            for variant in schema[keyword]:
                union |= allowed_types(variant, depth + 1)
            found &= union
    for part in schema.get("allOf", []):
        found &= allowed_types(part, depth + 1)
    return found


def _number_kin(value: Any) -> frozenset[str]:
    if isinstance(value, float) and value.is_integer():
        return frozenset({"integer"})
    return frozenset()


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def formats(schema: Any, depth: int = 0) -> set[str]:
    """Every ``format`` a schema or its union members name."""
    if not isinstance(schema, dict) or depth > 20:
        return set()
    schema = resolve(schema)
    found = {schema["format"]} if "format" in schema else set()
    for keyword in ("anyOf", "oneOf", "allOf"):
        for variant in schema.get(keyword, []):
            found |= formats(variant, depth + 1)
    return found


def wrong_values(schema: Any, *, null_is_wrong: bool) -> list[Any]:
    """JSON values of a type the schema does not admit, which a pydantic model can tell apart.

    Pydantic's lax mode reads a number as a date-time (a Unix time), a numeric string as a number and a bool as
    a number: such pairs are left out, since the generated models are pydantic models by design.
    """
    allowed = allowed_types(schema)
    if allowed == frozenset(JSON_TYPES):
        return []
    dates = bool(formats(schema) & DATE_FORMATS)
    numeric = bool(allowed & {"number", "integer"})
    candidates: list[Any] = [
        {"wrong": [1]},
        [{"wrong": 1}],
        "not a valid value",
        12345,
        1.5,
        True,
    ]
    out = []
    for value in candidates:
        kind = json_type(value)
        if kind in allowed or (kind == "integer" and "number" in allowed):
            continue
        if kind in ("integer", "number") and dates:
            continue
        if kind == "boolean" and numeric:
            continue
        out.append(value)
    if null_is_wrong and "null" not in allowed:
        out.append(None)
    return out


def object_view(schema: Any) -> dict[str, Any]:
    """An object schema's properties and required names, ``allOf`` parts merged."""
    schema = resolve(schema)
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        view = object_view(part)
        properties.update(view["properties"])
        required += [r for r in view["required"] if r not in required]
    return {"properties": properties, "required": required}
