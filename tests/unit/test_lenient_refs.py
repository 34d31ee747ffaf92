"""A ``$ref`` in a schema position that finds something other than a schema (a parameter, a plain string) is a
broken spec seen in the wild (enode.io's refers to a parameter as the items of an array). The generator keeps
every operation, reads such a value as any, and says so with the pointer of what the reference found.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import generate_in_process, import_all

PARAMETER = "#/paths/~1a~1%7Bid%7D/get/parameters/0"
SPEC = {
    "openapi": "3.0.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a/{id}": {
            "get": {
                "operationId": "getA",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "f",
                        "in": "query",
                        "schema": {"type": "array", "items": {"$ref": PARAMETER}},
                    },
                    {"name": "g", "in": "query", "schema": {"$ref": PARAMETER}},
                    {"name": "h", "in": "query", "schema": {"$ref": "#/info/title"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"x": {"$ref": PARAMETER}},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


def test_a_reference_to_a_non_schema_is_read_as_any(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC))
    outcome = generate_in_process(spec, tmp_path / "out", "lenient", Path("/dev/null"))
    warnings = {(w.pointer, w.message) for w in outcome.warnings}
    assert warnings == {
        (PARAMETER, "$ref points to a Parameter, not a schema; read as any"),
        ("#/info/title", "$ref points to a string, not a schema; read as any"),
    }
    (operation,) = [
        op for resource in outcome.api.resources for op in resource.operations
    ]
    assert [p.wire for p in operation.parameters] == ["id", "f", "g", "h"]
    resource = (tmp_path / "out/lenient/resources/a.py").read_text()
    assert "f: Sequence[Any] | NotGiven = NOT_GIVEN" in resource
    assert "g: Any | NotGiven = NOT_GIVEN" in resource
    assert "h: Any | NotGiven = NOT_GIVEN" in resource
    import_all(tmp_path / "out", "lenient")


MISPLACED = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "parameters": [
                    {"$ref": "#/components/schemas/Thing"},
                    {"$ref": "#/info/title"},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                ],
                "requestBody": {"$ref": "#/components/schemas/Thing"},
                "responses": {
                    "200": {"$ref": "#/components/schemas/Thing"},
                    "400": {"$ref": "#/components/parameters/Q"},
                },
            }
        }
    },
    "components": {
        "parameters": {"Q": {"name": "q", "in": "query", "schema": {"type": "string"}}},
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            }
        },
    },
}


def test_a_body_or_response_reference_to_a_schema_means_that_schema(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(MISPLACED))
    outcome = generate_in_process(
        spec, tmp_path / "out", "misplaced", Path("/dev/null")
    )
    thing = "#/components/schemas/Thing"
    assert {(w.pointer, w.message) for w in outcome.warnings} == {
        (
            thing,
            "$ref points to a schema, not a request body; read as a JSON request body of that schema",
        ),
        (
            thing,
            "$ref points to a schema, not a response; read as a JSON response of that schema",
        ),
        (thing, "$ref points to a Schema, not a parameter; skipped"),
        ("#/info/title", "$ref points to a string, not a parameter; skipped"),
        (
            "#/components/parameters/Q",
            "$ref points to a Parameter, not a response; skipped",
        ),
    }
    (operation,) = [op for r in outcome.api.resources for op in r.operations]
    assert [p.wire for p in operation.parameters if p.location == "query"] == ["q"]
    resource = (tmp_path / "out/misplaced/resources/things.py").read_text()
    # The (optional) body is flattened into keyword arguments, the answer parsed as the model.
    assert "name: str | NotGiven = NOT_GIVEN," in resource
    assert ") -> Thing:" in resource
    import_all(tmp_path / "out", "misplaced")
