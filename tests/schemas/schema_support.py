"""What the schema round-trip tests need: every component schema of ``openapi.json`` and of each golden case,
made self-contained for JSON Schema tools, the generated type it maps to, and hypothesis strategies for
instances it accepts.

A ``SchemaSet`` is one spec with the package generated from it (``openapi.json`` with ``generated/framelane``;
``tests/golden/cases/<case>/spec.*`` with ``expected/golden_<case>``). For each of its component schemas:

* ``self_contained(name)``: the schema with every other component under ``$defs`` (refs rewritten), JSON Schema
  2020-12, for validating instances with ``jsonschema``. An OpenAPI 3.0 schema is translated first
  (``nullable: true`` admits null, a boolean ``exclusiveMinimum`` becomes the numeric one);
* ``strategy(name)``: ``hypothesis-jsonschema`` instances of it. That library resolves no recursive refs and
  knows drafts 4 to 7, so the schema is inlined (a schema recurring inside itself is cut off with ``false``, so
  the recursion ends in an empty list), OpenAPI's annotations are dropped and ``dependentRequired`` becomes
  draft 7 ``dependencies``; every instance is then checked against ``self_contained(name)``;
* ``target(name)``: the generated model (``<package>.models.<Name>``) or, for enums, aliases and unions, a
  ``pydantic.TypeAdapter``, behind one interface.

The spec is read the way the generator reads it (``generator.loader.load``: files beside it bundled in, common
mistakes repaired), so that both sides see the same schemas.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import jsonschema
import pydantic
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.helpers import with_runtime

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "cases"
PREFIX = "#/components/schemas/"

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
# JSON Schema treats ``format`` as an annotation, but the generator types these formats (``uuid.UUID``,
# ``datetime``...): their instances are drawn as valid values. hypothesis-jsonschema already does so for date-time,
# date and time.
CUSTOM_FORMATS = {"uuid": st.uuids().map(str)}
DATE_FORMATS = frozenset({"date-time", "date", "time", "duration"})
JSON_TYPES = ("null", "boolean", "object", "array", "number", "integer", "string")
# Keywords whose value is a map of schemas (its keys are names, not keywords), or plain data.
_SCHEMA_MAPS = (
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
)
_DATA = ("const", "enum", "required", "dependentRequired")


def ref_name(ref: str) -> str:
    assert ref.startswith(
        PREFIX
    ), f"only refs to component schemas are supported, got {ref}"
    return ref[len(PREFIX) :]


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
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {
                k: _map_schema(v, on_ref, keyword_map, drop) for k, v in value.items()
            }
        elif key in _DATA or (
            key == "dependencies" and all(isinstance(v, list) for v in value.values())
        ):
            out[key] = value
        else:
            out[key] = _map_schema(value, on_ref, keyword_map, drop)
    return out


def _draft7_arrays(node: Any) -> Any:
    """2020-12's ``prefixItems`` and the ``items`` after it as draft 7's ``items`` list and
    ``additionalItems`` (hypothesis-jsonschema knows drafts 4 to 7)."""
    if isinstance(node, list):
        return [_draft7_arrays(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (
            {p: _draft7_arrays(s) for p, s in v.items()}
            if k in _SCHEMA_MAPS and isinstance(v, dict)
            else v if k in _DATA else _draft7_arrays(v)
        )
        for k, v in node.items()
    }
    if "prefixItems" in out:
        prefix = out.pop("prefixItems")
        if "items" in out:
            out["additionalItems"] = out.pop("items")
        out["items"] = prefix
    return out


def from_openapi30(node: Any) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema 2020-12: ``nullable``, boolean exclusive bounds, no ref siblings."""
    if isinstance(node, list):
        return [from_openapi30(v) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return {"$ref": node["$ref"]}  # 3.0: siblings of a reference are ignored
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {k: from_openapi30(v) for k, v in value.items()}
        elif key in _DATA or key in ANNOTATIONS:
            out[key] = value
        else:
            out[key] = from_openapi30(value)
    for bound, limit in (
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ):
        if isinstance(out.get(bound), bool):
            if out.pop(bound) and limit in out:
                out[bound] = out.pop(limit)
    if out.pop("nullable", False) is True:
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        elif "type" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@dataclass(frozen=True)
class Target:
    """The generated type of a component schema: load JSON data into it, dump it back as JSON data.

    ``python_type`` is the declaration (the model class, for ``isinstance``); ``use`` is what a reference to
    the schema means when that is more (``Position | None`` for a nullable object, ``AnimalUnion`` for a
    discriminated ``allOf`` base), and what data is loaded as."""

    name: str
    python_type: Any
    is_model: bool
    use: Any = None

    def load(self, data: Any) -> Any:
        if self.use is not None:
            return _adapter(self.use).validate_python(data)
        if self.is_model:
            return self.python_type.model_validate(data)
        return _adapter(self.python_type).validate_python(data)

    def dump(self, value: Any) -> Any:
        if isinstance(value, pydantic.BaseModel):
            return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return _adapter(self.use or self.python_type).dump_python(
            value, mode="json", by_alias=True, exclude_unset=True
        )


@functools.cache
def _adapter(python_type: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(python_type)


class SchemaSet:
    """One spec's component schemas and the package generated from it."""

    def __init__(
        self,
        label: str,
        spec: Path,
        client_dir: Path,
        package: str | None = None,
        config: Path | None = None,
    ) -> None:
        self.label = label
        self.spec_path = spec
        self.client_dir = client_dir
        self.package = package
        self.config = config

    def __repr__(self) -> str:
        return f"SchemaSet({self.label})"

    @functools.cached_property
    def importable_dir(self) -> Path:
        """Where the package imports from: ``generated/`` as it is, a golden tree with its runtime modules."""
        if self.package is None:
            return self.client_dir
        return with_runtime(self.client_dir, self.package)

    # ------------------------------------------------------------------------------ the spec and IR

    @functools.cached_property
    def loaded(self) -> Any:
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from generator.errors import Diagnostics
        from generator.loader import load

        return load(self.spec_path, Diagnostics())

    @functools.cached_property
    def schemas(self) -> dict[str, Any]:
        """The component schemas as JSON Schema 2020-12."""
        raw = (self.loaded.raw.get("components") or {}).get("schemas") or {}
        if self.loaded.version.startswith("3.0"):
            return {name: from_openapi30(schema) for name, schema in raw.items()}
        return dict(raw)

    @functools.cached_property
    def api(self) -> Any:
        from generator.config import load_config
        from generator.errors import Diagnostics
        from generator.lower import lower

        if (
            self.package is None
        ):  # the project's own client: pyproject.toml's [tool.generator]
            config = load_config(ROOT / "pyproject.toml", {})
        else:
            config = load_config(
                self.config, {"spec": self.spec_path, "package_name": self.package}
            )
        return lower(self.loaded, config, Diagnostics())

    @functools.cached_property
    def declarations(self) -> dict[str, Any]:
        """The IR's declarations by component name."""
        return {
            ref_name(d.key): d
            for d in self.api.declarations
            if isinstance(d.key, str) and d.key.startswith(PREFIX)
        }

    def resolve(self, node: Any) -> Any:
        """``node`` with refs to components followed; siblings of a ref are kept beside the target's keywords."""
        while isinstance(node, dict) and "$ref" in node:
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = self.schemas[ref_name(node["$ref"])]
            node = (
                {**target, **siblings}
                if siblings and isinstance(target, dict)
                else target
            )
        return node

    def object_view(self, schema: Any) -> dict[str, Any]:
        """An object schema's properties and required names, ``allOf`` parts merged."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {"properties": {}, "required": []}
        properties = dict(schema.get("properties", {}))
        required = list(schema.get("required", []))
        for part in schema.get("allOf", []):
            view = self.object_view(part)
            properties.update(view["properties"])
            required += [r for r in view["required"] if r not in required]
        return {"properties": properties, "required": required}

    def is_object(self, name: str) -> bool:
        schema = self.resolve(self.schemas[name])
        if not isinstance(schema, dict) or not self.object_view(schema)["properties"]:
            return False
        kind = schema.get("type")
        return kind == "object" or (kind is None and "allOf" in schema)

    # --------------------------------------------------------------------------- JSON Schema tools

    @functools.cache
    def self_contained(self, name: str) -> dict[str, Any]:
        """The component schema with every component under ``$defs``: a JSON Schema 2020-12 document."""

        def rewrite(node: dict[str, Any]) -> dict[str, Any]:
            rest = {k: _map_schema(v, rewrite) for k, v in node.items() if k != "$ref"}
            return {"$ref": "#/$defs/" + ref_name(node["$ref"]), **rest}

        defs = {other: _map_schema(s, rewrite) for other, s in self.schemas.items()}
        schema = _map_schema(self.schemas[name], rewrite)
        if not isinstance(schema, dict):
            schema = {"allOf": [schema]}
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$defs": defs,
            **schema,
        }

    @functools.cache
    def validator(self, name: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(self.self_contained(name))

    def is_valid(self, name: str, instance: Any) -> bool:
        return bool(self.validator(name).is_valid(instance))

    def inlined(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        """``node`` with every ref inlined, for hypothesis-jsonschema (see the module's docstring)."""

        def on_ref(ref_node: dict[str, Any]) -> Any:
            name = ref_name(ref_node["$ref"])
            if name in stack:
                return False  # recursion: this branch admits nothing, so an enclosing list stays empty
            target = self.inlined(self.schemas[name], stack + (name,))
            siblings = {
                k: v
                for k, v in ref_node.items()
                if k != "$ref" and k not in ANNOTATIONS
            }
            if not siblings:
                return target
            return {"allOf": [target, self.inlined(siblings, stack)]}

        return _map_schema(
            node, on_ref, {"dependentRequired": "dependencies"}, ANNOTATIONS
        )

    @functools.cache
    def strategy(self, name: str) -> st.SearchStrategy[Any]:
        """Instances that the component schema accepts (each checked against the 2020-12 schema)."""
        schema = _draft7_arrays(self.inlined(self.schemas[name], (name,)))
        return from_schema(
            schema, allow_x00=False, custom_formats=CUSTOM_FORMATS
        ).filter(lambda instance: self.is_valid(name, instance))

    # ------------------------------------------------------------------------------- the package

    @functools.cached_property
    def models(self) -> Any:
        package = self.api.package_name
        if str(self.importable_dir) not in sys.path:
            sys.path.insert(0, str(self.importable_dir))
        module = importlib.import_module(f"{package}.models")
        origin = Path(module.__file__ or "").resolve()
        assert origin.is_relative_to(
            self.importable_dir.resolve()
        ), f"imported {module.__name__} from {origin}, not from {self.importable_dir}"
        return module

    def target(self, name: str) -> Target:
        declaration = self.declarations[name]
        python_type = getattr(self.models, declaration.name)
        is_model = isinstance(python_type, type) and issubclass(
            python_type, pydantic.BaseModel
        )
        use: Any = None
        if name in self.bases():
            use = getattr(self.models, self.bases()[name])
        elif is_model and self.is_valid(name, None):
            # A class cannot hold null: a reference to a nullable object means the class or None.
            use = Optional[python_type]
        return Target(name, python_type, is_model, use)

    @functools.cache
    def bases(self) -> dict[str, str]:
        """Component name -> the name of the union alias a discriminated ``allOf`` base means."""
        found = {}
        for d in self.api.declarations:
            key = d.key if isinstance(d.key, str) else ""
            if key.startswith(PREFIX) and key.endswith("/discriminator"):
                found[key[len(PREFIX) :].split("/", 1)[0]] = d.name
        return found

    def _own_discriminator(
        self, schema: Any
    ) -> tuple[dict[str, Any], list[Any]] | None:
        """A schema's own discriminator (beside it or in an inline allOf part) and the members beside it."""
        if not isinstance(schema, dict):
            return None
        if isinstance(schema.get("discriminator"), dict):
            return (
                schema["discriminator"],
                schema.get("oneOf") or schema.get("anyOf") or [],
            )
        for part in schema.get("allOf", []):
            if isinstance(part, dict) and "$ref" not in part:
                found = self._own_discriminator(part)
                if found is not None:
                    return found
        return None

    def _descendants(self, name: str) -> list[str]:
        """The components that extend ``name`` through allOf, directly or through another."""

        def parents(schema: Any) -> set[str]:
            found: set[str] = set()
            for part in (schema.get("allOf", []) if isinstance(schema, dict) else []):
                if isinstance(part, dict) and "$ref" in part:
                    found.add(ref_name(part["$ref"]))
                else:
                    found |= parents(part)
            return found

        found: list[str] = []
        frontier = [name]
        while frontier:
            current = frontier.pop()
            for other, schema in self.schemas.items():
                if other not in found and other != name and current in parents(schema):
                    found.append(other)
                    frontier.append(other)
        return found

    def discriminated_unions(self) -> list[tuple[str, str, dict[str, str]]]:
        """(component, discriminator property, {tag: member component}) for each union with a discriminator."""
        found = []
        for name, schema in self.schemas.items():
            own = self._own_discriminator(schema)
            if own is None:
                continue
            discriminator, members = own
            mapping = {
                tag: ref_name(ref if ref.startswith("#") else PREFIX + ref)
                for tag, ref in (discriminator.get("mapping") or {}).items()
            }
            if not members and self.is_object(name):
                # An allOf base: its kinds are the schemas that extend it, tagged by name unless mapped.
                members = [{"$ref": PREFIX + kind} for kind in self._descendants(name)]
            for (
                member
            ) in members:  # a member without a mapping entry is tagged with its name
                if (
                    "$ref" in member
                    and ref_name(member["$ref"]) not in mapping.values()
                ):
                    mapping[ref_name(member["$ref"])] = ref_name(member["$ref"])
            found.append((name, discriminator["propertyName"], mapping))
        return found

    # --------------------------------------------------------------------------------- wrong types

    def allowed_types(self, schema: Any, depth: int = 0) -> frozenset[str]:
        """The JSON types a schema admits at its top level (all of them when it does not say)."""
        everything = frozenset(JSON_TYPES)
        if schema is True or depth > 20:
            return everything
        if schema is False:
            return frozenset()
        schema = self.resolve(schema)
        found = everything
        if "type" in schema:
            kinds = (
                schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            )
            found = frozenset(kinds) | (
                frozenset({"integer"}) if "number" in kinds else frozenset()
            )
        if "const" in schema:
            found &= frozenset({json_type(schema["const"])})
        if "enum" in schema:
            found &= frozenset(json_type(v) for v in schema["enum"])
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                union: frozenset[str] = frozenset()
                for variant in schema[keyword]:
                    union |= self.allowed_types(variant, depth + 1)
                found &= union
        for part in schema.get("allOf", []):
            found &= self.allowed_types(part, depth + 1)
        return found

    def formats(self, schema: Any, depth: int = 0) -> set[str]:
        """Every ``format`` a schema or its union members name."""
        if not isinstance(schema, dict) or depth > 20:
            return set()
        schema = self.resolve(schema)
        found = {schema["format"]} if "format" in schema else set()
        for keyword in ("anyOf", "oneOf", "allOf"):
            for variant in schema.get(keyword, []):
                found |= self.formats(variant, depth + 1)
        return found

    def wrong_values(self, schema: Any, *, null_is_wrong: bool) -> list[Any]:
        """JSON values of a type the schema does not admit, which a pydantic model can tell apart.

        Pydantic's lax mode reads a number as a date-time (a Unix time) and a bool as a number: such pairs
        are left out, since the generated models are pydantic models by design.
        """
        allowed = self.allowed_types(schema)
        if allowed == frozenset(JSON_TYPES):
            return []
        dates = bool(self.formats(schema) & DATE_FORMATS)
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
            if kind in allowed:
                continue
            if kind in ("integer", "number") and dates:
                continue
            if kind == "boolean" and numeric:
                continue
            out.append(value)
        if null_is_wrong and "null" not in allowed:
            out.append(None)
        return out


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


def _golden_spec(case: Path) -> Path:
    for name in ("spec.yaml", "spec.json", "spec.yml"):
        if (case / name).exists():
            return case / name
    raise AssertionError(f"{case} has no spec")


def schema_sets() -> list[SchemaSet]:
    """openapi.json with generated/, then every golden case with its expected package."""
    sets = [SchemaSet("openapi", ROOT / "openapi.json", ROOT / "generated")]
    if GOLDEN.is_dir():
        for case in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
            config = case / "config.toml"
            sets.append(
                SchemaSet(
                    f"golden_{case.name}",
                    _golden_spec(case),
                    case / "expected",
                    package=f"golden_{case.name}",
                    config=config if config.exists() else None,
                )
            )
    return sets


SETS = schema_sets()
OPENAPI = SETS[0]


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
