"""What the loader's readings mean on the wire: a YAML 1.2 spec's ``on``/``yes`` values are sent as the strings
they are; an operation without responses still makes its call; a webhooks-only spec's client verifies and
parses each of its events. ``openapi-core`` judges the requests and deliveries against the spec as its author
meant it.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters

from generator.config import WebhooksConfig
from generator.loader.reading import read_document
from tests.conformance.support import Built, Reply, build, exchange
from tests.helpers import generate_in_process, mypy

_ROOT = Path(tempfile.mkdtemp(prefix="conformance-loader-"))


def build_yaml(text: str) -> Built:
    """Generate and import the client of a YAML spec, read by the generator from the YAML file itself; the
    spec given to ``openapi-core`` is the same file read by ruamel on its own (YAML 1.2, not our loader).
    """
    from ruamel.yaml import YAML

    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    package = f"conf_yaml_{digest}"
    folder = _ROOT / digest
    folder.mkdir(parents=True, exist_ok=True)
    spec_path = folder / "spec.yaml"
    spec_path.write_text(text, encoding="utf-8")
    outcome = generate_in_process(spec_path, folder / "out", package, Path(os.devnull))
    sys.path.insert(0, str(folder / "out"))
    module = importlib.import_module(package)
    spec = json.loads(json.dumps(YAML(typ="safe", pure=True).load(text)))
    return Built(
        spec=spec,
        package=module,
        out=folder / "out",
        warnings=[str(w) for w in outcome.warnings],
    )


SWITCHES = textwrap.dedent("""\
    openapi: 3.1.0
    info: {title: Switches, version: '1'}
    servers: [{url: 'https://api.example.test'}]
    paths:
      /switches:
        get:
          operationId: listSwitches
          parameters:
            - {name: state, in: query, required: true, schema: {type: string, enum: [on, off]}}
            - {name: confirm, in: query, schema: {type: string, enum: [yes, no]}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema:
                    type: object
                    required: [on, 'null']
                    properties:
                      on: {type: boolean}
                      null: {type: string, enum: [y, n]}
    """)


def test_yaml_1_2_enum_values_are_sent_as_strings() -> None:
    built = build_yaml(SWITCHES)
    assert built.spec["paths"]["/switches"]["get"]["parameters"][1]["schema"] == {
        "type": "string",
        "enum": ["yes", "no"],
    }
    reply = Reply(json={"on": True, "null": "y"})
    done = exchange(built, lambda c: c.switches.list(state="on", confirm="yes"), reply)
    assert done.request.method == "GET"
    assert done.request.query == "state=on&confirm=yes"
    done.validate()
    for result in done.results:
        assert result.model_dump(by_alias=True) == {"on": True, "null": "y"}


def test_the_loader_reads_the_spec_as_ruamel_does(tmp_path: Path) -> None:
    """The oracle's reading of ``SWITCHES`` (ruamel alone) is the loader's."""
    path = tmp_path / "spec.yaml"
    path.write_text(SWITCHES, encoding="utf-8")
    assert read_document(path) == build_yaml(SWITCHES).spec


NO_RESPONSES = {
    "openapi": "3.0.3",
    "info": {"title": "Jobs", "version": "1"},
    "paths": {
        "/jobs/{id}": {
            "delete": {
                "operationId": "deleteJob",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
            }
        }
    },
}


def test_an_operation_without_responses_makes_its_call_and_returns_none() -> None:
    built = build(NO_RESPONSES)
    assert any("responses is missing" in w for w in built.warnings)
    done = exchange(
        built,
        lambda c: c.jobs.delete("j 1"),
        Reply(status=202, json={"queued": True}),
    )
    assert (done.request.method, done.request.path) == ("DELETE", "/jobs/j%201")
    assert done.results == [None, None]
    raw = exchange(
        built,
        lambda c: c.jobs.with_raw_response.delete("j 1"),
        Reply(status=202, json={"queued": True}, headers={"X-Request-Id": "r1"}),
    )
    for response in raw.results:
        assert (response.status_code, response.request_id) == (202, "r1")
    # openapi-core refuses the spec itself (3.0 requires responses): its 3.1 reading judges the request.
    valid = json.loads(json.dumps(NO_RESPONSES))
    valid["openapi"] = "3.1.0"
    raw.built = Built(spec=valid, package=built.package, out=built.out, warnings=[])
    raw.validate(response=False)


def _event(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": schema}},
            },
            "responses": {"200": {"description": "received"}},
        }
    }


# Three bodies, none discriminated: an inline object, a component, an inline array.
WEBHOOKS_ONLY = {
    "openapi": "3.1.0",
    "info": {"title": "Hooks", "version": "1"},
    "webhooks": {
        "orderCreated": _event(
            {
                "type": "object",
                "required": ["order_id", "total"],
                "properties": {
                    "order_id": {"type": "string"},
                    "total": {"type": "integer"},
                },
            },
        ),
        "orderDeleted": _event({"$ref": "#/components/schemas/OrderDeleted"}),
        "ordersPurged": _event({"type": "array", "items": {"type": "string"}}),
    },
    "components": {
        "schemas": {
            "OrderDeleted": {
                "type": "object",
                "required": ["deleted_id", "reason"],
                "properties": {
                    "deleted_id": {"type": "string"},
                    "reason": {"type": "string"},
                },
            }
        }
    },
}
SETTINGS = {
    "webhooks": WebhooksConfig(signature_header="Hook-Signature", tolerance=300)
}


def _no_calls(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"unexpected request {request.method} {request.url}")


class Delivery:
    """A webhook delivery as ``openapi-core`` reads one."""

    def __init__(self, name: str, body: bytes) -> None:
        self.name = name
        self.method = "post"
        self.parameters = RequestParameters()
        self.content_type = "application/json"
        self.body = body


@pytest.fixture(scope="module")
def hooks() -> Built:
    return build(WEBHOOKS_ONLY, **SETTINGS)


@pytest.mark.parametrize(
    ("name", "payload", "model"),
    [
        ("orderCreated", {"order_id": "o1", "total": 3}, "OrderCreatedEvent"),
        ("orderDeleted", {"deleted_id": "o1", "reason": "dup"}, "OrderDeleted"),
        ("ordersPurged", ["o1", "o2"], None),
    ],
)
def test_a_webhooks_only_client_verifies_and_parses_each_event(
    hooks: Built, name: str, payload: Any, model: str | None
) -> None:
    body = json.dumps(payload).encode()
    OpenAPI.from_dict(WEBHOOKS_ONLY).validate_request(Delivery(name, body))
    signing = importlib.import_module(f"{hooks.package.__name__}._webhooks")
    headers = {"Hook-Signature": signing.sign(body, "s3cret", int(time.time()))}
    client = hooks.client(httpx.MockTransport(_no_calls), is_async=False)
    event = client.webhooks.unwrap(body, headers, secret="s3cret")
    if model is None:
        assert event == payload
    else:
        assert type(event).__name__ == model
        assert event.model_dump() == payload
    with pytest.raises(Exception, match="No signature matches"):
        client.webhooks.unwrap(body + b" ", headers, secret="s3cret")


def test_a_webhooks_only_client_is_mypy_strict_clean(hooks: Built) -> None:
    result = mypy([Path(hooks.package.__file__).parent], cwd=hooks.out)
    assert result.returncode == 0, result.stdout[-3000:]
