"""Golden files: each case's spec must generate exactly its ``expected/`` tree, and that tree must compile,
import, pass ``mypy --strict`` and ``black --check``. ``make test UPDATE_GOLDEN=1`` rewrites the expectations.
``generated/`` is the golden output of ``openapi.json``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import (
    ROOT,
    generate_in_process,
    import_all,
    mypy,
    read_tree,
    run_cli,
    tree_diff,
)

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _spec(case: Path) -> Path:
    for name in ("spec.yaml", "spec.json", "spec.yml"):
        if (case / name).exists():
            return case / name
    raise AssertionError(f"{case} has no spec")


def _generate(case_name: str, out: Path) -> Path:
    case = CASES_DIR / case_name
    config = case / "config.toml"
    outcome = generate_in_process(
        _spec(case),
        out,
        f"golden_{case_name}",
        config if config.exists() else None,
        package_files=False,
    )
    assert outcome.api is not None
    return out


@pytest.mark.parametrize("case_name", CASES)
def test_case_matches_expected(case_name: str, tmp_path: Path) -> None:
    out = _generate(case_name, tmp_path / "out")
    actual = read_tree(out)
    expected_dir = CASES_DIR / case_name / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(out, expected_dir)
        return
    assert (
        expected_dir.is_dir()
    ), f"no expected/ for {case_name}: run make test UPDATE_GOLDEN=1"
    diff = tree_diff(read_tree(expected_dir), actual)
    assert (
        not diff
    ), f"{case_name} differs from its golden files (UPDATE_GOLDEN=1 to accept):\n{diff}"


@pytest.mark.parametrize("case_name", CASES)
def test_case_imports(case_name: str) -> None:
    expected_dir = CASES_DIR / case_name / "expected"
    modules = import_all(expected_dir, f"golden_{case_name}")
    assert f"golden_{case_name}.models" in modules


def test_golden_outputs_pass_mypy_strict() -> None:
    packages = [CASES_DIR / name / "expected" / f"golden_{name}" for name in CASES]
    result = mypy(packages, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-5000:]


def test_golden_outputs_are_black_clean() -> None:
    paths = [str(CASES_DIR / name / "expected") for name in CASES] + [
        str(ROOT / "generated")
    ]
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_generated_is_the_output_of_openapi_json() -> None:
    result = run_cli("generate", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


@pytest.mark.parametrize("seed", ["0", "12345"])
def test_output_does_not_depend_on_hash_seed(seed: str, tmp_path: Path) -> None:
    case = CASES_DIR / "unions"
    reference = read_tree(case / "expected")
    result = run_cli(
        "generate",
        "--spec",
        _spec(case),
        "--out",
        tmp_path,
        "--package-name",
        "golden_unions",
        "--no-cache",
        "--config",
        os.devnull,
        env={"PYTHONHASHSEED": seed},
    )
    assert result.returncode == 0, result.stderr
    assert not tree_diff(reference, read_tree(tmp_path))
