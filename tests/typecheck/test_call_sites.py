"""Typing at the call site, judged by both type checkers users run: mypy --strict and pyright (pinned in
tests/typecheck/package.json, installed by ``make test`` and ``make lint``).

Small user programs of the generated Framelane client and of the ``params`` golden case: those under
``programs/pass/`` must pass both checkers; each one under ``programs/fail/`` must fail both, with every error
on the statement after its ``# expected: mypy: <text> | pyright: <text>`` line and naming the problem (a
misspelt key, a wrong enum literal, a wrong type, a missing required key, an attribute of the wrong member of
a narrowed union). The generated code itself must be pyright clean too (mypy's verdict is the golden tests').
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import ROOT, with_runtime

HERE = Path(__file__).parent
PYRIGHT = HERE / "node_modules" / ".bin" / "pyright"
CONFIG = HERE / "pyrightconfig.json"
PASS = sorted((HERE / "programs" / "pass").glob("*.py"))
FAIL = sorted((HERE / "programs" / "fail").glob("*.py"))
GOLDEN = ROOT / "tests" / "golden" / "cases"


def _complete(case: str) -> Path:
    """A golden case's expected tree with the runtime modules its package imports."""
    return with_runtime(GOLDEN / case / "expected", f"golden_{case}")


# Where the programs import the clients from (the pyright config written per run says the same).
PATHS = [ROOT / "generated", _complete("params")]


@dataclass(frozen=True)
class Error:
    checker: str
    path: Path
    line: int
    message: str


def _mypy(paths: list[Path]) -> tuple[int, list[Error]]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--no-incremental",
            "--no-error-summary",
            "--show-absolute-path",
            *map(str, paths),
        ],
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, PATHS))},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    errors = [
        Error("mypy", Path(m[1]), int(m[2]), m[3])
        for m in re.finditer(r"^(.+?):(\d+): error: (.*)$", result.stdout, re.M)
    ]
    assert result.returncode == (1 if errors else 0), result.stdout + result.stderr
    return result.returncode, errors


def _config() -> Path:
    """The checked-in pyright settings (what make lint uses) with the import paths of this run."""
    settings = json.loads(CONFIG.read_text(encoding="utf-8"))
    settings.pop("include", None)
    settings["extraPaths"] = [str(p) for p in PATHS]
    config = PATHS[1] / "pyrightconfig.json"
    config.write_text(json.dumps(settings), encoding="utf-8")
    return config


def _pyright(paths: list[Path]) -> tuple[int, list[Error]]:
    if not PYRIGHT.exists():
        pytest.fail(
            f"pyright is not installed in {HERE} (make test and make lint install it with npm ci)"
        )
    result = subprocess.run(
        [
            str(PYRIGHT),
            "--outputjson",
            "--pythonpath",
            sys.executable,
            "--project",
            str(_config()),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    report = json.loads(result.stdout)
    errors = [
        Error(
            "pyright",
            Path(d["file"]),
            d["range"]["start"]["line"] + 1,
            d["message"],
        )
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    return result.returncode, errors


def _expected(program: Path) -> tuple[range, dict[str, str]]:
    """The lines of the statement after the ``# expected:`` line, and the text each checker must name."""
    lines = program.read_text(encoding="utf-8").splitlines()
    (marker,) = [i for i, line in enumerate(lines) if "# expected: " in line]
    texts = dict(
        part.strip().split(": ", 1)
        for part in lines[marker].split("# expected: ", 1)[1].split(" | ")
    )
    end = marker + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return range(marker + 2, end + 1), texts


@pytest.fixture(scope="module")
def verdicts() -> dict[str, tuple[int, list[Error]]]:
    """Both checkers over every failing program at once (each file is its own module)."""
    return {"mypy": _mypy(FAIL), "pyright": _pyright(FAIL)}


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_the_programs_that_must_pass_pass(checker: str) -> None:
    status, errors = (_mypy if checker == "mypy" else _pyright)(PASS)
    assert (status, errors) == (0, []), "\n".join(
        f"{e.path.name}:{e.line}: {e.message}" for e in errors
    )


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
@pytest.mark.parametrize("program", FAIL, ids=lambda p: p.stem)
def test_the_programs_that_must_fail_fail_naming_the_problem(
    program: Path, checker: str, verdicts: dict[str, tuple[int, list[Error]]]
) -> None:
    status, errors = verdicts[checker]
    assert status == 1
    mine = [e for e in errors if e.path.resolve() == program.resolve()]
    where, texts = _expected(program)
    assert mine, f"{checker} found no error in {program.name}"
    assert all(
        e.line in where for e in mine
    ), f"{checker}: errors outside the statement {list(where)}: {mine}"
    assert any(
        texts[checker] in e.message for e in mine
    ), f"{checker} did not name {texts[checker]!r}: {[e.message for e in mine]}"


def test_the_generated_code_is_pyright_clean() -> None:
    """The Framelane client and every golden case's expected package."""
    packages = [ROOT / "generated" / "framelane"] + sorted(
        _complete(case.name) / f"golden_{case.name}"
        for case in GOLDEN.iterdir()
        if (case / "expected").is_dir()
    )
    status, errors = _pyright(packages)
    assert (status, errors) == (0, []), "\n".join(
        f"{e.path}:{e.line}: {e.message}" for e in errors[:40]
    )


def test_the_generated_readmes_webhook_pattern_narrows_for_both_checkers(
    tmp_path: Path,
) -> None:
    """generated/README.md's ``if event.type == "render.completed":`` example, as a user pastes it."""
    from tests.docs.support import blocks

    (block,) = [
        b
        for b in blocks(ROOT / "generated" / "README.md", "python")
        if "def handle(" in b.code
    ]
    assert 'if event.type == "render.completed":' in block.code
    program = tmp_path / "readme_webhooks.py"
    program.write_text(
        block.code.replace(
            "# narrowed to RenderCompletedEvent",
            "\n        assert_type(event, RenderCompletedEvent)",
        )
        + "\nfrom typing import assert_type\n"
        "from framelane.models import RenderCompletedEvent\n",
        encoding="utf-8",
    )
    assert _mypy([program]) == (0, [])
    assert _pyright([program]) == (0, [])
