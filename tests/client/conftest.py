"""Fixtures of the client behaviour tests: the generated package on ``sys.path``, scripted loopback servers, and
a harness that runs every test against the synchronous and the asynchronous client alike.
"""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "generated"
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

import framelane  # noqa: E402

from .scripted import ScriptedServer  # noqa: E402

API_KEY = "sk_test_Zq8vN3secretKEY4242"
"""Distinctive, so that finding it anywhere it must not be is unambiguous."""


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FRAMELANE_API_KEY", "FRAMELANE_BASE_URL", "FRAMELANE_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer()
    yield srv
    srv.close()


@pytest.fixture
def storage() -> Iterator[ScriptedServer]:
    """A second server on another port: another origin, like a storage host."""
    srv = ScriptedServer()
    yield srv
    srv.close()


class Harness:
    """Builds clients of one flavour and runs their calls: ``h.run(client.renders.create(...))`` returns the
    result for the sync client and awaits the coroutine (or awaitable) for the async one.
    """

    def __init__(self, is_async: bool, server: ScriptedServer) -> None:
        self.is_async = is_async
        self.server = server
        self.cls: Any = framelane.AsyncFramelane if is_async else framelane.Framelane
        self._runner = asyncio.Runner() if is_async else None
        self._clients: list[Any] = []

    def make(self, *, fast_retries: bool = True, **kwargs: Any) -> Any:
        """A client of this flavour talking to the scripted server; retries back off in milliseconds unless
        ``fast_retries=False`` (through the client's documented ``initial_retry_delay``).
        """
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", self.server.url)
        client = self.cls(**kwargs)
        if fast_retries:
            client.initial_retry_delay = 0.001
        self._clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        if not inspect.isawaitable(value):
            return value
        assert self._runner is not None, "the sync client returned an awaitable"

        async def wait() -> Any:
            return await value

        return self._runner.run(wait())

    def close(self) -> None:
        for client in self._clients:
            if self.is_async:
                self.run(client.aclose())
            else:
                client.close()
        if self._runner is not None:
            self._runner.close()


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest, server: ScriptedServer) -> Iterator[Harness]:
    harness = Harness(request.param == "async", server)
    yield harness
    harness.close()


@pytest.fixture
def client(h: Harness) -> Any:
    return h.make()


@pytest.fixture
def sync_h(server: ScriptedServer) -> Iterator[Harness]:
    """For tests of what only the synchronous client has (``for`` over a page)."""
    harness = Harness(False, server)
    yield harness
    harness.close()


@pytest.fixture
def async_h(server: ScriptedServer) -> Iterator[Harness]:
    """For tests of what only the asynchronous client has (``async for``, ``await`` on a list)."""
    harness = Harness(True, server)
    yield harness
    harness.close()
