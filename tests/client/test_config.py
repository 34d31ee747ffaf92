"""Construction and configuration: keys and base URLs from arguments or the environment, context managers,
``with_options``, per-call ``timeout`` / ``extra_headers`` / ``extra_query``, and the key kept out of
``repr``, exceptions and logs."""

from __future__ import annotations

import inspect
import logging
import re
import time
from typing import Any

import httpx
import pytest

import framelane

from .conftest import API_KEY, Harness
from .scripted import Reply, ScriptedServer, error, job


def test_constructor_signature_is_the_documented_one(h: Harness) -> None:
    params = inspect.signature(h.cls.__init__).parameters
    assert list(params) == [
        "self",
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "default_query",
        "http_client",
        "strict_response_validation",
    ]
    assert params["api_key"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(
        params[name].kind is inspect.Parameter.KEYWORD_ONLY for name in list(params)[2:]
    )
    assert params["timeout"].default == 60.0
    assert params["max_retries"].default == 2
    assert params["strict_response_validation"].default is False


def test_key_and_base_url_from_the_environment(
    h: Harness, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMELANE_API_KEY", "sk_from_env_1234")
    monkeypatch.setenv("FRAMELANE_BASE_URL", server.url)
    server.route("GET", "/v1/renders/r1", Reply(json=job("render_1")))
    client = h.make(api_key=None, base_url=None)
    assert h.run(client.renders.retrieve("r1")).id == "render_1"
    assert server.requests[0].header("Authorization") == "Bearer sk_from_env_1234"


def test_arguments_win_over_the_environment(
    h: Harness, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMELANE_API_KEY", "sk_from_env_1234")
    monkeypatch.setenv(
        "FRAMELANE_BASE_URL", "http://127.0.0.1:9"
    )  # discard port: nothing listens
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    client = h.make(api_key=API_KEY, base_url=server.url)
    h.run(client.renders.retrieve("r1"))
    assert server.requests[0].header("Authorization") == f"Bearer {API_KEY}"


def test_base_url_defaults_to_the_spec_server(h: Harness) -> None:
    client = h.make(base_url=None)
    assert client.base_url == "https://api.framelane.io"


def test_missing_key_is_an_error_naming_the_variable_before_anything_is_sent(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    for key in (None, ""):
        client = h.make(api_key=key)
        with pytest.raises(
            framelane.FramelaneError, match="api_key= .*FRAMELANE_API_KEY"
        ):
            h.run(client.renders.retrieve("r1"))
    assert server.requests == []


def test_a_call_that_needs_no_credentials_works_without_a_key(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/capabilities", Reply(json={}))
    client = h.make(api_key=None)
    h.run(client.capabilities.retrieve())
    assert len(server.requests) == 1
    assert server.requests[0].header("Authorization") is None


def test_bad_base_url_is_an_error_naming_the_variable(h: Harness) -> None:
    with pytest.raises(framelane.FramelaneError, match="FRAMELANE_BASE_URL"):
        h.cls(api_key=API_KEY, base_url="api.framelane.io")


def test_sync_context_manager_closes_the_pool(server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    with framelane.Framelane(api_key=API_KEY, base_url=server.url) as client:
        client.renders.retrieve("r1")
        assert server.open_connections == 1  # kept alive while the client is open
    assert server.wait_for_idle_connections()
    with pytest.raises(RuntimeError):
        client.renders.retrieve("r1")


def test_async_context_manager_closes_the_pool(server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))

    async def main() -> framelane.AsyncFramelane:
        async with framelane.AsyncFramelane(
            api_key=API_KEY, base_url=server.url
        ) as client:
            await client.renders.retrieve("r1")
            assert server.open_connections == 1
        return client

    import asyncio

    client = asyncio.run(main())
    assert server.wait_for_idle_connections()
    assert client._client.is_closed


def test_a_given_http_client_is_used_and_left_open(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    http: Any = (httpx.AsyncClient if h.is_async else httpx.Client)(
        headers={"X-From-Http-Client": "yes"}
    )
    client = h.make(http_client=http)
    h.run(client.renders.retrieve("r1"))
    h.run(client.aclose() if h.is_async else client.close())
    assert server.requests[0].header("X-From-Http-Client") == "yes"
    assert not http.is_closed
    h.run(http.aclose() if h.is_async else http.close())


def test_with_options_copies_settings_and_shares_the_pool(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/r1", error(503, "service_unavailable", "busy"))
    client = h.make(max_retries=0, default_headers={"X-Team": "a"})
    patient = client.with_options(max_retries=2, timeout=5.0)
    assert (patient.max_retries, patient.timeout) == (2, 5.0)
    assert (client.max_retries, client.timeout) == (0, 60.0)
    assert patient.initial_retry_delay == client.initial_retry_delay == 0.001
    with pytest.raises(framelane.InternalServerError):
        h.run(patient.renders.retrieve("r1"))
    assert server.count == 3
    with pytest.raises(framelane.InternalServerError):
        h.run(client.renders.retrieve("r1"))
    assert server.count == 4
    # Same TCP connection (keep-alive through one pool), same headers and key.
    assert len({r.client_port for r in server.requests}) == 1
    assert {r.header("X-Team") for r in server.requests} == {"a"}
    assert {r.header("Authorization") for r in server.requests} == {f"Bearer {API_KEY}"}


def test_closing_a_with_options_copy_leaves_the_pool_open(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    client = h.make()
    copy = client.with_options(timeout=3.0)
    h.run(copy.aclose() if h.is_async else copy.close())
    assert h.run(client.renders.retrieve("r1")).id == "render_1"


def test_per_call_timeout(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/slow", Reply(json=job(), delay=0.25))
    client = h.make(timeout=10.0, max_retries=0)
    with pytest.raises(framelane.APITimeoutError):
        h.run(client.renders.retrieve("slow", timeout=0.05))
    assert h.run(client.renders.retrieve("slow")).id == "render_1"


def test_client_timeout(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/slow", Reply(json=job(), delay=0.25))
    client = h.make(timeout=0.05, max_retries=0)
    with pytest.raises(framelane.APITimeoutError):
        h.run(client.renders.retrieve("slow"))
    assert h.run(client.renders.retrieve("slow", timeout=5.0)).id == "render_1"


def test_extra_headers_and_extra_query(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    client = h.make(default_headers={"X-Team": "a", "X-Keep": "k"})
    h.run(
        client.renders.retrieve(
            "r1",
            wait=3,
            extra_headers={"X-Team": "b", "X-Trace": "t1"},
            extra_query={"beta": "on"},
        )
    )
    sent = server.requests[0]
    assert sent.header("X-Team") == "b"  # per call wins over default
    assert sent.header("X-Keep") == "k"
    assert sent.header("X-Trace") == "t1"
    assert sent.query == {"wait": ["3"], "beta": ["on"]}


def test_default_headers_reach_every_call(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    client = h.make(default_headers={"X-Team": "a"})
    h.run(client.renders.retrieve("r1"))
    assert server.requests[0].header("X-Team") == "a"
    assert (server.requests[0].header("User-Agent") or "").startswith(
        "framelane-python/"
    )


# ------------------------------------------------------------------------------------------ the key stays secret


def test_key_not_in_repr(h: Harness) -> None:
    client = h.make()
    assert API_KEY not in repr(client)
    assert API_KEY not in str(client)
    assert API_KEY not in repr(client.with_options(timeout=1.0))


def test_key_not_in_exception_messages_even_when_echoed(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET", "/v1/renders/r1", error(401, "unauthorized", f"Unknown key {API_KEY}.")
    )
    client = h.make()
    with pytest.raises(framelane.AuthenticationError) as info:
        h.run(client.renders.retrieve("r1"))
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)
    assert API_KEY not in info.value.message
    assert "Unknown key" in info.value.message


def test_key_not_in_connection_error(h: Harness) -> None:
    client = h.make(base_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(framelane.APIConnectionError) as info:
        h.run(client.renders.retrieve("r1"))
    assert API_KEY not in str(info.value)


def test_debug_log_has_method_url_status_timing_and_no_key(
    h: Harness, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("POST", "/v1/renders", Reply(202, json=job()))
    client = h.make()
    with caplog.at_level(logging.DEBUG, logger="framelane"):
        h.run(client.renders.create(width=640, height=360))
    records = [r for r in caplog.records if r.name == "framelane"]
    text = "\n".join(r.getMessage() for r in records)
    assert records, "nothing logged at DEBUG"
    assert API_KEY not in text
    assert API_KEY not in repr([r.args for r in records])
    response = [r.getMessage() for r in records if "202" in r.getMessage()]
    assert response, text
    assert "POST" in response[0] and f"{server.url}/v1/renders" in response[0]
    assert re.search(r"\d+\.\d+\s*s", response[0]), response[0]
    # The Authorization header is named, with its value redacted.
    assert re.search(r"authorization['\"]?:\s*['\"]?\*\*\*", text, re.IGNORECASE), text


def test_constructing_clients_is_cheap(h: Harness) -> None:
    # Each pool needs TLS settings; loading the CA bundle for every client took 30-80 ms each.
    started = time.perf_counter()
    clients = [h.make() for _ in range(40)]
    assert time.perf_counter() - started < 0.5
    assert len({id(c._client) for c in clients}) == 40  # still a pool of their own each


def test_key_absent_from_every_log_record_of_a_busy_session(
    h: Harness,
    server: ScriptedServer,
    storage: ScriptedServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        error(
            503, "service_unavailable", f"busy {API_KEY}", headers={"Retry-After": "0"}
        ),
        Reply(json=job()),
    )
    server.route(
        "POST",
        "/v1/uploads",
        Reply(
            201,
            json={
                "upload_url": f"{storage.url}/up",
                "source_url": "https://cdn.example/up",
                "expires_at": "2024-01-01T00:00:00Z",
            },
        ),
    )
    server.route(
        "GET",
        "/v1/renders/r1/download",
        Reply(302, headers={"Location": f"{storage.url}/file"}),
    )
    storage.route("PUT", "/up", Reply(200))
    storage.route("GET", "/file", Reply(body=b"data"))
    client = h.make()
    with caplog.at_level(logging.DEBUG):
        h.run(client.renders.retrieve("r1"))
        h.run(client.uploads.upload(b"abc", content_type="image/png"))
        h.run(h.run(client.renders.download("r1")).read())
    records = [r for r in caplog.records if r.name.startswith("framelane")]
    assert len(records) >= 8
    assert any(r.getMessage().startswith("retrying") for r in records)
    for record in caplog.records:  # every logger, httpx's too
        assert API_KEY not in record.getMessage(), record.name
