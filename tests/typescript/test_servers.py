"""Operation servers in the TypeScript target, as in the Python one: a path's ``servers: [{url: ""}]`` is the
API's origin, a relative server is relative to whichever base URL the client has, and an absolute one gives
way to a base URL given to the client. The package is compiled with the strict flags and called through a
scripted fetch under node."""

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


def _op(operation_id: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": ["calls"],
        "responses": {"204": {"description": "none"}},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Servers", "version": "1"},
    "servers": [{"url": "http://api.test/api/v2"}],
    "paths": {
        "/health": {"servers": [{"url": ""}], "get": _op("health")},
        "/plain": {"get": _op("plain")},
        "/away": {"servers": [{"url": "https://other.test/v9"}], "get": _op("away")},
    },
}

CALLS = """
import { pathToFileURL } from "node:url";
import { join } from "node:path";
const sdk = await import(pathToFileURL(join(process.env.SDK_DIST, "index.js")).href);
const sent = [];
const fetch = async (url) => {
  sent.push(String(url));
  return new Response(null, { status: 204 });
};
for (const options of [{}, { baseURL: "http://127.0.0.1:9/x" }]) {
  const client = new sdk.default({ ...options, fetch, maxRetries: 0 });
  await client.calls.health();
  await client.calls.plain();
  await client.calls.away();
}
console.log(JSON.stringify(sent));
"""


def test_operation_servers_resolve_against_the_clients_base(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC))
    result = run_cli(
        "generate", "--target", "typescript", "--spec", spec, "--out", tmp_path / "out",
        "--package-name", "servers", "--config", os.devnull, "--no-cache", "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    package = tmp_path / "out" / "typescript"
    printed = ts_tools.build_and_run(package, CALLS, tmp_path)
    assert json.loads(printed) == [
        "http://api.test/health",
        "http://api.test/api/v2/plain",
        "https://other.test/v9/away",
        "http://127.0.0.1:9/health",
        "http://127.0.0.1:9/x/plain",
        "http://127.0.0.1:9/x/away",
    ]
