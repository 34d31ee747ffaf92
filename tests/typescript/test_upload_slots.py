"""The ``upload()`` helper of the TypeScript target on a slot operation that takes a media type but no file
name (``filename_field`` names a property the spec does not have): the slot request carries what the operation
takes, the package passes ``tsc`` with the strict flags, and the helper sends it."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import run_cli

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ts_tools  # noqa: E402

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None, reason="the TypeScript tests need Node.js"
)

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Slots", "version": "1"},
    "servers": [{"url": "http://api.test"}],
    "paths": {
        "/uploads": {
            "post": {
                "operationId": "createUpload",
                "tags": ["uploads"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["content_type"],
                                "properties": {"content_type": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["upload_url"],
                                    "properties": {"upload_url": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}

CONFIG = textwrap.dedent("""\
    [tool.generator]
    package_name = "slots"

    [tool.generator.uploads]
    resource = "uploads"
    operation = "create"
    upload_url_field = "upload_url"
    content_type_field = "content_type"
    filename_field = "filename"
    """)

CALLS = """
import { pathToFileURL } from "node:url";
import { join } from "node:path";
const sdk = await import(pathToFileURL(join(process.env.SDK_DIST, "index.js")).href);
const sent = [];
const fetch = async (url, init) => {
  const body = init.body instanceof Uint8Array || init.body instanceof Blob ? "<bytes>" : init.body ?? null;
  sent.push({ method: init.method, url: String(url), body });
  const answer = String(url).endsWith("/uploads") ? { upload_url: "http://files.test/slot" } : {};
  return new Response(JSON.stringify(answer), { status: 200, headers: { "content-type": "application/json" } });
};
const client = new sdk.default({ baseURL: "http://api.test", fetch, maxRetries: 0, apiKey: "k" });
await client.uploads.upload(new Blob([new Uint8Array([1, 2])], { type: "video/mp4" }), { filename: "a.mp4" });
console.log(JSON.stringify(sent));
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("slots")
    (root / "spec.json").write_text(json.dumps(SPEC))
    (root / "pyproject.toml").write_text(CONFIG)
    result = run_cli(
        "generate", "--target", "typescript", "--spec", root / "spec.json", "--out", root / "out",
        "--config", root / "pyproject.toml", "--no-cache", "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return root / "out" / "typescript"


def test_the_slot_request_names_only_the_properties_the_operation_has(
    package: Path,
) -> None:
    text = (package / "src" / "resources" / "uploads.ts").read_text()
    assert "{ content_type: contentType }" in text
    assert ": filename" not in text


def test_the_helper_compiles_and_sends_the_slot_request(
    package: Path, tmp_path: Path
) -> None:
    printed = ts_tools.build_and_run(package, CALLS, tmp_path)
    slot, put = json.loads(printed)
    assert (slot["method"], slot["url"]) == ("POST", "http://api.test/uploads")
    assert json.loads(slot["body"]) == {"content_type": "video/mp4"}
    assert (put["method"], put["url"]) == ("PUT", "http://files.test/slot")
