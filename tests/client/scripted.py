"""A scripted HTTP/1.1 server on loopback: it answers from a script, counts requests and records them.

Each route (method and raw path, or a path prefix ending in ``*``) has a queue of replies; a request takes the
next one, and the last one repeats. A reply is a ``Reply`` or a function of the ``Recorded`` request returning
one. Every request is recorded as it reached the socket: raw path (still percent-encoded), query, headers, body
(read incrementally; whether it came chunked or with a Content-Length), arrival time and the client's port (one
port per TCP connection, so requests on a reused connection share it).
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

_MISSING: Any = object()


@dataclass
class Reply:
    """What the server answers."""

    status: int = 200
    json: Any = _MISSING
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (to provoke client timeouts)."""
    drop: bool = False
    """Close the connection without answering (a connection error for the client)."""
    chunks: list[bytes] | None = None
    """Send the body with chunked transfer encoding, one chunk each."""
    gate: threading.Event | None = None
    """With ``chunks``: wait for this event after the first chunk before sending the rest."""
    truncate: bool = False
    """Declare the whole body's Content-Length, send half of it, and close the connection."""


Script = Reply | Callable[["Recorded"], Reply]


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes | None
    body_size: int
    body_sha256: str
    chunked: bool
    arrived: float
    """``time.monotonic()`` when the request's head arrived."""
    arrived_wall: float
    """``time.time()`` then."""
    client_port: int

    @property
    def path(self) -> str:
        """The raw path, percent-encoding untouched."""
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        values = self.header_all(name)
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def json(self) -> Any:
        assert self.body is not None, "body was too large to keep"
        return json.loads(self.body)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = (
        True  # headers and body go out in separate writes: no 40 ms delayed-ACK stalls
    )
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.owner._lock:
            self.server.owner.open_connections += 1

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.owner._lock:
                self.server.owner.open_connections -= 1

    def _read_body(self) -> tuple[bytes | None, int, str, bool]:
        keep = self.server.owner.keep_bodies_up_to
        digest = hashlib.sha256()
        kept: list[bytes] | None = []
        size = 0

        def take(data: bytes) -> None:
            nonlocal size, kept
            size += len(data)
            digest.update(data)
            if kept is not None:
                if size > keep:
                    kept = None
                else:
                    kept.append(data)

        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        if chunked:
            while True:
                line = self.rfile.readline(1024).strip()
                length = int(line.split(b";")[0], 16)
                if length == 0:
                    while self.rfile.readline(1024).strip():
                        pass
                    break
                remaining = length
                while remaining:
                    data = self.rfile.read(min(remaining, 65536))
                    if not data:
                        raise ConnectionError("body cut short")
                    take(data)
                    remaining -= len(data)
                self.rfile.readline(16)
        else:
            remaining = int(self.headers.get("Content-Length") or 0)
            while remaining:
                data = self.rfile.read(min(remaining, 65536))
                if not data:
                    raise ConnectionError("body cut short")
                take(data)
                remaining -= len(data)
        body = b"".join(kept) if kept is not None else None
        return body, size, digest.hexdigest(), chunked

    def _handle(self) -> None:
        owner = self.server.owner
        arrived, arrived_wall = time.monotonic(), time.time()
        body, size, sha, chunked = self._read_body()
        recorded = Recorded(
            method=self.command,
            target=self.path,
            headers=list(self.headers.items()),
            body=body,
            body_size=size,
            body_sha256=sha,
            chunked=chunked,
            arrived=arrived,
            arrived_wall=arrived_wall,
            client_port=self.client_address[1],
        )
        with owner._lock:
            owner.requests.append(recorded)
        reply = owner._next_reply(recorded)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        headers = dict(reply.headers)
        if reply.json is not _MISSING:
            payload = json.dumps(reply.json).encode()
            headers.setdefault("Content-Type", "application/json")
        else:
            payload = reply.body.encode() if isinstance(reply.body, str) else reply.body
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        if reply.chunks is not None:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for index, chunk in enumerate(reply.chunks):
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
                if index == 0 and reply.gate is not None:
                    reply.gate.wait(5)
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if reply.truncate:
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(payload)
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    owner: ScriptedServer


class ScriptedServer:
    """The server; ``url`` is its origin (``http://127.0.0.1:<port>``)."""

    def __init__(self, keep_bodies_up_to: int = 4 * 1024 * 1024) -> None:
        self.keep_bodies_up_to = keep_bodies_up_to
        self.requests: list[Recorded] = []
        self.open_connections = 0
        self._routes: list[tuple[str, str, deque[Script]]] = []
        self._lock = threading.Lock()
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.005},
            daemon=True,
        )
        self._thread.start()

    def route(self, method: str, path: str, *replies: Script) -> ScriptedServer:
        """Answer ``method path`` with ``replies`` in order (the last one repeats). A later route for the
        same method and path replaces the earlier one."""
        assert replies, "a route needs at least one reply"
        with self._lock:
            self._routes = [
                r for r in self._routes if (r[0], r[1]) != (method.upper(), path)
            ]
            self._routes.append((method.upper(), path, deque(replies)))
        return self

    def _next_reply(self, recorded: Recorded) -> Reply:
        with self._lock:
            for method, path, queue in self._routes:
                if method != recorded.method:
                    continue
                if path == recorded.path or (
                    path.endswith("*") and recorded.path.startswith(path[:-1])
                ):
                    script = queue.popleft() if len(queue) > 1 else queue[0]
                    break
            else:
                script = Reply(
                    404,
                    json={
                        "error": {
                            "code": "unscripted",
                            "message": f"{recorded.method} {recorded.path}",
                        }
                    },
                )
        return script(recorded) if callable(script) else script

    def to(self, method: str, path: str) -> list[Recorded]:
        """The recorded requests to ``method path`` (raw path, no query)."""
        with self._lock:
            return [
                r
                for r in self.requests
                if r.method == method.upper() and r.path == path
            ]

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def wait_for_idle_connections(self, timeout: float = 3.0) -> bool:
        """Whether every client connection got closed within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.open_connections == 0:
                return True
            time.sleep(0.01)
        return self.open_connections == 0

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def job(id: str = "render_1", status: str = "queued", **extra: Any) -> dict[str, Any]:
    """A ``Job`` as the API sends it."""
    return {
        "id": id,
        "kind": "render" if id.startswith("render") else "task",
        "workspace_id": "ws_1",
        "status": status,
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z",
        **extra,
    }


def error(status: int, code: str, message: str, **extra: Any) -> Reply:
    """An error in the API's envelope."""
    headers = extra.pop("headers", {})
    return Reply(
        status,
        json={"error": {"code": code, "message": message, **extra}},
        headers=headers,
    )


def page(ids: Iterable[str], next_cursor: str | None) -> Reply:
    """A page of jobs."""
    return Reply(
        json={
            "data": [job(i) for i in ids],
            "next_cursor": next_cursor,
            "has_more": next_cursor is not None,
        }
    )
