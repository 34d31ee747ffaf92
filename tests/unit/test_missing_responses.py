"""An operation without ``responses`` (required in OpenAPI 3.0, optional in 3.1) keeps its method, which returns
None, as a 3.1 one does; in 3.0 a warning names the operation's pointer. The spec is no longer refused.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import lowered, run_cli


def spec(version: str, operation: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/jobs/{id}": {
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "delete": {"operationId": "deleteJob", **operation},
                "get": {
                    "operationId": "getJob",
                    "responses": {"204": {"description": "none"}},
                },
            }
        },
    }


@pytest.mark.parametrize(
    ("version", "operation", "warning"),
    [
        ("3.0.3", {}, "responses is missing (OpenAPI 3.0 requires it)"),
        ("3.0.3", {"responses": None}, "responses is not an object"),
        ("3.1.0", {"responses": ["200"]}, "responses is not an object"),
        ("3.1.0", {}, None),
    ],
)
def test_the_method_is_kept_and_returns_none(
    tmp_path: Path, version: str, operation: dict[str, Any], warning: str | None
) -> None:
    api, diagnostics = lowered(tmp_path, spec(version, operation), "jobs")
    (resource,) = api.resources
    delete = next(op for op in resource.operations if op.operation_id == "deleteJob")
    assert (delete.method, delete.path) == ("delete", "/jobs/{id}")
    assert [p.wire for p in delete.parameters] == ["id"]
    assert (delete.returns_kind, delete.returns, delete.responses) == (
        "empty",
        None,
        (),
    )
    expected = (
        set()
        if warning is None
        else {
            (
                "#/paths/~1jobs~1{id}/delete/responses",
                f"{warning}; read as no documented response (the method returns None)",
            )
        }
    )
    assert {(w.pointer, w.message) for w in diagnostics.sorted()} == expected


def test_the_command_line_generates_with_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec("3.0.3", {})))
    result = run_cli(
        "generate",
        "--spec",
        path,
        "--out",
        tmp_path / "out",
        "--package-name",
        "jobs",
        "--config",
        os.devnull,
        "--no-cache",
    )
    assert result.returncode == 0, result.stderr
    assert (
        "warning: #/paths/~1jobs~1{id}/delete/responses: responses is missing "
        "(OpenAPI 3.0 requires it)" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert (
        "def delete("
        in (tmp_path / "out" / "jobs" / "resources" / "jobs.py").read_text()
    )
