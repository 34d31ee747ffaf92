"""The wire pass's own parts, checked without the corpus: the schema conversion for hypothesis-jsonschema, the
classification of openapi-core's verdicts, the folding of a worker's report, and one small spec end to end (a
simple operation passes, the spec's defects are counted as such, not as the client's).

The corpus run (``make corpus``) is where the pass measures real specs; ``test_fast_subset.py`` runs it on a few.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.configurations import Config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import wire_call  # noqa: E402
import wire_report  # noqa: E402
from wire_data import Converter, draw  # noqa: E402

from tests.conformance.oracle import CoreRequest, Sent  # noqa: E402

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Wire", "version": "1"},
    "servers": [{"url": "https://api.wire.test/v1"}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                    },
                    {"name": "tag", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Item"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/items/{item_id}/parts/{part}": {
            "get": {
                "operationId": "getPart",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/items/{item_id}": {
            "delete": {
                "operationId": "deleteItem",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"404": {"description": "not found"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "name": {"type": "string", "nullable": True},
                    "child": {"$ref": "#/components/schemas/Item"},
                },
            }
        }
    },
}


def test_conversion_translates_openapi_30_and_cuts_recursion() -> None:
    converter = Converter(SPEC)
    item = {"$ref": "#/components/schemas/Item"}
    request = converter.convert(item, direction="request", full=True)
    assert request["properties"]["id"] is False  # readOnly: not sent
    assert "id" not in request["required"]
    assert request["properties"]["name"]["type"] == ["string", "null"]
    assert (
        request["properties"]["child"] is False
    )  # the recursion, cut: a finite instance
    assert request["required"] == ["name"]  # ``full``: every property kept is required
    response = converter.convert(item, direction="response", full=False)
    assert response["required"] == ["id", "name"]
    assert response["properties"]["child"] is False  # optional, and not ``full``
    values = draw(response, 2, lambda v: True)
    assert values and all(set(v) == {"id", "name"} for v in values)


def _sent(url: str, headers: dict[str, str] | None = None) -> Sent:
    return Sent("GET", httpx.URL(url), httpx.Headers(headers or {}), b"")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://api.wire.test/v1/items", "query parameter missing"),
        ("https://api.wire.test/v1/items?limit=zero", "query parameter style"),
        ("https://api.wire.test/v1/items?limit=0", "query parameter arrives altered"),
        ("https://api.wire.test/v2/items?limit=1", "URL (server or path)"),
    ],
)
def test_openapi_core_verdicts_are_classified(url: str, kind: str) -> None:
    openapi = OpenAPI.from_dict(SPEC, config=Config(spec_validator_cls=None))
    sent = _sent(url)
    errors = list(openapi.request_validator.iter_errors(CoreRequest(sent)))
    assert [wire_call.classify(e, SPEC, sent, None)[:2] for e in errors] == [
        ("fail", kind)
    ]


def test_a_case_sensitive_bearer_scheme_is_openapi_cores_fault() -> None:
    spec = {
        **SPEC,
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "Bearer"}}
        },
        "security": [{"token": []}],
    }
    openapi = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
    sent = _sent(
        "https://api.wire.test/v1/items?limit=1", {"Authorization": "Bearer abc"}
    )
    errors = list(openapi.request_validator.iter_errors(CoreRequest(sent)))
    assert [wire_call.classify(e, spec, sent, None)[:2] for e in errors] == [
        ("harness", "openapi-core: HTTP auth scheme compared case-sensitively")
    ]


def test_a_killed_worker_counts_what_it_did_not_reach() -> None:
    report = {"stage": "exercising", "operations": {"GET /a": {"outcome": "pass"}}}
    folded = wire_report.fold(report, ["GET /a", "GET /b"])
    assert folded["wire_outcomes"] == {"pass": 1, "fail": 0, "defect": 0, "harness": 1}
    assert folded["wire_operations"]["GET /b"].startswith(
        "harness: the wire worker stopped while exercising"
    )


def test_a_small_spec_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(SPEC), encoding="utf-8")
    result = harness.check_spec(
        "wire-test", path=path, timeout=120, wire=True, wire_timeout=120
    )
    assert result.imported, result.import_errors
    assert not result.wire_error
    outcomes = {op: text.split(":")[0] for op, text in result.wire_operations.items()}
    assert outcomes == {
        "GET /items": "pass",
        "GET /items/{item_id}/parts/{part}": "defect",  # {part} is declared by no parameter
        "DELETE /items/{item_id}": "defect",  # no success response
    }
    assert result.wire_reasons == {
        "defect: the path names '…', which no parameter declares": 1,
        "defect: response: no success response is documented (no 2xx, no default)": 1,
    }


def test_a_scheme_relative_server_is_openapi_cores_fault() -> None:
    spec = {**SPEC, "servers": [{"url": "//api.wire.test/v1"}]}
    openapi = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
    sent = _sent("https://api.wire.test/v1/items?limit=1")
    errors = list(openapi.request_validator.iter_errors(CoreRequest(sent)))
    assert [wire_call.classify(e, spec, sent, None)[:2] for e in errors] == [
        ("harness", "openapi-core: a scheme-relative server URL never matches")
    ]


def test_a_server_with_its_default_port_is_openapi_cores_fault() -> None:
    spec = {**SPEC, "servers": [{"url": "https://api.wire.test:443/v1"}]}
    openapi = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
    sent = _sent("https://api.wire.test/v1/items?limit=1")  # as httpx sends it
    errors = list(openapi.request_validator.iter_errors(CoreRequest(sent)))
    assert [wire_call.classify(e, spec, sent, None)[:2] for e in errors] == [
        ("harness", "openapi-core: a server URL with its default port never matches")
    ]
