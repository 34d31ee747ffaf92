"""The contract suite's mock server: one Prism per test session, on a free loopback port."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mock"))

import prism_mock  # noqa: E402

from contract_support import MOCK_URL_ENV  # noqa: E402


@pytest.fixture(scope="session")
def mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of Prism serving openapi.json (installed with npm ci on first use, stopped by pid)."""
    given = os.environ.get(MOCK_URL_ENV)
    if given:  # a nested run (the broken-template test) shares its parent's server
        yield given
        return
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    server = prism_mock.start(log_path=log)
    try:
        yield server.base_url
    finally:
        server.stop()
