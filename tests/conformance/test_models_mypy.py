"""``mypy --strict`` accepts the client of every spec of the model conformance tests: one mypy run over all
of them (a run costs seconds, a spec adds little)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import tests.conformance as conformance
from tests.conformance.models import build
from tests.helpers import mypy


def _specs() -> list[dict[str, Any]]:
    """The ``SPECS`` of every ``test_models_*`` module."""
    found: list[dict[str, Any]] = []
    for info in pkgutil.iter_modules(conformance.__path__):
        if info.name.startswith("test_models_"):
            module = importlib.import_module(f"tests.conformance.{info.name}")
            found.extend(getattr(module, "SPECS", []))
    return found


def test_the_specs_are_collected() -> None:
    assert len(_specs()) >= 3


def test_mypy_strict_accepts_every_generated_package(tmp_path: Path) -> None:
    packages = []
    for spec in _specs():
        built = build(spec)
        packages.append(built.out / built.package.__name__)
    result = mypy(packages, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
