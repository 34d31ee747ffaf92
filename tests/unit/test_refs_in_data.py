"""A ``$ref`` inside data (``example``, ``examples``, ``default``, ``enum``, ``const``, an Example's ``value``,
``x-*`` extensions) is data: it is kept as written, never followed, and never refuses the spec. References in
real positions, including an ``examples`` map entry and the ``default`` entry of a responses map, are still
followed and checked.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.errors import Diagnostics, SpecError
from generator.loader import Spec, load
from tests.helpers import dump_yaml

# Data that looks like references: to nothing, to a file that does not exist, and to a real component.
DANGLING = {"$ref": "#/components/schemas/Missing"}
EXTERNAL = {"$ref": "missing.yaml#/Thing"}
REAL = {"$ref": "#/components/schemas/Thing"}


def base() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": "q", "in": "query", "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": REAL}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}},
                }
            }
        },
    }


def _thing(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]["Thing"]  # type: ignore[no-any-return]


def _operation(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things"]["get"]  # type: ignore[no-any-return]


def _media(spec: dict[str, Any]) -> dict[str, Any]:
    return _operation(spec)["responses"]["200"]["content"]["application/json"]  # type: ignore[no-any-return]


# Where data sits: (name, where to put it, the path of the data in the document).
PLACES: list[tuple[str, Callable[[dict[str, Any], Any], None], tuple[str | int, ...]]] = [
    (
        "schema example",
        lambda s, v: _thing(s).update(example=v),
        ("components", "schemas", "Thing", "example"),
    ),
    (
        "schema examples",
        lambda s, v: _thing(s).update(examples=[v]),
        ("components", "schemas", "Thing", "examples", 0),
    ),
    (
        "schema default",
        lambda s, v: _thing(s).update(default=v),
        ("components", "schemas", "Thing", "default"),
    ),
    (
        "enum value",
        lambda s, v: _thing(s)["properties"].update(kind={"enum": [v, "plain"]}),
        ("components", "schemas", "Thing", "properties", "kind", "enum", 0),
    ),
    (
        "const",
        lambda s, v: _thing(s)["properties"].update(fixed={"const": v}),
        ("components", "schemas", "Thing", "properties", "fixed", "const"),
    ),
    (
        "schema extension",
        lambda s, v: _thing(s).update({"x-note": v}),
        ("components", "schemas", "Thing", "x-note"),
    ),
    (
        "operation extension",
        lambda s, v: _operation(s).update({"x-sample": {"nested": [v]}}),
        ("paths", "/things", "get", "x-sample", "nested", 0),
    ),
    (
        "top-level extension",
        lambda s, v: s.update({"x-vendor": v}),
        ("x-vendor",),
    ),
    (
        "parameter example",
        lambda s, v: _operation(s)["parameters"][0].update(example=v),
        ("paths", "/things", "get", "parameters", 0, "example"),
    ),
    (
        "parameter examples value",
        lambda s, v: _operation(s)["parameters"][0].update(
            examples={"one": {"value": v}}
        ),
        ("paths", "/things", "get", "parameters", 0, "examples", "one", "value"),
    ),
    (
        "media type example",
        lambda s, v: _media(s).update(example=v),
        ("paths", "/things", "get", "responses", "200", "content", "application/json", "example"),
    ),
    (
        "media type examples value",
        lambda s, v: _media(s).update(examples={"one": {"value": v}}),
        (
            "paths", "/things", "get", "responses", "200", "content", "application/json",
            "examples", "one", "value",
        ),
    ),
    (
        "components example value",
        lambda s, v: s["components"].update(examples={"Sample": {"value": [v]}}),
        ("components", "examples", "Sample", "value", 0),
    ),
    (
        "link parameters",
        lambda s, v: _operation(s)["responses"]["200"].update(
            links={"self": {"operationId": "listThings", "parameters": {"q": v}}}
        ),
        ("paths", "/things", "get", "responses", "200", "links", "self", "parameters", "q"),
    ),
]  # fmt: skip


def at(document: Any, path: tuple[str | int, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


def load_spec(tmp_path: Path, spec: dict[str, Any], suffix: str = ".json") -> Spec:
    path = tmp_path / f"spec{suffix}"
    path.write_text(json.dumps(spec) if suffix == ".json" else dump_yaml(spec))
    return load(path, Diagnostics())


@pytest.mark.parametrize(
    "value", [DANGLING, EXTERNAL, REAL], ids=["dangling", "external", "real"]
)
@pytest.mark.parametrize(("name", "place", "path"), PLACES, ids=[p[0] for p in PLACES])
def test_a_ref_in_data_is_kept_as_data(
    tmp_path: Path,
    name: str,
    place: Callable[[dict[str, Any], Any], None],
    path: tuple[str | int, ...],
    value: dict[str, Any],
) -> None:
    spec = base()
    place(spec, copy.deepcopy(value))
    loaded = load_spec(
        tmp_path, spec, ".yaml" if name.endswith("extension") else ".json"
    )
    assert at(loaded.raw, path) == value
    # Not bundled: no component was made for the external file, which was never read.
    assert set(loaded.raw["components"]["schemas"]) == {"Thing"}
    assert loaded.extra_files == ()


def test_extension_data_is_not_repaired(tmp_path: Path) -> None:
    """The repairs are for the spec's own objects: a vendor's data that looks like a schema stays as written."""
    spec = base()
    vendor = {"schema": {"type": "int", "nullable": True}, "responses": {"200": []}}
    _operation(spec)["x-vendor"] = copy.deepcopy(vendor)
    diagnostics = Diagnostics()
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    loaded = load(path, diagnostics)
    assert loaded.raw["paths"]["/things"]["get"]["x-vendor"] == vendor
    assert diagnostics.sorted() == []


def test_an_example_object_reference_is_followed(tmp_path: Path) -> None:
    """An ``examples`` map entry is an Example Object, and its ``$ref`` a real reference: it resolves to the
    component, whose value (holding a ``$ref`` of its own) stays data."""
    spec = base()
    spec["components"]["examples"] = {"Sample": {"value": {"id": "1", **DANGLING}}}
    _media(spec)["examples"] = {"one": {"$ref": "#/components/examples/Sample"}}
    loaded = load_spec(tmp_path, spec)
    media = loaded.document.paths["/things"].get.responses["200"].content["application/json"]  # type: ignore[union-attr,index]
    assert media.examples["one"].ref == "#/components/examples/Sample"  # type: ignore[union-attr,index]
    sample = loaded.document.components.examples["Sample"]  # type: ignore[union-attr,index]
    assert sample.value == {"id": "1", **DANGLING}  # type: ignore[union-attr]


def test_an_example_object_reference_to_an_external_file_is_bundled(
    tmp_path: Path,
) -> None:
    (tmp_path / "examples.json").write_text(
        json.dumps({"Sample": {"summary": "one", "value": {"id": "1", **EXTERNAL}}})
    )
    spec = base()
    _media(spec)["examples"] = {"one": {"$ref": "examples.json#/Sample"}}
    loaded = load_spec(tmp_path, spec)
    assert _media(loaded.raw)["examples"]["one"] == {
        "summary": "one",
        "value": {"id": "1", **EXTERNAL},
    }
    assert loaded.extra_files == (tmp_path / "examples.json",)


REAL_POSITIONS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "examples map entry",
        lambda s: _media(s).update(examples={"one": {"$ref": "#/components/examples/Missing"}}),
        "#/paths/~1things/get/responses/200/content/application~1json/examples/one/$ref",
    ),
    (
        "default response",
        lambda s: _operation(s)["responses"].update(default={"$ref": "#/components/responses/Missing"}),
        "#/paths/~1things/get/responses/default/$ref",
    ),
    (
        "property named default",
        lambda s: _thing(s)["properties"].update(default=DANGLING),
        "#/components/schemas/Thing/properties/default/$ref",
    ),
    (
        "property named like an extension",
        lambda s: _thing(s)["properties"].update({"x-id": DANGLING}),
        "#/components/schemas/Thing/properties/x-id/$ref",
    ),
    (
        "component named example",
        lambda s: s["components"]["schemas"].update(example=DANGLING),
        "#/components/schemas/example/$ref",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "place", "pointer"), REAL_POSITIONS, ids=[c[0] for c in REAL_POSITIONS]
)
def test_a_dangling_ref_in_a_real_position_is_refused_where_it_is(
    tmp_path: Path, name: str, place: Callable[[dict[str, Any]], None], pointer: str
) -> None:
    spec = base()
    place(spec)
    with pytest.raises(SpecError) as caught:
        load_spec(tmp_path, spec)
    assert caught.value.pointer == pointer
    assert caught.value.message.startswith("$ref points to nothing")


def test_a_dangling_ref_that_the_repairs_drop_does_not_refuse_the_spec(
    tmp_path: Path,
) -> None:
    """References are found before the repairs and checked after them: one inside a part the repairs drop
    (a ``$ref`` whose value is an object) no longer counts, as when the repaired document is walked.
    """
    spec = base()
    _thing(spec)["properties"]["odd"] = {"$ref": copy.deepcopy(DANGLING)}
    diagnostics = Diagnostics()
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    loaded = load(path, diagnostics)
    assert (
        "$ref" not in loaded.raw["components"]["schemas"]["Thing"]["properties"]["odd"]
    )
    assert any("$ref is not a string" in d.message for d in diagnostics.items)
    # The same reference where it stays is refused, at its own place.
    _thing(spec)["properties"]["odd"] = copy.deepcopy(DANGLING)
    with pytest.raises(SpecError) as caught:
        load_spec(tmp_path, spec)
    assert caught.value.pointer == "#/components/schemas/Thing/properties/odd/$ref"
