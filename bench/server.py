"""A minimal, fast HTTP/1.1 server on the loopback interface for the run-time benchmarks (keep-alive, canned
answers), run in its own process so that its work is not counted in the client's process.

    python bench/server.py PORT_FILE

It listens on 127.0.0.1 on a free port, writes the port to PORT_FILE, and answers:

- ``GET /v1/renders/<id>``: 200 with one job;
- ``POST /v1/renders``: 202 with one job (the body is read and ignored);
- ``GET /v1/renders`` (any query): 200 with a page of ``LIST_SIZE`` jobs, ``has_more`` false.

It stops by itself after ``MAX_SECONDS`` or when its parent goes away.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

LIST_SIZE = 1000
MAX_SECONDS = 900.0


def job(i: int = 1) -> dict[str, Any]:
    """One job as the API sends it: a completed render with its output and metadata."""
    return {
        "id": f"render_{i:08d}",
        "kind": "render",
        "workspace_id": "ws_0123456789",
        "status": "completed",
        "created_at": "2025-05-01T12:00:00Z",
        "updated_at": "2025-05-01T12:00:42.5Z",
        "task_type": None,
        "progress_percent": 100.0,
        "progress_stage": "uploading",
        "output": {
            "url": f"https://cdn.framelane.io/renders/render_{i:08d}.mp4",
            "width": 1920,
            "height": 1080,
            "duration": 12.5,
            "size_bytes": 4_812_345,
        },
        "error": None,
        "metadata": {"customer": "acme", "campaign": "spring"},
        "completed_at": "2025-05-01T12:00:42.5Z",
    }


def job_list(n: int = LIST_SIZE) -> dict[str, Any]:
    """A page of ``n`` jobs, the last page."""
    return {"data": [job(i) for i in range(n)], "next_cursor": None, "has_more": False}


def _answer(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    ).encode() + body


JOB = _answer("200 OK", json.dumps(job()).encode())
CREATED = _answer("202 Accepted", json.dumps(job()).encode())
LIST = _answer("200 OK", json.dumps(job_list()).encode())
MISSING = _answer("404 Not Found", b'{"error":{"code":"not_found","message":"no"}}')


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target = head.split(" ", 2)[:2]
            path = target.split("?", 1)[0]
            if method == "GET" and path.startswith("/v1/renders/"):
                answer = JOB
            elif method == "POST" and path == "/v1/renders":
                answer = CREATED
            elif method == "GET" and path == "/v1/renders":
                answer = LIST
            else:
                answer = MISSING
            assert self.transport is not None
            self.transport.write(answer)


async def _serve(port_file: str) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    temporary = port_file + ".tmp"
    with open(temporary, "w") as handle:
        handle.write(str(port))
    os.replace(temporary, port_file)
    parent = os.getppid()
    started = loop.time()
    while loop.time() - started < MAX_SECONDS and os.getppid() == parent:
        await asyncio.sleep(0.5)
    server.close()


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1]))
