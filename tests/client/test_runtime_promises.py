"""The runtime's answers to servers as they are: connection failures that say which, a Retry-After past the
cap raised at once, 422s whose message names the fields, a closed client's own error, ``with_options`` that
merges, ``default_query``, ``<PREFIX>_LOG``, ``wait()`` that long-polls and takes request options, and a public
``sign()``. Every test runs over real HTTP on loopback, sync and async."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

import framelane
from tests.helpers import ROOT

from .conftest import API_KEY, Harness
from .scripted import Reply, ScriptedServer, error, job


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_refused_connection_says_so_and_keeps_its_cause(h: Harness) -> None:
    client = h.make(base_url=f"http://127.0.0.1:{_free_port()}", max_retries=0)
    with pytest.raises(framelane.APIConnectionError, match="refused") as caught:
        h.run(client.renders.retrieve("r1"))
    assert caught.value.__cause__ is not None


def test_an_unresolvable_host_says_so(h: Harness) -> None:
    client = h.make(base_url="http://no-such-host.invalid", max_retries=0)
    with pytest.raises(framelane.APIConnectionError, match="could not be resolved"):
        h.run(client.renders.retrieve("r1"))


def test_a_tls_mismatch_says_so(h: Harness, server: ScriptedServer) -> None:
    # https to a plain-HTTP server: the TLS handshake fails.
    client = h.make(base_url=server.url.replace("http://", "https://"), max_retries=0)
    with pytest.raises(framelane.APIConnectionError, match="TLS"):
        h.run(client.renders.retrieve("r1"))


def test_a_422_message_names_the_first_problems(
    h: Harness, server: ScriptedServer
) -> None:
    details = [
        {"field": "width", "message": "must be at most 4096"},
        {"loc": ["body", "elements", 0, "type"], "msg": "unknown element type"},
    ]
    server.route(
        "POST",
        "/v1/renders",
        error(422, "invalid_request", "The request is invalid.", details=details),
    )
    client = h.make()
    with pytest.raises(framelane.UnprocessableEntityError) as caught:
        h.run(client.renders.create(width=5000, height=10))
    text = str(caught.value)
    assert "The request is invalid." in text
    assert "width: must be at most 4096" in text
    assert "body.elements.0.type: unknown element type" in text
    assert caught.value.details == details


def test_a_closed_client_raises_its_own_error(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    client = h.make()
    h.run(client.aclose() if h.is_async else client.close())
    with pytest.raises(framelane.ClientClosedError, match="closed"):
        h.run(client.renders.retrieve("r1"))
    assert issubclass(framelane.ClientClosedError, framelane.FramelaneError)


def test_with_options_merges_default_headers_and_can_replace_them(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET", "/v1/renders/r1", Reply(json=job()), Reply(json=job()), Reply(json=job())
    )
    client = h.make(default_headers={"X-Team": "video", "X-Env": "prod"})
    h.run(
        client.with_options(default_headers={"X-Env": "staging"}).renders.retrieve("r1")
    )
    h.run(
        client.with_options(set_default_headers={"X-Only": "1"}).renders.retrieve("r1")
    )
    h.run(client.renders.retrieve("r1"))
    first, second, third = server.requests
    assert (first.header("X-Team"), first.header("X-Env")) == ("video", "staging")
    assert (second.header("X-Team"), second.header("X-Only")) == (None, "1")
    assert third.header("X-Env") == "prod"  # the original client is unchanged
    with pytest.raises(TypeError, match="not both"):
        client.with_options(default_headers={}, set_default_headers={})


def test_with_options_takes_a_key_and_an_http_client(
    h: Harness, server: ScriptedServer
) -> None:
    import httpx

    server.route("GET", "/v1/renders/r1", Reply(json=job()), Reply(json=job()))
    client = h.make()
    h.run(client.with_options(api_key="sk_other_key_42").renders.retrieve("r1"))
    own = httpx.AsyncClient() if h.is_async else httpx.Client()
    copy = client.with_options(http_client=own)
    h.run(copy.renders.retrieve("r1"))
    assert server.requests[0].header("Authorization") == "Bearer sk_other_key_42"
    assert server.requests[1].header("Authorization") == f"Bearer {API_KEY}"
    assert copy._client is own
    h.run(own.aclose() if h.is_async else own.close())


def test_default_query_goes_on_every_call(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()), Reply(json=job()))
    client = h.make(default_query={"trace": "1"})
    h.run(client.renders.retrieve("r1"))
    h.run(client.with_options(default_query={"debug": "yes"}).renders.retrieve("r1"))
    assert server.requests[0].query == {"trace": ["1"]}
    assert server.requests[1].query == {"trace": ["1"], "debug": ["yes"]}


def test_wait_long_polls_and_passes_request_options(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(json=job(status="processing")),
        Reply(json=job(status="completed")),
    )
    client = h.make()
    started = time.monotonic()
    result = h.run(
        client.renders.wait(
            "render_1", timeout=120, poll_interval=5, extra_headers={"X-Trace": "t1"}
        )
    )
    assert result.status == "completed"
    # Long-polled (wait=25, its maximum): an answer that came early means the job moved, so the next poll
    # follows within a second, not after poll_interval.
    assert time.monotonic() - started < 3
    assert [r.query.get("wait") for r in server.requests] == [["25"], ["25"]]
    assert all(r.header("X-Trace") == "t1" for r in server.requests)


def test_wait_near_its_deadline_asks_for_a_shorter_hold(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/render_1", Reply(json=job(status="completed")))
    client = h.make()
    h.run(client.renders.wait("render_1", timeout=15))
    # Under 15 s left, 10 s kept for the request itself: a hold of 4 s.
    assert server.requests[0].query.get("wait") == ["4"]


def test_sign_makes_what_unwrap_accepts(h: Harness) -> None:
    client = h.make()
    body = json.dumps(
        {
            "id": "evt_1",
            "type": "render.completed",
            "created_at": "2024-01-01T00:00:00Z",
            "data": job(
                status="completed", output={"url": "https://cdn.example/o.mp4"}
            ),
        }
    )
    header = client.webhooks.sign(body, secret="whsec_test_1234")
    event = client.webhooks.unwrap(
        body, {"Framelane-Signature": header}, secret="whsec_test_1234"
    )
    assert event.type == "render.completed"


def test_the_log_variable_turns_on_debug_logging(server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    code = (
        "import framelane\n"
        f"client = framelane.Framelane(api_key={API_KEY!r}, base_url={server.url!r})\n"
        "client.renders.retrieve('r1')\n"
    )
    env = dict(os.environ, FRAMELANE_LOG="debug", PYTHONPATH=str(ROOT / "generated"))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "request: GET" in result.stderr and "/v1/renders/r1" in result.stderr
    assert API_KEY not in result.stderr
