"""Retries (which failures, how many, how long between) and idempotency keys (one per call, kept by its
retries, the caller's own winning)."""

from __future__ import annotations

import email.utils
import logging
import threading
import math
import time
import uuid
from collections.abc import Iterator

import pytest

import framelane

from .conftest import Harness
from .scripted import Reply, ScriptedServer, error, job

RETRY_NOW = {"Retry-After": "0"}


def gaps(server: ScriptedServer) -> list[float]:
    times = [r.arrived for r in server.requests]
    return [b - a for a, b in zip(times, times[1:])]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retried_statuses(h: Harness, server: ScriptedServer, status: int) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(status, "transient", "try again"),
        Reply(json=job()),
    )
    client = h.make()
    assert h.run(client.renders.retrieve("r1")).id == "render_1"
    assert server.count == 2
    assert server.requests[0].header("Authorization") == server.requests[1].header(
        "Authorization"
    )


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_statuses_never_retried(
    h: Harness, server: ScriptedServer, status: int
) -> None:
    # Even with a Retry-After, and with retries to spare.
    server.route(
        "POST",
        "/v1/renders",
        error(status, "nope", "no", headers=RETRY_NOW),
        Reply(202, json=job()),
    )
    client = h.make(max_retries=5)
    with pytest.raises(framelane.APIStatusError) as info:
        h.run(client.renders.create(width=640, height=360))
    assert info.value.status_code == status
    assert server.count == 1


def test_conflict_is_not_retried(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "POST",
        "/v1/renders",
        error(409, "idempotency_key_reused", "Different body.", headers=RETRY_NOW),
        Reply(202, json=job()),
    )
    client = h.make(max_retries=3)
    with pytest.raises(framelane.ConflictError):
        h.run(client.renders.create(width=640, height=360, idempotency_key="k1"))
    assert server.count == 1


def test_gives_up_after_max_retries(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(503, "service_unavailable", "busy", headers=RETRY_NOW),
    )
    client = h.make()
    with pytest.raises(framelane.InternalServerError) as info:
        h.run(client.renders.retrieve("r1"))
    assert info.value.status_code == 503
    assert server.count == 3  # the default max_retries is 2


@pytest.mark.parametrize("retries", [0, 1, 4])
def test_max_retries_per_call(h: Harness, server: ScriptedServer, retries: int) -> None:
    server.route("GET", "/v1/renders/r1", error(500, "internal_error", "boom"))
    client = h.make(max_retries=2)
    with pytest.raises(framelane.InternalServerError):
        h.run(client.renders.retrieve("r1", max_retries=retries))
    assert server.count == retries + 1


def test_max_retries_on_the_client(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", error(500, "internal_error", "boom"))
    client = h.make(max_retries=0)
    with pytest.raises(framelane.InternalServerError):
        h.run(client.renders.retrieve("r1"))
    assert server.count == 1


def test_connection_errors_are_retried(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "POST",
        "/v1/renders",
        Reply(drop=True),
        Reply(drop=True),
        Reply(202, json=job()),
    )
    client = h.make()
    assert h.run(client.renders.create(width=640, height=360)).id == "render_1"
    assert server.count == 3
    assert (
        server.requests[0].body
        == server.requests[2].body
        == b'{"width":640,"height":360}'
    )


def test_connection_errors_give_up(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(drop=True))
    client = h.make(max_retries=1)
    with pytest.raises(framelane.APIConnectionError):
        h.run(client.renders.retrieve("r1"))
    assert server.count == 2


def test_refused_connections_are_retried(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    client = h.make(base_url="http://127.0.0.1:9", max_retries=2)
    with caplog.at_level(logging.INFO, logger="framelane"):
        with pytest.raises(framelane.APIConnectionError):
            h.run(client.renders.retrieve("r1"))
    assert (
        len([r for r in caplog.records if r.getMessage().startswith("retrying")]) == 2
    )


def test_timeouts_are_retried(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        Reply(json=job(), delay=0.4),
        Reply(json=job("render_2")),
    )
    client = h.make(timeout=0.1)
    assert h.run(client.renders.retrieve("r1")).id == "render_2"
    assert server.count == 2


def test_timeouts_give_up(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job(), delay=0.3))
    client = h.make(timeout=0.05, max_retries=1)
    with pytest.raises(framelane.APITimeoutError):
        h.run(client.renders.retrieve("r1"))
    assert server.count == 2


# ------------------------------------------------------------------------------------------ how long between


def test_default_backoff_settings(h: Harness) -> None:
    client = h.make(fast_retries=False)
    assert (
        client.initial_retry_delay,
        client.max_retry_delay,
        client.max_retry_after,
    ) == (0.5, 8.0, 60.0)


def test_default_first_backoff_is_about_half_a_second(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(503, "service_unavailable", "busy"),
        Reply(json=job()),
    )
    client = h.make(fast_retries=False)
    h.run(client.renders.retrieve("r1"))
    [gap] = gaps(server)
    assert 0.5 * 0.75 - 0.01 <= gap <= 0.5 + 0.15


def test_backoff_doubles_with_jitter_and_is_capped(
    h: Harness, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("GET", "/v1/renders/r1", error(500, "internal_error", "boom"))
    client = h.make(max_retries=6)
    client.initial_retry_delay = 0.01
    client.max_retry_delay = 0.04
    with caplog.at_level(logging.INFO, logger="framelane"):
        with pytest.raises(framelane.InternalServerError):
            h.run(client.renders.retrieve("r1"))
    delays = [r.args[2] for r in caplog.records if r.getMessage().startswith("retrying")]  # type: ignore[index]
    nominal = [0.01, 0.02, 0.04, 0.04, 0.04, 0.04]
    assert len(delays) == len(nominal) == server.count - 1
    for delay, expected in zip(delays, nominal):
        assert 0.75 * expected <= delay <= expected
    assert len({round(d / n, 9) for d, n in zip(delays, nominal)}) > 1, "no jitter"
    for gap, delay in zip(gaps(server), delays):
        assert gap >= delay - 0.002


def test_retry_after_seconds_is_honoured(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "POST",
        "/v1/renders",
        error(429, "rate_limited", "slow down", headers={"Retry-After": "0.2"}),
        Reply(202, json=job()),
    )
    client = h.make()  # its own backoff would be a millisecond
    h.run(client.renders.create(width=640, height=360))
    [gap] = gaps(server)
    assert 0.2 <= gap < 0.7


def test_retry_after_zero_beats_the_backoff(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(503, "service_unavailable", "busy", headers=RETRY_NOW),
        Reply(json=job()),
    )
    client = h.make(fast_retries=False)  # its own backoff would be about half a second
    h.run(client.renders.retrieve("r1"))
    [gap] = gaps(server)
    assert gap < 0.25


def test_retry_after_http_date_is_honoured(h: Harness, server: ScriptedServer) -> None:
    started = time.time()
    when = math.ceil(
        started + 0.3
    )  # HTTP dates have whole seconds: 0.3 to 1.3 s from now
    server.route(
        "GET",
        "/v1/renders/r1",
        error(
            503,
            "service_unavailable",
            "busy",
            headers={"Retry-After": email.utils.formatdate(when, usegmt=True)},
        ),
        Reply(json=job()),
    )
    client = h.make()
    h.run(client.renders.retrieve("r1"))
    [gap] = gaps(server)
    expected = when - server.requests[0].arrived_wall
    assert expected - 0.05 <= gap <= expected + 0.3


def test_retry_after_date_in_the_past_retries_at_once(
    h: Harness, server: ScriptedServer
) -> None:
    when = email.utils.formatdate(time.time() - 3600, usegmt=True)
    server.route(
        "GET",
        "/v1/renders/r1",
        error(503, "service_unavailable", "busy", headers={"Retry-After": when}),
        Reply(json=job()),
    )
    client = h.make(fast_retries=False)
    h.run(client.renders.retrieve("r1"))
    [gap] = gaps(server)
    assert gap < 0.25


def test_a_retry_after_past_the_cap_is_not_waited_but_raised_at_once(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(429, "rate_limited", "slow down", headers={"Retry-After": "3600"}),
        Reply(json=job()),
    )
    client = h.make()
    started = time.monotonic()
    with pytest.raises(framelane.RateLimitError) as caught:
        h.run(client.renders.retrieve("r1"))
    assert time.monotonic() - started < 1.0
    assert server.count == 1
    assert caught.value.retry_after == 3600.0


def test_retry_after_ms_is_honoured(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(
            503, "busy", "busy", headers={"retry-after-ms": "300", "Retry-After": "30"}
        ),
        Reply(json=job()),
    )
    client = h.make()
    h.run(client.renders.retrieve("r1"))
    [gap] = gaps(server)
    assert 0.3 <= gap < 5


def test_x_should_retry_overrides_the_status(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(400, "flaky", "try again", headers={"x-should-retry": "true"}),
        Reply(json=job()),
    )
    client = h.make()
    assert h.run(client.renders.retrieve("r1")).id
    assert server.count == 2
    server.route(
        "GET",
        "/v1/renders/r2",
        error(503, "busy", "busy", headers={"x-should-retry": "false"}),
        Reply(json=job()),
    )
    with pytest.raises(framelane.InternalServerError):
        h.run(client.renders.retrieve("r2"))
    assert server.count == 3


def test_unreadable_retry_after_falls_back_to_backoff(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(503, "service_unavailable", "busy", headers={"Retry-After": "soon"}),
        Reply(json=job()),
    )
    client = h.make()
    client.initial_retry_delay = 0.1
    h.run(client.renders.retrieve("r1"))
    [gap] = gaps(server)
    assert 0.075 - 0.02 <= gap < 0.5  # slack for the server thread noting arrivals late


# ------------------------------------------------------------------------------------------ idempotency


def test_same_generated_key_on_every_retry(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "POST",
        "/v1/renders",
        error(503, "service_unavailable", "busy", headers=RETRY_NOW),
        Reply(drop=True),
        Reply(202, json=job("render_7")),
    )
    client = h.make()
    assert h.run(client.renders.create(width=640, height=360)).id == "render_7"
    keys = [r.header("Idempotency-Key") for r in server.requests]
    assert len(keys) == 3 and keys[0] is not None
    assert len(set(keys)) == 1
    assert uuid.UUID(keys[0]).version == 4


def test_each_call_gets_its_own_key(h: Harness, server: ScriptedServer) -> None:
    server.route("POST", "/v1/tasks/transcribe", Reply(202, json=job("task_1")))
    client = h.make()
    h.run(client.tasks.transcribe(source_url="https://cdn.example/a.mp3"))
    h.run(client.tasks.transcribe(source_url="https://cdn.example/a.mp3"))
    keys = [r.header("Idempotency-Key") for r in server.requests]
    assert None not in keys and keys[0] != keys[1]


def test_the_callers_key_wins_and_is_kept_by_retries(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "POST",
        "/v1/renders",
        error(500, "internal_error", "boom", headers=RETRY_NOW),
        Reply(202, json=job()),
    )
    client = h.make()
    h.run(client.renders.create(width=640, height=360, idempotency_key="order-1234"))
    assert [r.header_all("Idempotency-Key") for r in server.requests] == [
        ["order-1234"],
        ["order-1234"],
    ]


def test_new_job_202_and_replayed_job_200_both_return_the_job(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "POST",
        "/v1/renders",
        Reply(202, json=job("render_5")),
        Reply(200, json=job("render_5", "processing")),
    )
    client = h.make()
    first = h.run(client.renders.create(width=640, height=360, idempotency_key="k"))
    replay = h.run(client.renders.create(width=640, height=360, idempotency_key="k"))
    assert (first.id, first.status) == ("render_5", "queued")
    assert (replay.id, replay.status) == ("render_5", "processing")
    raw = h.run(
        client.renders.with_raw_response.create(
            width=640, height=360, idempotency_key="k"
        )
    )
    assert raw.status_code == 200 and raw.parse().id == "render_5"


def test_no_key_where_the_operation_takes_none(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    server.route(
        "POST",
        "/v1/uploads",
        Reply(
            201,
            json={
                "upload_url": "http://x/u",
                "source_url": "http://x/s",
                "expires_at": "2024-01-01T00:00:00Z",
            },
        ),
    )
    client = h.make()
    h.run(client.renders.retrieve("r1"))
    h.run(client.uploads.create(content_type="video/mp4"))
    assert [r.header("Idempotency-Key") for r in server.requests] == [None, None]


# ------------------------------------------------------------------------------------------ failures mid-body


@pytest.fixture
def gate(server: ScriptedServer) -> Iterator[threading.Event]:
    """Holds a scripted body half-sent; released at the end of the test."""
    event = threading.Event()
    yield event
    event.set()


def test_a_body_that_stalls_is_a_timeout_and_is_retried(
    h: Harness, server: ScriptedServer, gate: threading.Event
) -> None:
    stalled = Reply(
        chunks=[b'{"id": "render_1", ', b"...never sent"],
        gate=gate,
        headers={"Content-Type": "application/json"},
    )
    server.route("GET", "/v1/renders/r1", stalled, Reply(json=job("render_2")))
    client = h.make(timeout=0.2)
    assert h.run(client.renders.retrieve("r1")).id == "render_2"
    assert server.count == 2


def test_a_body_that_stalls_gives_up_as_a_timeout(
    h: Harness, server: ScriptedServer, gate: threading.Event
) -> None:
    server.route("GET", "/v1/renders/r1", Reply(chunks=[b"{", b"}"], gate=gate))
    client = h.make(timeout=0.1, max_retries=1)
    with pytest.raises(framelane.APITimeoutError):
        h.run(client.renders.retrieve("r1"))
    assert server.count == 2


def test_a_body_cut_short_is_a_connection_error_and_is_retried(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "POST",
        "/v1/renders",
        Reply(202, json=job(), truncate=True),
        Reply(202, json=job("render_3")),
    )
    client = h.make()
    assert h.run(client.renders.create(width=640, height=360)).id == "render_3"
    keys = {r.header("Idempotency-Key") for r in server.requests}
    assert server.count == 2 and len(keys) == 1


def test_an_error_body_cut_short_is_retried_too(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        Reply(503, json={"error": {"code": "x", "message": "y" * 100}}, truncate=True),
    )
    client = h.make(max_retries=2)
    with pytest.raises(framelane.APIConnectionError) as info:
        h.run(client.renders.retrieve("r1"))
    assert not isinstance(info.value, framelane.APITimeoutError)
    assert server.count == 3


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("renders.create", "/v1/renders", {"width": 640, "height": 360}),
        (
            "tasks.remove_background",
            "/v1/tasks/remove-background",
            {"source_url": "https://x/a.mp4"},
        ),
        (
            "tasks.gaze_redirect",
            "/v1/tasks/gaze-redirect",
            {"source_url": "https://x/a.mp4"},
        ),
        (
            "tasks.super_resolution",
            "/v1/tasks/super-resolution",
            {"source_url": "https://x/a.mp4"},
        ),
        ("tasks.transcribe", "/v1/tasks/transcribe", {"source_url": "https://x/a.mp3"}),
    ],
)
def test_every_job_creating_post_keeps_one_key_across_retries(
    h: Harness,
    server: ScriptedServer,
    method: str,
    path: str,
    kwargs: dict[str, object],
) -> None:
    server.route(
        "POST",
        path,
        error(503, "service_unavailable", "busy", headers=RETRY_NOW),
        Reply(202, json=job("task_1")),
    )
    client = h.make()
    resource, name = method.split(".")
    assert h.run(getattr(getattr(client, resource), name)(**kwargs)).id == "task_1"
    keys = [r.header("Idempotency-Key") for r in server.to("POST", path)]
    assert len(keys) == 2 and keys[0] and keys[0] == keys[1]
    assert server.requests[0].json() == server.requests[1].json() == kwargs
