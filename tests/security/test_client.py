"""The generated Framelane client (``generated/framelane``) against hostile servers on loopback.

Every answer that is not what the API documents gives an error of the client's own (a subclass of
``framelane.FramelaneError``) of the fitting class, never a bare ``KeyError``/``ValueError``/``TypeError``, and
the API key appears nowhere: not in the message, not in any exception chained to it, not in the formatted
traceback. A redirect to another host is not followed with the key.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pydantic
import pytest

from tests.client.scripted import Reply, ScriptedServer, job
from tests.helpers import ROOT

if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))

import framelane  # noqa: E402

API_KEY = "sk_live_Q7hostileKEY0990secret"

HTML_PROXY_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


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
def other_host() -> Iterator[ScriptedServer]:
    srv = ScriptedServer()
    yield srv
    srv.close()


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """``call(base_url, fn)``: builds a client of one flavour (no retries, unless asked) and returns
    ``fn(client)``, awaited for the async client."""
    is_async = request.param == "async"
    runner = asyncio.Runner() if is_async else None
    clients: list[Any] = []

    def run(base_url: str, fn: Callable[[Any], Any], **options: Any) -> Any:
        options.setdefault("max_retries", 0)
        cls = framelane.AsyncFramelane if is_async else framelane.Framelane
        client = cls(api_key=API_KEY, base_url=base_url, **options)
        client.initial_retry_delay = 0.001
        clients.append(client)
        result = fn(client)
        if runner is not None:

            async def wait() -> Any:
                value = await result if asyncio.iscoroutine(result) else result
                if hasattr(value, "__aiter__") and not isinstance(
                    value, pydantic.BaseModel
                ):
                    return [item async for item in value]
                return value

            return runner.run(wait())
        if hasattr(result, "__iter__") and not isinstance(
            result, (dict, list, str, pydantic.BaseModel)
        ):
            return list(result)  # a page: iterate it, fetching every page
        return result

    yield run
    for client in clients:
        if runner is not None:
            runner.run(client.aclose())
        else:
            client.close()
    if runner is not None:
        runner.close()


def assert_typed(exc: BaseException, cls: type[BaseException]) -> None:
    """``exc`` is the client's own error of class ``cls``, and the key is nowhere in it or behind it."""
    assert isinstance(exc, framelane.FramelaneError), f"{type(exc).__name__}: {exc}"
    assert isinstance(exc, cls), f"{type(exc).__name__} is not a {cls.__name__}: {exc}"
    text = "".join(traceback.format_exception(exc))
    assert API_KEY not in text, text[-3000:]
    assert API_KEY not in repr(exc.args)
    chained = exc.__cause__ or exc.__context__
    while chained is not None:
        assert (
            not isinstance(chained, (KeyError, IndexError)) or exc.__suppress_context__
        )
        assert API_KEY not in str(chained)
        chained = chained.__cause__ or chained.__context__


def raised(fn: Callable[[], Any]) -> BaseException:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the test inspects whatever came out
        return exc
    raise AssertionError("no exception")


def retrieve(client: Any) -> Any:
    return client.renders.retrieve("render_1")


BROKEN_200 = {
    "not JSON": Reply(200, body="OK, done!", headers={"Content-Type": "text/plain"}),
    "truncated JSON": Reply(
        200,
        body=json.dumps(job())[:40],
        headers={"Content-Type": "application/json"},
    ),
    "an HTML page under a JSON type": Reply(
        200, body=HTML_PROXY_PAGE, headers={"Content-Type": "application/json"}
    ),
    "a captive portal's HTML page": Reply(
        200, body=HTML_PROXY_PAGE, headers={"Content-Type": "text/html"}
    ),
    "XML": Reply(
        200,
        body="<?xml version='1.0'?><job><id>render_1</id></job>",
        headers={"Content-Type": "application/xml"},
    ),
    "invalid UTF-8": Reply(
        200, body=b'{"id": "\xff\xfe"}', headers={"Content-Type": "application/json"}
    ),
    "a 5000-digit number": Reply(
        200,
        body='{"id": "r", "count": ' + "9" * 5000 + "}",
        headers={"Content-Type": "application/json"},
    ),
    "a list instead of an object": Reply(200, json=[job()]),
    "a string instead of an object": Reply(200, json="render_1"),
    "null": Reply(200, json=None),
    "wrong field types": Reply(
        200, json={**job(), "id": 5, "status": ["x"], "created_at": {}}
    ),
    "required fields missing": Reply(200, json={"unexpected": True}),
    "an empty body": Reply(200, body=b"", headers={"Content-Type": "application/json"}),
}


# Bodies that are a job object, only drifted from its schema: built leniently by default, refused when strict.
DRIFTED = frozenset({"wrong field types", "required fields missing"})


@pytest.mark.parametrize("case", sorted(BROKEN_200))
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_broken_success_body_is_a_validation_error(
    case: str, strict: bool, server: ScriptedServer, call: Callable[..., Any]
) -> None:
    server.route("GET", "/v1/renders/render_1", BROKEN_200[case])
    if case in DRIFTED and not strict:
        result = call(server.url, retrieve)
        assert type(result) is framelane.models.Job
        assert API_KEY not in repr(result)
        return
    exc = raised(lambda: call(server.url, retrieve, strict_response_validation=strict))
    assert_typed(exc, framelane.APIResponseValidationError)


def test_wrong_content_type_with_a_json_body_is_read_leniently(
    server: ScriptedServer, call: Callable[..., Any]
) -> None:
    """A server that labels good JSON ``text/plain`` is outdated, not hostile: the body is parsed (the
    error cases above are bodies that are not the documented JSON, whatever their label).
    """
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(200, body=json.dumps(job()), headers={"Content-Type": "text/plain"}),
    )
    assert call(server.url, retrieve).id == "render_1"


def test_a_cut_transfer_is_a_connection_error(
    server: ScriptedServer, call: Callable[..., Any]
) -> None:
    server.route("GET", "/v1/renders/render_1", Reply(200, json=job(), truncate=True))
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.APIConnectionError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (502, framelane.InternalServerError),
        (503, framelane.InternalServerError),
        (403, framelane.PermissionDeniedError),
        (404, framelane.NotFoundError),
        (429, framelane.RateLimitError),
    ],
)
def test_an_html_error_page_from_a_proxy(
    status: int, cls: type[Exception], server: ScriptedServer, call: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(status, body=HTML_PROXY_PAGE, headers={"Content-Type": "text/html"}),
    )
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, cls)
    assert isinstance(exc, framelane.APIStatusError) and exc.status_code == status
    assert "<" not in str(exc) and "502 Bad Gateway" in str(exc)


@pytest.mark.parametrize(
    "body",
    [
        ["a", "list"],
        "just a string",
        None,
        {"error": {"code": {"nested": 1}, "message": 123, "details": "x"}},
        {"error": ["not", "an", "object"]},
        {"error": None, "message": None},
        {"message": {"deep": True}},
    ],
)
def test_an_error_body_of_any_shape_is_a_typed_error(
    body: Any, server: ScriptedServer, call: Callable[..., Any]
) -> None:
    server.route("GET", "/v1/renders/render_1", Reply(400, json=body))
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.BadRequestError)


def test_a_server_echoing_the_key_does_not_put_it_in_the_error(
    server: ScriptedServer, call: Callable[..., Any]
) -> None:
    def echo(recorded: Any) -> Reply:
        key = (recorded.header("Authorization") or "").removeprefix("Bearer ")
        return Reply(
            401,
            json={"error": {"code": "invalid_key", "message": f"Key {key} is revoked"}},
        )

    server.route("GET", "/v1/renders/render_1", echo)
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.AuthenticationError)
    assert "revoked" in str(exc)
    # And in a 200 that breaks the schema, echoed back in the body:
    server.route(
        "GET",
        "/v1/renders/render_1",
        lambda r: Reply(200, body=f"not json {r.header('Authorization')}"),
    )
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.APIResponseValidationError)


@pytest.mark.parametrize(
    "body",
    [
        {"data": "not a list", "has_more": False, "next_cursor": None},
        {"data": {"id": "task_1"}, "has_more": False, "next_cursor": None},
        {"has_more": True},
        [],
    ],
)
def test_a_broken_page_is_a_validation_error(
    body: Any, server: ScriptedServer, call: Callable[..., Any]
) -> None:
    """A page whose items are missing or not a list cannot be listed, leniently or not (one bad item in a
    list is another matter: tests/client/test_lenient.py)."""
    server.route("GET", "/v1/tasks", Reply(200, json=body))
    for strict in (False, True):
        exc = raised(
            lambda: call(
                server.url,
                lambda c: c.tasks.list(),
                strict_response_validation=strict,
            )
        )
        assert_typed(exc, framelane.APIResponseValidationError)


def test_a_body_over_the_cap_is_refused_while_reading(
    server: ScriptedServer, call: Callable[..., Any]
) -> None:
    """65 MiB, chunked (no length to refuse it by): the client stops reading at its 64 MiB cap."""
    from framelane import _base_client

    assert _base_client.MAX_RESPONSE_BYTES == 64 * 1024 * 1024
    chunk = b"[" + b" " * (1024 * 1024 - 1)
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(200, chunks=[chunk] * 65, headers={"Content-Type": "application/json"}),
    )
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.APIResponseValidationError)
    assert "larger than" in str(exc)


def _raw_server(response: bytes) -> tuple[str, Callable[[], None]]:
    """A one-shot loopback server that sends ``response`` (whatever it is) to each connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(5)
                try:
                    connection.recv(65536)
                    connection.sendall(response)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()

    def close() -> None:
        stop.set()
        listener.close()

    return f"http://127.0.0.1:{listener.getsockname()[1]}", close


def test_a_declared_length_over_the_cap_is_refused_before_reading(
    call: Callable[..., Any],
) -> None:
    url, close = _raw_server(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100000000000\r\nConnection: close\r\n\r\n{"
    )
    try:
        exc = raised(lambda: call(url, retrieve))
    finally:
        close()
    assert_typed(exc, framelane.APIResponseValidationError)
    assert "larger than" in str(exc)


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nnope",
    ],
)
def test_a_malformed_http_answer_is_a_typed_error(
    head: bytes, call: Callable[..., Any]
) -> None:
    url, close = _raw_server(head)
    try:
        exc = raised(lambda: call(url, retrieve))
    finally:
        close()
    assert_typed(exc, framelane.FramelaneError)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_host_is_not_followed(
    status: int,
    server: ScriptedServer,
    other_host: ScriptedServer,
    call: Callable[..., Any],
) -> None:
    other_host.route("GET", "/*", Reply(200, json=job()))
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(status, headers={"Location": other_host.url + "/v1/renders/render_1"}),
    )
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.APIStatusError)
    assert "redirect" in str(exc).lower()
    assert other_host.count == 0


def test_a_redirect_that_carries_the_key_keeps_it_out_of_the_error(
    server: ScriptedServer, call: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        lambda r: Reply(
            302,
            headers={
                "Location": "https://evil.example/collect?k="
                + (r.header("Authorization") or "").removeprefix("Bearer ")
            },
        ),
    )
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.APIStatusError)


def test_a_deeply_nested_json_body_is_a_validation_error(
    server: ScriptedServer, call: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1",
        Reply(
            200,
            body="[" * 100_000 + "]" * 100_000,
            headers={"Content-Type": "application/json"},
        ),
    )
    exc = raised(lambda: call(server.url, retrieve))
    assert_typed(exc, framelane.APIResponseValidationError)
