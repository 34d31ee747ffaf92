"""Fixtures of the documentation tests: a loopback server scripted with the docs' answers, and Prism."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.client.scripted import ScriptedServer
from tests.docs.support import script_api
from tests.helpers import ROOT


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A loopback server that answers the calls of the docs' examples."""
    srv = script_api(ScriptedServer())
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism serving openapi.json (skips when it cannot be installed or started, e.g. without npm)."""
    sys.path.insert(0, str(ROOT / "tests" / "mock"))
    try:
        import prism_mock
    finally:
        sys.path.remove(str(ROOT / "tests" / "mock"))
    try:
        mock = prism_mock.start(
            log_path=Path(tmp_path_factory.mktemp("prism")) / "prism.log"
        )
    except prism_mock.MockError as exc:
        pytest.fail(
            f"Prism is not available (make test installs it with npm ci): {exc}"
        )
    try:
        yield mock.base_url
    finally:
        mock.stop()
