"""Every client the conformance tests generate must also pass ``mypy --strict``: after each test module,
one mypy run checks the packages that module built (on this worker)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conformance import support


@pytest.fixture(scope="module", autouse=True)
def _typecheck_what_the_module_built() -> Iterator[None]:
    before = set(support.built_packages())
    yield
    new = [p for p in support.built_packages() if p not in before]
    if not new:
        return
    # The cache holds the stdlib, pydantic and httpx stubs between runs; the packages differ every time.
    cache = (
        Path(tempfile.gettempdir())
        / f"conformance-mypy-{os.getuid()}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--cache-dir",
            str(cache),
            *map(str, new),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:]
