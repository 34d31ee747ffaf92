"""Waiting for jobs: ``wait()`` polls until a terminal status (from the settings), backing off, and raises
``WaitTimeoutError`` carrying the last state past its deadline."""

from __future__ import annotations

import inspect
import time

import pytest

import framelane

from .conftest import Harness
from .scripted import Reply, ScriptedServer, error, job


def test_wait_polls_through_processing_to_completed(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(json=job(status="queued")),
        Reply(json=job(status="processing", progress_percent=10)),
        Reply(json=job(status="processing", progress_percent=80)),
        Reply(
            json=job(status="completed", output={"url": "https://cdn.example/o.mp4"})
        ),
        Reply(json=job(status="queued")),  # never reached
    )
    client = h.make()
    result = h.run(client.renders.wait("render_1", poll_interval=0.01, timeout=5))
    assert result.status == "completed"
    assert result.output.url == "https://cdn.example/o.mp4"
    assert server.count == 4
    assert all(r.header("Authorization") for r in server.requests)


@pytest.mark.parametrize("terminal", ["failed", "cancelled"])
def test_failed_and_cancelled_are_terminal_too(
    h: Harness, server: ScriptedServer, terminal: str
) -> None:
    server.route(
        "GET",
        "/v1/tasks/task_1",
        Reply(json=job("task_1", "processing")),
        Reply(json=job("task_1", terminal)),
    )
    client = h.make()
    result = h.run(client.tasks.wait("task_1", poll_interval=0.01, timeout=5))
    assert (result.id, result.status) == ("task_1", terminal)
    assert server.count == 2


def test_unknown_status_is_not_terminal(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(json=job(status="paused_by_operator")),
        Reply(json=job(status="completed")),
    )
    client = h.make()
    assert (
        h.run(client.renders.wait("render_1", poll_interval=0.01, timeout=5)).status
        == "completed"
    )
    assert server.count == 2


def test_wait_past_its_deadline_raises_with_the_last_job(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(json=job(status="processing", progress_percent=42)),
    )
    client = h.make()
    started = time.monotonic()
    with pytest.raises(framelane.WaitTimeoutError) as info:
        h.run(client.renders.wait("render_1", timeout=0.3, poll_interval=0.05))
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 1.0
    assert isinstance(info.value, framelane.FramelaneError)
    last = info.value.last
    assert isinstance(last, framelane.models.job.Job)
    assert (last.status, last.progress_percent) == ("processing", 42)
    assert "processing" in str(info.value)
    assert server.count >= 2


def test_wait_backs_off_between_polls(h: Harness, server: ScriptedServer) -> None:
    processing = Reply(json=job(status="processing"))
    server.route(
        "GET",
        "/v1/renders/render_1",
        processing,
        processing,
        processing,
        Reply(json=job(status="completed")),
    )
    client = h.make()
    h.run(client.renders.wait("render_1", poll_interval=0.05, timeout=5))
    times = [r.arrived for r in server.requests]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) == 3
    # Sleeps never end early: 0.05 s, then growing by half (at least 0.1 s). The gaps are taken where the
    # server's thread noted each arrival, which can lag by some milliseconds on a busy machine (a gap then
    # reads short by that lag), hence the slack below each bound; it is far less than the steps it tells apart.
    for gap, expected in zip(gaps, [0.05, 0.1, 0.15]):
        assert expected - 0.02 <= gap < expected + 0.5, gaps


def test_errors_while_waiting_propagate(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET", "/v1/renders/render_1", error(404, "not_found", "No such render.")
    )
    client = h.make()
    with pytest.raises(framelane.NotFoundError):
        h.run(client.renders.wait("render_1", poll_interval=0.01, timeout=5))


def test_transient_errors_while_waiting_are_retried(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(json=job(status="processing")),
        error(503, "service_unavailable", "busy", headers={"Retry-After": "0"}),
        Reply(json=job(status="completed")),
    )
    client = h.make()
    assert (
        h.run(client.renders.wait("render_1", poll_interval=0.01, timeout=5)).status
        == "completed"
    )
    assert server.count == 3


def test_imports_wait_for_their_own_terminal_statuses(
    h: Harness, server: ScriptedServer
) -> None:
    body = {
        "id": "imp_1",
        "status": "ready",
        "source_url": "https://x/a.mp4",
        "created_at": "2024-01-01T00:00:00Z",
    }
    server.route(
        "GET",
        "/v1/imports/imp_1",
        Reply(json={**body, "status": "importing"}),
        Reply(json=body),
    )
    client = h.make()
    result = h.run(client.imports.wait("imp_1", poll_interval=0.01, timeout=5))
    assert result.status == "ready"
    assert server.count == 2


def test_wait_signature(h: Harness) -> None:
    client = h.make()
    for method in (client.renders.wait, client.tasks.wait):
        params = inspect.signature(method).parameters
        assert params["timeout"].default == 600.0
        assert params["poll_interval"].default == 1.0
        assert params["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
        assert inspect.iscoroutinefunction(method) == h.is_async


def test_a_hanging_poll_does_not_outlive_the_deadline(
    h: Harness, server: ScriptedServer
) -> None:
    """A poll whose answer never comes is cut off at the wait's deadline (not at the client's 60 s
    timeout): each poll's request timeout is what is left of the wait, and at least a second.
    """
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(json=job(status="processing")),
        Reply(json=job(status="processing"), delay=30),
        Reply(json=job(status="processing"), delay=30),
    )
    client = h.make(max_retries=0)
    started = time.monotonic()
    with pytest.raises(framelane.FramelaneError):
        h.run(client.renders.wait("render_1", poll_interval=0.01, timeout=1.5))
    assert time.monotonic() - started < 6
