"""Errors: one class per status family, each with the fields of the error envelope and the response; useful
messages from bodies that are not JSON; connection and timeout errors."""

from __future__ import annotations

import pytest

import framelane

from .conftest import Harness
from .scripted import Reply, ScriptedServer, error


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, framelane.BadRequestError),
        (401, framelane.AuthenticationError),
        (403, framelane.PermissionDeniedError),
        (404, framelane.NotFoundError),
        (409, framelane.ConflictError),
        (422, framelane.UnprocessableEntityError),
        (429, framelane.RateLimitError),
        (500, framelane.InternalServerError),
        (503, framelane.InternalServerError),
        (507, framelane.InternalServerError),
    ],
)
def test_status_classes_and_envelope_fields(
    h: Harness, server: ScriptedServer, status: int, cls: type[framelane.APIStatusError]
) -> None:
    details = {"errors": [{"field": "width", "message": "too small"}]}
    server.route(
        "GET",
        "/v1/renders/r1",
        error(
            status,
            f"code_{status}",
            f"Message {status}.",
            details=details,
            headers={"X-Request-Id": f"req_{status}"},
        ),
    )
    client = h.make(max_retries=0)
    with pytest.raises(cls) as info:
        h.run(client.renders.retrieve("r1"))
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, framelane.APIStatusError) and isinstance(
        exc, framelane.FramelaneError
    )
    assert exc.status_code == status
    assert exc.code == f"code_{status}"
    assert exc.message == f"Message {status}."
    assert exc.details == details
    assert exc.request_id == f"req_{status}"
    assert exc.response.status_code == status
    assert exc.response.json()["error"]["code"] == f"code_{status}"
    assert exc.request.url.path == "/v1/renders/r1"
    text = str(exc)
    assert (
        str(status) in text
        and f"code_{status}" in text
        and f"Message {status}." in text
    )


def test_other_statuses_are_api_status_errors(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "POST", "/v1/renders", error(402, "quota_exceeded", "No render minutes left.")
    )
    client = h.make()
    with pytest.raises(framelane.APIStatusError) as info:
        h.run(client.renders.create(width=640, height=360))
    assert type(info.value) is framelane.APIStatusError
    assert (info.value.status_code, info.value.code, info.value.message) == (
        402,
        "quota_exceeded",
        "No render minutes left.",
    )
    assert server.count == 1


def test_request_id_absent(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", error(404, "not_found", "No such render."))
    client = h.make()
    with pytest.raises(framelane.NotFoundError) as info:
        h.run(client.renders.retrieve("r1"))
    assert info.value.request_id is None
    assert info.value.details is None


def test_html_error_page_gives_a_useful_message(
    h: Harness, server: ScriptedServer
) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    server.route(
        "GET",
        "/v1/renders/r1",
        Reply(502, body=page, headers={"Content-Type": "text/html"}),
    )
    client = h.make(max_retries=0)
    with pytest.raises(framelane.InternalServerError) as info:
        h.run(client.renders.retrieve("r1"))
    assert info.value.code is None
    assert info.value.message == "502 Bad Gateway"
    assert "502" in str(info.value) and "<html>" not in str(info.value)


def test_plain_text_and_empty_error_bodies(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/a",
        Reply(400, body="width must be even", headers={"Content-Type": "text/plain"}),
    )
    server.route("GET", "/v1/renders/b", Reply(403))
    server.route("GET", "/v1/renders/c", Reply(400, json={"error": "bad things"}))
    server.route("GET", "/v1/renders/d", Reply(400, json=["not", "an", "envelope"]))
    client = h.make()
    with pytest.raises(framelane.BadRequestError) as a:
        h.run(client.renders.retrieve("a"))
    with pytest.raises(framelane.PermissionDeniedError) as b:
        h.run(client.renders.retrieve("b"))
    with pytest.raises(framelane.BadRequestError) as c:
        h.run(client.renders.retrieve("c"))
    with pytest.raises(framelane.BadRequestError) as d:
        h.run(client.renders.retrieve("d"))
    assert a.value.message == "width must be even"
    assert b.value.message == "Forbidden"
    assert c.value.message == "bad things"
    assert "not" in d.value.message and d.value.body == ["not", "an", "envelope"]


def test_connection_refused(h: Harness) -> None:
    client = h.make(base_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(framelane.APIConnectionError) as info:
        h.run(client.renders.retrieve("r1"))
    assert not isinstance(info.value, framelane.APITimeoutError)
    assert isinstance(info.value, framelane.FramelaneError)
    assert info.value.request.url.path == "/v1/renders/r1"
    assert "127.0.0.1" in str(info.value) or "onnect" in str(info.value)


def test_connection_dropped(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(drop=True))
    client = h.make(max_retries=0)
    with pytest.raises(framelane.APIConnectionError):
        h.run(client.renders.retrieve("r1"))
    assert server.count == 1


def test_timeout(h: Harness, server: ScriptedServer) -> None:
    server.route("GET", "/v1/renders/r1", Reply(delay=0.5))
    client = h.make(timeout=0.1, max_retries=0)
    with pytest.raises(framelane.APITimeoutError) as info:
        h.run(client.renders.retrieve("r1"))
    assert isinstance(info.value, framelane.APIConnectionError)
    assert "timed out" in str(info.value).lower()


def test_an_unexpected_redirect_is_an_error(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        Reply(301, headers={"Location": "https://elsewhere.example/"}),
    )
    client = h.make()
    with pytest.raises(framelane.APIStatusError) as info:
        h.run(client.renders.retrieve("r1"))
    assert info.value.status_code == 301
    assert "elsewhere.example" in str(info.value)
    assert server.count == 1
