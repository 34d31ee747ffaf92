"""Downloads: ``client.renders.download(id)`` follows the API's redirect to the storage host (another origin)
without the API key, and returns a binary response that can be read, iterated or written to a file as it
streams in."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import framelane

from .conftest import API_KEY, Harness
from .scripted import Reply, ScriptedServer, error

ARTIFACT = os.urandom(200_000)


@pytest.fixture
def redirected(server: ScriptedServer, storage: ScriptedServer) -> ScriptedServer:
    location = f"{storage.url}/artifacts/render_1.mp4?X-Goog-Signature=sig"
    server.route(
        "GET",
        "/v1/renders/render_1/download",
        Reply(302, headers={"Location": location}),
    )
    server.route(
        "GET", "/v1/tasks/task_1/download", Reply(302, headers={"Location": location})
    )
    storage.route(
        "GET",
        "/artifacts/render_1.mp4",
        Reply(body=ARTIFACT, headers={"Content-Type": "video/mp4"}),
    )
    return storage


def read(h: Harness, response: Any) -> bytes:
    return h.run(response.read())  # type: ignore[no-any-return]


def test_download_follows_the_redirect_without_the_key(
    h: Harness, server: ScriptedServer, redirected: ScriptedServer
) -> None:
    client = h.make(default_headers={"X-Team": "a"})
    response = h.run(client.renders.download("render_1"))
    assert isinstance(
        response,
        framelane.AsyncBinaryResponse if h.is_async else framelane.BinaryResponse,
    )
    assert response.status_code == 200
    assert response.content_type == "video/mp4"
    assert read(h, response) == ARTIFACT
    [asked] = server.requests
    assert asked.header("Authorization") == f"Bearer {API_KEY}"
    [fetched] = redirected.requests
    assert fetched.header("Authorization") is None
    assert fetched.query == {"X-Goog-Signature": ["sig"]}


def test_task_download(h: Harness, redirected: ScriptedServer) -> None:
    client = h.make()
    assert read(h, h.run(client.tasks.download("task_1"))) == ARTIFACT
    assert redirected.requests[0].header("Authorization") is None


def test_same_origin_redirect_keeps_the_key(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1/download",
        Reply(302, headers={"Location": "/files/render_1.mp4"}),
    )
    server.route("GET", "/files/render_1.mp4", Reply(body=b"same origin"))
    client = h.make()
    assert read(h, h.run(client.renders.download("render_1"))) == b"same origin"
    assert [r.header("Authorization") for r in server.requests] == [
        f"Bearer {API_KEY}"
    ] * 2


def test_iter_bytes(h: Harness, redirected: ScriptedServer) -> None:
    client = h.make()
    response = h.run(client.renders.download("render_1"))
    if h.is_async:

        async def collect() -> list[bytes]:
            return [chunk async for chunk in response.iter_bytes()]

        chunks = h.run(collect())
    else:
        chunks = list(response.iter_bytes())
    assert b"".join(chunks) == ARTIFACT


def test_write_to_file(h: Harness, redirected: ScriptedServer, tmp_path: Path) -> None:
    client = h.make()
    target = tmp_path / "out.mp4"
    h.run(h.run(client.renders.download("render_1")).write_to_file(target))
    assert target.read_bytes() == ARTIFACT


def test_the_body_streams_as_it_arrives(
    h: Harness, server: ScriptedServer, storage: ScriptedServer
) -> None:
    """The storage host sends one chunk, then holds the rest until the test has seen that chunk: a client that
    read the whole body before returning would wait for the server's 5 s gate and fail the timing check.
    """
    gate = threading.Event()
    server.route(
        "GET",
        "/v1/renders/render_1/download",
        Reply(302, headers={"Location": f"{storage.url}/artifacts/big.mp4"}),
    )
    storage.route(
        "GET",
        "/artifacts/big.mp4",
        Reply(chunks=[b"first-chunk", b"second", b"third"], gate=gate),
    )
    client = h.make()
    started = time.monotonic()
    response = h.run(client.renders.download("render_1"))
    if h.is_async:
        iterator = response.iter_bytes()
        first = h.run(iterator.__anext__())
        elapsed = time.monotonic() - started
        gate.set()

        async def rest() -> list[bytes]:
            return [chunk async for chunk in iterator]

        remainder = h.run(rest())
    else:
        iterator = response.iter_bytes()
        first = next(iterator)
        elapsed = time.monotonic() - started
        gate.set()
        remainder = list(iterator)
    assert elapsed < 2.0
    assert first == b"first-chunk"
    assert b"".join([first, *remainder]) == b"first-chunksecondthird"


def test_download_before_completion_is_a_conflict(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1/download",
        error(
            409, "job_not_completed", "Still rendering.", headers={"Retry-After": "0"}
        ),
    )
    client = h.make()
    with pytest.raises(framelane.ConflictError) as info:
        h.run(client.renders.download("render_1"))
    assert (info.value.code, info.value.message) == (
        "job_not_completed",
        "Still rendering.",
    )
    assert server.count == 1


def test_storage_errors_are_raised(
    h: Harness, server: ScriptedServer, storage: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1/download",
        Reply(302, headers={"Location": f"{storage.url}/artifacts/gone.mp4"}),
    )
    storage.route(
        "GET",
        "/artifacts/gone.mp4",
        Reply(404, body="<Error><Code>NoSuchKey</Code></Error>"),
    )
    client = h.make()
    with pytest.raises(framelane.NotFoundError) as info:
        h.run(client.renders.download("render_1"))
    assert "NoSuchKey" in info.value.message
    assert API_KEY not in str(info.value)


def test_a_redirect_loop_ends(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/render_1/download",
        Reply(302, headers={"Location": "/v1/renders/render_1/download"}),
    )
    client = h.make()
    with pytest.raises(framelane.APIStatusError, match="redirect"):
        h.run(client.renders.download("render_1"))
    assert 2 <= server.count <= 10


def test_raw_download(h: Harness, redirected: ScriptedServer) -> None:
    client = h.make()
    raw = h.run(client.renders.with_raw_response.download("render_1"))
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "video/mp4"
    assert read(h, raw.parse()) == ARTIFACT
