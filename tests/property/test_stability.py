"""Property tests of spec evolution: random specs generate code that compiles, imports and round-trips
payloads; an unrelated change touches exactly the files that describe it; any string as a name gives valid
code. ``make test-long`` runs them with many more examples (``HYPOTHESIS_PROFILE=long``).
"""

from __future__ import annotations

import copy
import importlib
import os
import itertools
import json
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator import naming
from tests.helpers import dump_yaml, generate_in_process
from tests.property.specs import specs

_counter = itertools.count()
# Each example generates and imports a whole package: a dozen per test by default, many more in test-long.
EXAMPLES = 300 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 12
TEMP = settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)


def _generate(spec: dict[str, Any], out: Path, package: str) -> Any:
    path = out.parent / f"{package}-spec.yaml"
    path.write_text(dump_yaml(spec))
    return generate_in_process(path, out, package)


def _import(out: Path, package: str) -> Any:
    sys.path.insert(0, str(out))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out))


def _forget(package: str) -> None:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


def _instance(
    schema: dict[str, Any], schemas: dict[str, Any], draw: st.DrawFn, depth: int = 0
) -> Any:
    """A JSON instance of a schema of ``specs()`` (refs followed to a bounded depth)."""
    if "$ref" in schema:
        token = schema["$ref"].rsplit("/", 1)[-1]
        target = schemas[token.replace("~1", "/").replace("~0", "~")]
        return _instance(target, schemas, draw, depth + 1)
    if "enum" in schema:
        return draw(st.sampled_from(schema["enum"]))
    if schema.get("nullable") and draw(st.booleans()):
        return None
    kind = schema.get("type")
    if kind == "object":
        result: dict[str, Any] = {}
        for name, prop in schema.get("properties", {}).items():
            refers = "$ref" in prop
            if name in schema.get("required", []):
                if refers and depth > 2:
                    assume(False)
                result[name] = _instance(prop, schemas, draw, depth + 1)
            elif (not refers or depth < 2) and draw(st.booleans()):
                result[name] = _instance(prop, schemas, draw, depth + 1)
        return result
    if kind == "array":
        return draw(st.lists(st.text(max_size=5), max_size=3))
    if kind == "integer":
        return draw(st.integers(-(2**40), 2**40))
    if kind == "number":
        return draw(st.floats(allow_nan=False, allow_infinity=False, width=32))
    if kind == "boolean":
        return draw(st.booleans())
    if schema.get("format") == "date-time":
        return draw(st.sampled_from(["2024-01-02T03:04:05Z", "1999-12-31T23:59:59Z"]))
    return draw(st.text(max_size=8))


@TEMP
@given(spec=specs(), data=st.data())
def test_random_specs_compile_import_and_round_trip(
    spec: dict[str, Any], data: st.DataObject, tmp_path_factory: Any
) -> None:
    out = tmp_path_factory.mktemp("gen")
    package = f"prop_{next(_counter)}"
    _generate(spec, out, package)
    for path in (out / package).rglob("*.py"):
        compile(path.read_text(), str(path), "exec")
    try:
        module = _import(out, package)
        models = importlib.import_module(f"{package}.models")
        schemas = spec["components"]["schemas"]
        for name, schema in schemas.items():
            if schema.get("type") != "object":
                continue
            model = getattr(models, naming.class_name(name))
            instance = _instance(schema, schemas, data.draw)
            parsed = model.model_validate(instance)
            assert parsed.model_dump(
                mode="json", by_alias=True, exclude_unset=True
            ) == json.loads(json.dumps(instance))
        assert module is not None
    finally:
        _forget(package)


def _add_operation(
    spec: dict[str, Any], draw: st.DrawFn
) -> tuple[dict[str, Any], set[str]]:
    new = copy.deepcopy(spec)
    path = draw(st.sampled_from(sorted(p for p in new["paths"] if "{" not in p)))
    tag = new["paths"][path]["get"]["tags"][0]
    model = draw(
        st.sampled_from(
            sorted(
                n
                for n, s in new["components"]["schemas"].items()
                if s.get("type") == "object"
            )
        )
    )
    new["paths"][path + "/search"] = {
        "post": {
            "operationId": path.strip("/") + "_search",
            "tags": [tag],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{model}"}
                        }
                    },
                }
            },
        }
    }
    return new, {
        f"resources/{naming.module_name(naming.resource_name(tag))}.py",
        ".api.json",
    }


def _add_schema(
    spec: dict[str, Any], draw: st.DrawFn
) -> tuple[dict[str, Any], set[str]]:
    new = copy.deepcopy(spec)
    name = "Zebra"
    new["components"]["schemas"][name] = {
        "type": "object",
        "properties": {"stripes": {"type": "integer"}},
    }
    return new, {
        f"models/{naming.module_name(naming.class_name(name))}.py",
        "models/__init__.py",
        ".api.json",
    }


def _add_enum_value(
    spec: dict[str, Any], draw: st.DrawFn
) -> tuple[dict[str, Any], set[str]]:
    enums = sorted(n for n, s in spec["components"]["schemas"].items() if "enum" in s)
    assume(enums)
    new = copy.deepcopy(spec)
    name = draw(st.sampled_from(enums))
    new["components"]["schemas"][name]["enum"].append("brand-new-value")
    return new, {
        f"models/{naming.module_name(naming.class_name(name))}.py",
        ".api.json",
    }


def _add_field(
    spec: dict[str, Any], draw: st.DrawFn
) -> tuple[dict[str, Any], set[str]]:
    new = copy.deepcopy(spec)
    objects = sorted(
        n for n, s in new["components"]["schemas"].items() if s.get("type") == "object"
    )
    name = draw(st.sampled_from(objects))
    new["components"]["schemas"][name]["properties"]["extra_field"] = {"type": "string"}
    expected = {f"models/{naming.module_name(naming.class_name(name))}.py", ".api.json"}
    # Request bodies of that model are flattened into method arguments: those methods change too.
    for operations in new["paths"].values():
        for operation in operations.values():
            body = (
                operation.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
            )
            if body.get("$ref", "").endswith(f"/{name}"):
                expected.add(
                    f"resources/{naming.module_name(naming.resource_name(operation['tags'][0]))}.py"
                )
    # So does the model's TypedDict, when requests reach it (it has the model's writable properties).
    expected.add(f"params?/{naming.module_name(naming.class_name(name))}.py")
    return new, expected


def _reorder(spec: dict[str, Any], draw: st.DrawFn) -> tuple[dict[str, Any], set[str]]:
    from tests.property.specs import reorder

    return reorder(spec), set()


CHANGES = [_add_operation, _add_schema, _add_enum_value, _add_field, _reorder]


@TEMP
@given(spec=specs(), change=st.sampled_from(CHANGES), data=st.data())
def test_a_change_touches_only_its_files(
    spec: dict[str, Any], change: Any, data: st.DataObject, tmp_path_factory: Any
) -> None:
    assume(not any(n == "Zebra" for n in spec["components"]["schemas"]))
    out = tmp_path_factory.mktemp("gen")
    package = "evolving"
    _generate(spec, out, package)
    new_spec, expected = change(spec, data.draw)
    outcome = _generate(new_spec, out, package)
    changed = {
        path[len(package) + 1 :]
        for path in outcome.result.written + outcome.result.removed
    }
    # ``params?/x.py``: that file changes if it exists (a model's TypedDict exists when requests reach it).
    for optional in [p for p in expected if p.startswith("params?/")]:
        expected.remove(optional)
        if (out / package / optional.replace("params?/", "params/")).exists():
            expected.add(optional.replace("params?/", "params/"))
    assert (
        changed == expected
    ), f"{change.__name__}: changed {sorted(changed)}, expected {sorted(expected)}"


hostile = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("\"'\\{}%#\n\t_ .-")),
    min_size=1,
    max_size=12,
)


@TEMP
@given(
    spec=specs(names=hostile),
    field=hostile,
    value=hostile,
    tag=hostile,
    operation=hostile,
    parameter=hostile,
)
def test_any_string_as_a_name_gives_valid_code(
    spec: dict[str, Any],
    field: str,
    value: str,
    tag: str,
    operation: str,
    parameter: str,
    tmp_path_factory: Any,
) -> None:
    first = next(
        n for n, s in spec["components"]["schemas"].items() if s.get("type") == "object"
    )
    spec["components"]["schemas"][first]["properties"][field] = {
        "type": "string",
        "enum": [value, value + "x"],
    }
    path = next(iter(spec["paths"]))
    get = spec["paths"][path]["get"]
    get["tags"] = [tag]
    get["operationId"] = operation
    get["parameters"].append(
        {"name": parameter, "in": "query", "schema": {"type": "string"}}
    )
    out = tmp_path_factory.mktemp("gen")
    package = f"hostile_{next(_counter)}"
    _generate(spec, out, package)
    for file in (out / package).rglob("*.py"):
        compile(file.read_text(), str(file), "exec")
    try:
        _import(out, package)
        importlib.import_module(f"{package}.models")
        for module in (out / package / "resources").glob("*.py"):
            importlib.import_module(f"{package}.resources.{module.stem}")
    finally:
        _forget(package)
