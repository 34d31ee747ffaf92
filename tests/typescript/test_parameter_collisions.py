"""Parameters of one call that share a name across locations, in the TypeScript target (whose params object is
keyed by wire names): a body field named like a query parameter (AWS's ``MaxResults``/``NextToken`` beside the
same body fields: 1,962 operations of 237 directory specs), one name as a query and a header parameter, a
query parameter called ``body`` beside a whole body, and a path template naming one variable twice (Azure's
``System.{location}/.../fabricLocations/{location}``). Each value must reach the wire where the spec puts it:
the package is compiled with the strict flags and called through a scripted fetch under node.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_cli

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ts_tools  # noqa: E402

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None, reason="the TypeScript tests need Node.js"
)

OK = {
    "200": {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
            }
        },
    }
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Collisions", "version": "1"},
    "servers": [{"url": "http://api.test"}],
    "paths": {
        "/items": {
            "post": {
                "operationId": "items_list",
                "tags": ["items"],
                "parameters": [
                    {"name": "MaxResults", "in": "query", "schema": {"type": "string"}},
                    {"name": "NextToken", "in": "query", "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["Filter"],
                                "properties": {
                                    "MaxResults": {"type": "integer"},
                                    "NextToken": {"type": "string"},
                                    "Filter": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": OK,
            }
        },
        "/events": {
            "get": {
                "operationId": "events_list",
                "tags": ["events"],
                "parameters": [
                    {
                        "name": "Last-Event-ID",
                        "in": "query",
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "Last-Event-ID",
                        "in": "header",
                        "schema": {"type": "string"},
                    },
                ],
                "responses": OK,
            }
        },
        "/regions/{location}/zones/{location}": {
            "get": {
                "operationId": "regions_retrieve",
                "tags": ["regions"],
                "parameters": [
                    {
                        "name": "location",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": OK,
            }
        },
        "/notes": {
            "post": {
                "operationId": "notes_create",
                "tags": ["notes"],
                "parameters": [
                    {"name": "body", "in": "query", "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "integer"}}
                        }
                    },
                },
                "responses": OK,
            }
        },
    },
}

CALLS = """
import { pathToFileURL } from "node:url";
import { join } from "node:path";
const sdk = await import(pathToFileURL(join(process.env.SDK_DIST, "index.js")).href);
const sent = [];
const fetch = async (url, init) => {
  sent.push({ url: String(url), headers: Object.fromEntries(new Headers(init.headers)), body: init.body ?? null });
  return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
};
const client = new sdk.default({ baseURL: "http://api.test", fetch, maxRetries: 0 });
await client.items.list({ MaxResults: "5", body: { MaxResults: 10, NextToken: "b", Filter: "f" } });
await client.events.list({ "Last-Event-ID": "q", "header_Last-Event-ID": "h" });
await client.notes.create({ body: "x", requestBody: [1, 2] });
await client.regions.retrieve("eu-1");
console.log(JSON.stringify(sent));
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("collisions")
    spec = root / "spec.json"
    spec.write_text(json.dumps(SPEC))
    result = run_cli(
        "generate", "--target", "typescript", "--spec", spec, "--out", root / "out",
        "--package-name", "collisions", "--config", os.devnull, "--no-cache", "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return root / "out" / "typescript"


def test_the_package_passes_tsc_strict(package: Path) -> None:
    check = ts_tools.tsc(
        "-p", str(package / "tsconfig.json"), "--noEmit", *ts_tools.STRICT
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_params_keep_every_value_apart(package: Path) -> None:
    text = (package / "src" / "resources" / "items.ts").read_text()
    assert "body: Types.ItemsListBody;" in text and "body: params.body," in text
    text = (package / "src" / "resources" / "events.ts").read_text()
    assert '"header_Last-Event-ID"?: string | undefined;' in text
    assert "Sent as the header parameter `Last-Event-ID`." in text
    assert 'pick(params, [["header_Last-Event-ID", "Last-Event-ID"]])' in text
    text = (package / "src" / "resources" / "notes.ts").read_text()
    assert "requestBody: Array<number>;" in text and "body: params.requestBody," in text
    text = (package / "src" / "resources" / "regions.ts").read_text()
    assert "retrieve(location: string, options?: RequestOptions)" in text


def test_every_value_reaches_its_place_on_the_wire(
    package: Path, tmp_path: Path
) -> None:
    printed = ts_tools.build_and_run(package, CALLS, tmp_path)
    items, events, notes, regions = json.loads(printed)
    assert items["url"] == "http://api.test/items?MaxResults=5"
    assert json.loads(items["body"]) == {
        "MaxResults": 10,
        "NextToken": "b",
        "Filter": "f",
    }
    assert events["url"] == "http://api.test/events?Last-Event-ID=q"
    assert events["headers"]["last-event-id"] == "h"
    assert notes["url"] == "http://api.test/notes?body=x"
    assert json.loads(notes["body"]) == [1, 2]
    assert regions["url"] == "http://api.test/regions/eu-1/zones/eu-1"
