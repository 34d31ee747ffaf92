"""Golden files: each case's spec must generate exactly its ``expected/`` tree, and the package it generates
must compile, import, pass ``mypy --strict`` and ``black --check``. ``make test UPDATE_GOLDEN=1`` rewrites the
expectations. ``generated/`` is the golden output of ``openapi.json``.

The expected trees leave out the runtime modules (``generator/targets/python/runtime``): those are copied into
every package as they are, which a test here checks once per case instead of keeping 20 copies of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.targets.python.environment import RUNTIME
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


def _runtime_copies(tree: dict[str, bytes], package: str) -> dict[str, bytes]:
    """The files of ``tree`` that are copies of runtime modules, by runtime file name."""
    names = {p.name for p in RUNTIME.glob("*.py")}
    return {
        path.split("/", 1)[1]: data
        for path, data in tree.items()
        if path.startswith(f"{package}/") and path.split("/", 1)[1] in names
    }


def _without_runtime(tree: dict[str, bytes], package: str) -> dict[str, bytes]:
    copies = {f"{package}/{name}" for name in _runtime_copies(tree, package)}
    return {path: data for path, data in tree.items() if path not in copies}


@pytest.fixture(scope="module")
def generated_cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case generated once, whole (runtime modules included), for the import, mypy and black checks."""
    root = tmp_path_factory.mktemp("golden")
    for case_name in CASES:
        _generate(case_name, root / case_name)
    return root


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
    package = f"golden_{case_name}"
    whole = read_tree(out)
    for name, data in _runtime_copies(whole, package).items():
        assert (
            data == (RUNTIME / name).read_bytes()
        ), f"{name} is not a copy of the runtime's"
    actual = _without_runtime(whole, package)
    expected_dir = CASES_DIR / case_name / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, data in actual.items():
            target = expected_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return
    assert (
        expected_dir.is_dir()
    ), f"no expected/ for {case_name}: run make test UPDATE_GOLDEN=1"
    diff = tree_diff(read_tree(expected_dir), actual)
    assert (
        not diff
    ), f"{case_name} differs from its golden files (UPDATE_GOLDEN=1 to accept):\n{diff}"


@pytest.mark.parametrize("case_name", CASES)
def test_case_imports(case_name: str, generated_cases: Path) -> None:
    modules = import_all(generated_cases / case_name, f"golden_{case_name}")
    assert f"golden_{case_name}.models" in modules


def test_golden_outputs_pass_mypy_strict(generated_cases: Path) -> None:
    packages = [generated_cases / name / f"golden_{name}" for name in CASES]
    result = mypy(packages, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-5000:]


def test_golden_outputs_are_black_clean(generated_cases: Path) -> None:
    paths = [str(generated_cases / name) for name in CASES] + [str(ROOT / "generated")]
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
    assert not tree_diff(
        reference, _without_runtime(read_tree(tmp_path), "golden_unions")
    )
