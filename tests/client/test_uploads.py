"""Uploads: ``client.uploads.upload(file)`` asks the API for a slot, then PUTs the bytes to the slot's URL (on
another origin, the storage server) in one request, with the same Content-Type and without the API key,
streaming files instead of reading them whole."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import framelane

from .conftest import API_KEY, Harness
from .scripted import Recorded, Reply, ScriptedServer


def slot_for(storage: ScriptedServer) -> Any:
    def reply(request: Recorded) -> Reply:
        return Reply(
            201,
            json={
                "upload_url": f"{storage.url}/bucket/up_1?X-Goog-Signature=abc",
                "source_url": "https://cdn.example/uploads/up_1",
                "expires_at": "2024-01-01T01:00:00Z",
            },
        )

    return reply


@pytest.fixture
def slots(server: ScriptedServer, storage: ScriptedServer) -> ScriptedServer:
    server.route("POST", "/v1/uploads", slot_for(storage))
    storage.route("PUT", "/bucket/up_1", Reply(200))
    return storage


def the_put(storage: ScriptedServer) -> Recorded:
    [put] = storage.to("PUT", "/bucket/up_1")
    return put


def test_upload_a_path(
    h: Harness, server: ScriptedServer, slots: ScriptedServer, tmp_path: Path
) -> None:
    data = os.urandom(300_000)
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    client = h.make(default_headers={"X-Team": "a"})
    slot = h.run(client.uploads.upload(path))
    assert slot.source_url == "https://cdn.example/uploads/up_1"
    [ask] = server.requests
    assert ask.json() == {"content_type": "video/mp4", "filename": "clip.mp4"}
    assert ask.header("Authorization") == f"Bearer {API_KEY}"
    put = the_put(slots)
    assert put.query == {"X-Goog-Signature": ["abc"]}
    assert put.header("Content-Type") == "video/mp4"
    assert put.header("Authorization") is None
    assert (
        put.header("X-Team") is None
    )  # the client's headers are for the API, not the storage host
    assert put.body == data
    assert (put.chunked, put.header("Content-Length")) == (False, str(len(data)))


def test_upload_a_str_path(h: Harness, slots: ScriptedServer, tmp_path: Path) -> None:
    path = tmp_path / "font.woff2"
    path.write_bytes(b"wOF2" * 10)
    client = h.make()
    h.run(client.uploads.upload(str(path)))
    assert the_put(slots).header("Content-Type") == "font/woff2"
    assert the_put(slots).body == b"wOF2" * 10


def test_upload_bytes(
    h: Harness, server: ScriptedServer, slots: ScriptedServer
) -> None:
    client = h.make()
    h.run(client.uploads.upload(b"\x89PNG....", content_type="image/png"))
    assert server.requests[0].json() == {"content_type": "image/png"}
    put = the_put(slots)
    assert (put.body, put.header("Content-Type"), put.header("Authorization")) == (
        b"\x89PNG....",
        "image/png",
        None,
    )
    assert put.header("Content-Length") == "8"


def test_upload_bytes_with_a_filename_guesses_the_type(
    h: Harness, server: ScriptedServer, slots: ScriptedServer
) -> None:
    client = h.make()
    h.run(client.uploads.upload(b"RIFF....WAVE", filename="take 2.wav"))
    assert server.requests[0].json()["filename"] == "take 2.wav"
    assert server.requests[0].json()["content_type"] == the_put(slots).header(
        "Content-Type"
    )
    assert the_put(slots).header("Content-Type") in ("audio/x-wav", "audio/wav")


def test_explicit_content_type_wins(
    h: Harness, server: ScriptedServer, slots: ScriptedServer, tmp_path: Path
) -> None:
    path = tmp_path / "clip.bin"
    path.write_bytes(b"x" * 10)
    client = h.make()
    h.run(client.uploads.upload(path, content_type="video/webm", filename="other.mov"))
    assert server.requests[0].json() == {
        "content_type": "video/webm",
        "filename": "other.mov",
    }
    assert the_put(slots).header("Content-Type") == "video/webm"


class ReadRecorder(io.BufferedReader):
    """A real file whose reads are recorded."""

    def __init__(self, path: Path) -> None:
        super().__init__(io.FileIO(path, "rb"))
        self.reads: list[int | None] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.reads.append(size)
        return super().read(size)


def test_upload_a_file_object_in_chunks(
    h: Harness, slots: ScriptedServer, tmp_path: Path
) -> None:
    data = os.urandom(3 * 1024 * 1024 + 5)
    path = tmp_path / "photo.jpeg"
    path.write_bytes(data)
    client = h.make()
    with ReadRecorder(path) as handle:
        h.run(client.uploads.upload(handle))
        reads = handle.reads
    put = the_put(slots)
    assert put.header("Content-Type") == "image/jpeg"
    assert (put.chunked, put.header("Content-Length")) == (False, str(len(data)))
    assert put.body_sha256 == hashlib.sha256(data).hexdigest()
    assert len(reads) >= 4
    assert all(size is not None and 0 < size <= 1024 * 1024 for size in reads), reads


def test_upload_a_file_object_from_its_position(
    h: Harness, slots: ScriptedServer, tmp_path: Path
) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"HEADER" + b"payload")
    client = h.make()
    with open(path, "rb") as handle:
        handle.seek(6)
        h.run(client.uploads.upload(handle))
    put = the_put(slots)
    assert (put.body, put.header("Content-Length")) == (b"payload", "7")
    assert put.header("Content-Type") == "video/mp4"


class Unseekable(io.RawIOBase):
    """A stream of unknown length (like a pipe): the upload can only be sent chunked."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def read(self, size: int | None = -1, /) -> bytes:
        return self._data.read(size)


def test_upload_a_stream_of_unknown_length(h: Harness, slots: ScriptedServer) -> None:
    data = os.urandom(2_500_000)
    client = h.make()
    h.run(client.uploads.upload(Unseekable(data), content_type="video/mp4"))
    put = the_put(slots)
    assert put.chunked and put.header("Content-Length") is None
    assert put.body == data


def test_no_key_even_when_the_slot_is_on_the_api_host(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("POST", "/v1/uploads", slot_for(server))
    server.route("PUT", "/bucket/up_1", Reply(200))
    client = h.make()
    h.run(client.uploads.upload(b"abc", content_type="image/gif"))
    [put] = server.to("PUT", "/bucket/up_1")
    assert put.header("Authorization") is None and put.body == b"abc"


def test_storage_refusal_is_an_error(
    h: Harness, server: ScriptedServer, storage: ScriptedServer
) -> None:
    server.route("POST", "/v1/uploads", slot_for(storage))
    storage.route(
        "PUT",
        "/bucket/up_1",
        Reply(
            403,
            body="<?xml version='1.0'?><Error><Code>SignatureDoesNotMatch</Code></Error>",
        ),
    )
    client = h.make()
    with pytest.raises(framelane.PermissionDeniedError) as info:
        h.run(client.uploads.upload(b"abc", content_type="image/gif"))
    assert info.value.status_code == 403
    assert "SignatureDoesNotMatch" in info.value.message
    assert (
        info.value.request.url.host == "127.0.0.1"
        and info.value.request.url.port == storage.port
    )


def test_a_refused_slot_sends_nothing_to_storage(
    h: Harness, server: ScriptedServer, storage: ScriptedServer
) -> None:
    server.route(
        "POST",
        "/v1/uploads",
        Reply(
            422, json={"error": {"code": "unsupported_content_type", "message": "No."}}
        ),
    )
    client = h.make()
    with pytest.raises(framelane.UnprocessableEntityError):
        h.run(client.uploads.upload(b"abc", content_type="video/mp4"))
    assert storage.count == 0


def test_a_type_the_api_refuses_is_refused_before_anything_is_sent(
    h: Harness, server: ScriptedServer, storage: ScriptedServer
) -> None:
    client = h.make()
    # Bytes with no file name: the guess is application/octet-stream, which the API's allow-list refuses.
    with pytest.raises(
        framelane.FramelaneError,
        match="octet-stream.*guessed.*video/mp4.*content_type=",
    ):
        h.run(client.uploads.upload(b"abc"))
    with pytest.raises(framelane.FramelaneError, match="'text/plain' \\(given\\)"):
        h.run(client.uploads.upload(b"abc", content_type="text/plain"))
    assert server.count == 0 and storage.count == 0


def test_a_large_file_is_streamed_not_read_whole(
    h: Harness, server: ScriptedServer, tmp_path: Path
) -> None:
    size = 48 * 1024 * 1024
    path = tmp_path / "big.mov"
    block = os.urandom(1024 * 1024)
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        for i in range(size // len(block)):
            chunk = block[:-1] + bytes([i % 256])
            handle.write(chunk)
            digest.update(chunk)
    del block, chunk
    storage = ScriptedServer(
        keep_bodies_up_to=0
    )  # the server keeps a hash, not the bytes
    try:
        server.route("POST", "/v1/uploads", slot_for(storage))
        storage.route("PUT", "/bucket/up_1", Reply(200))
        client = h.make()
        tracemalloc.start()
        try:
            h.run(client.uploads.upload(path))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        put = the_put(storage)
        assert put.body_size == size and put.body_sha256 == digest.hexdigest()
        assert put.header("Content-Length") == str(size) and not put.chunked
        assert (
            peak < 8 * 1024 * 1024
        ), f"peak {peak / 2**20:.1f} MiB for a {size / 2**20:.0f} MiB file"
    finally:
        storage.close()
