"""The corpus's TypeScript step (``harness.check_typescript``, ``run.py --ts`` / ``--ts-only``) on small specs:
a package that passes tsc, a spec the generator refuses, tsc's errors counted by code, and how rows and the
summary show them."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import run  # noqa: E402

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None, reason="the TypeScript step needs Node.js"
)

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1"},
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "pets_get",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Pet"}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"enum": ["cat", "dog"]},
                },
            }
        }
    },
}


def _spec(tmp_path: Path, document: dict[str, object]) -> Path:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_package_that_passes_tsc(tmp_path: Path) -> None:
    result = harness.check_spec(
        "pets", path=_spec(tmp_path, SPEC), python=False, typescript=True
    )
    assert result.ts_generated, result.ts_error
    assert result.ts_errors == 0, result.ts_sample
    assert result.ts_ok and result.ok
    assert result.ts_files and result.ts_files > 5
    assert result.generated is False and result.python is False
    assert run.status(result) == "ok"
    assert run.ts_cell(result) == "0"


def test_python_and_typescript_steps_together(tmp_path: Path) -> None:
    result = harness.check_spec("pets", path=_spec(tmp_path, SPEC), typescript=True)
    assert result.ok and result.generated and result.imported
    assert result.ts_ok
    assert run.status(result) == "ok"


def test_a_spec_the_generator_refuses(tmp_path: Path) -> None:
    broken = json.loads(json.dumps(SPEC))
    broken["paths"]["/pets/{id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"] = {"$ref": "#/components/schemas/Nowhere"}
    result = harness.check_spec(
        "broken", path=_spec(tmp_path, broken), python=False, typescript=True
    )
    assert result.ts_generated is False
    assert result.ts_error.startswith("error:") and "Nowhere" in result.ts_error
    assert result.ts_errors is None
    assert not result.ok
    assert run.status(result) == "TSFAIL"
    assert run.ts_cell(result) == "GEN"
    text, all_ok = run.summary([result])
    assert not all_ok
    assert "typescript generation failures: 1 in 1 group(s)" in text


def test_tsc_errors_are_counted_by_code(tmp_path: Path) -> None:
    result = harness.check_spec(
        "pets",
        path=_spec(tmp_path, SPEC),
        python=False,
        typescript=True,
        keep=tmp_path / "kept",
    )
    package = tmp_path / "kept" / "pets" / "ts-out" / "typescript"
    assert result.ts_ok and package.is_dir()
    with (package / "src" / "types.ts").open("a", encoding="utf-8") as handle:
        handle.write(
            'export const wrong: number = "a";\nexport const also: string = 1;\n'
        )
        handle.write("export const third: Pet = {};\n")
    harness.tsc_check(result, package)
    assert result.ts_errors == 3
    assert result.ts_codes == {"TS2322": 2, "TS2741": 1}
    assert result.ts_sample[0].startswith("src/types.ts(")
    assert not result.ts_ok and not result.ok
    assert run.status(result) == "TSC"
    assert run.ts_cell(result) == "3"
    assert "tsc (TS2322 2, TS2741 1): src/types.ts(" in run.row(result, 1, 1)
    text, all_ok = run.summary([result], markdown=True)
    assert not all_ok
    assert "tsc --strict clean 0 0.0% of 1 generated" in " ".join(text.split())
    assert "tsc errors by code (errors, specs):  TS2322 2 (1); TS2741 1 (1)" in text
    assert "| **tsc --strict clean** | **0 of 1 generated (0.0%)** |" in text


def test_a_run_of_the_typescript_step_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results.json"
    code = run.main(
        [
            "--ts-only",
            "--generator",
            "live",
            "--spec",
            str(_spec(tmp_path, SPEC)),
            "--results",
            str(results),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "typescript only" in out
    assert "tsc --strict clean 1 100.0% of 1 generated" in " ".join(out.split())
    saved = json.loads(results.read_text(encoding="utf-8"))
    assert saved["typescript"] == {"only": True, "tsc_timeout": 600.0}
    assert saved["mypy"] is False and saved["wire"] is False
    [row] = saved["results"]
    assert row["ts_generated"] is True and row["ts_errors"] == 0
    assert row["python"] is False and row["ok"] is True
