"""The conformance harness: generate a client from a small spec, call it through ``httpx.MockTransport``, and
judge what went over the wire with ``openapi-core`` (a validator that is not our code).

A test writes a spec as a dict, builds its client once (``build``), then ``exchange``s: one call made with the
sync client and the same call made with the async one. Both requests are captured; they must be the same bytes
(the two clients share one code path), and the test asserts on them exactly. ``Exchange.validate()`` has
``openapi-core`` check the request against the spec, and the scripted response too.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import json
import re
import sys
import tempfile
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict
from werkzeug.http import parse_cookie

from tests.helpers import generate_in_process

BASE_URL = "https://api.example.test"
_BUILT: dict[str, Built] = {}
_ROOT = Path(tempfile.mkdtemp(prefix="conformance-"))


@dataclass
class Built:
    """A generated client package, imported, with the spec it came from."""

    spec: dict[str, Any]
    package: ModuleType
    out: Path
    warnings: list[str]

    @property
    def openapi(self) -> OpenAPI:
        return OpenAPI.from_dict(self.spec)

    def client(
        self, transport: httpx.MockTransport, *, is_async: bool, **options: Any
    ) -> Any:
        """A client of one flavour whose HTTP goes to ``transport``."""
        names = [
            n
            for n in self.package.__all__
            if isinstance(getattr(self.package, n), type)
            and getattr(getattr(self.package, n), "with_options", None)
        ]
        sync_name = next(n for n in names if not n.startswith("Async"))
        cls = getattr(self.package, f"Async{sync_name}" if is_async else sync_name)
        http = (
            httpx.AsyncClient(transport=transport)
            if is_async
            else httpx.Client(transport=transport)
        )
        options.setdefault("base_url", BASE_URL)
        options.setdefault("max_retries", 0)
        return cls(http_client=http, **options)


def build(spec: dict[str, Any], **overrides: Any) -> Built:
    """Generate (once per spec and settings in a test session) and import the client of ``spec``."""
    text = json.dumps(spec, sort_keys=True) + json.dumps(
        overrides, sort_keys=True, default=str
    )
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    if digest in _BUILT:
        return _BUILT[digest]
    package = f"conf_{digest}"
    folder = _ROOT / digest
    folder.mkdir(parents=True, exist_ok=True)
    spec_path = folder / "spec.json"
    spec_path.write_text(json.dumps(spec))
    outcome = generate_in_process(spec_path, folder / "out", package, **overrides)
    assert outcome.api is not None, "generation failed"
    if str(folder / "out") not in sys.path:
        sys.path.insert(0, str(folder / "out"))
    module = importlib.import_module(package)
    warnings = [str(w) for w in getattr(outcome, "warnings", [])]
    built = Built(spec=spec, package=module, out=folder / "out", warnings=warnings)
    _BUILT[digest] = built
    return built


# --------------------------------------------------------------------------------------------- the exchange


@dataclass
class Reply:
    """A scripted response."""

    status: int = 200
    json: Any = None
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def to_httpx(self, request: httpx.Request) -> httpx.Response:
        if self.content is not None:
            return httpx.Response(
                self.status,
                content=self.content,
                headers=dict(self.headers),
                request=request,
            )
        if self.json is None:
            return httpx.Response(
                self.status, headers=dict(self.headers), request=request
            )
        headers = {"Content-Type": "application/json", **self.headers}
        return httpx.Response(
            self.status,
            content=json.dumps(self.json).encode(),
            headers=headers,
            request=request,
        )


@dataclass
class Sent:
    """One captured request, its body read."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: bytes

    @property
    def query(self) -> str:
        """The raw query string, as sent (percent-encoding kept)."""
        return self.url.query.decode("ascii")

    @property
    def path(self) -> str:
        """The raw path, as sent (percent-encoding kept)."""
        return self.url.raw_path.decode("ascii").split("?", 1)[0]

    @property
    def cookies(self) -> dict[str, str]:
        return dict(parse_cookie(self.headers.get("cookie", "")))

    def normalized_body(self) -> bytes:
        """The body with a multipart boundary replaced by a fixed one (it is random per request)."""
        match = re.search(r"boundary=([^;]+)", self.headers.get("content-type", ""))
        if not match:
            return self.body
        return self.body.replace(match.group(1).encode(), b"BOUNDARY")


@dataclass
class Exchange:
    """The same call made with the sync and the async client."""

    built: Built
    sent: list[Sent]
    results: list[Any]
    reply: Reply

    @property
    def request(self) -> Sent:
        """The request both clients sent (they must agree)."""
        assert self.sent, "no request was sent"
        first = self.sent[0]
        for other in self.sent[1:]:
            assert (other.method, str(other.url)) == (first.method, str(first.url))
            assert _comparable_headers(other.headers) == _comparable_headers(
                first.headers
            )
            assert other.normalized_body() == first.normalized_body()
        return first

    @property
    def result(self) -> Any:
        """What the sync call returned (the async one is checked to be equal when it is a value)."""
        return self.results[0]

    def validate(self, *, response: bool = True) -> None:
        """``openapi-core`` accepts the request (and the scripted response) for the spec."""
        openapi = self.built.openapi
        for sent in self.sent:
            core_request = CoreRequest(sent)
            openapi.validate_request(core_request)
            if response:
                openapi.validate_response(core_request, CoreResponse(self.reply))


def _comparable_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    skip = (
        {"content-length", "content-type"}
        if "multipart" in headers.get("content-type", "")
        else set()
    )
    items = [(k.lower(), v) for k, v in headers.multi_items() if k.lower() not in skip]
    return sorted(items)


def exchange(
    built: Built,
    call: Callable[[Any], Any],
    reply: Reply | None = None,
    **client_options: Any,
) -> Exchange:
    """Make ``call(client)`` with a sync client, then with an async one; every request gets ``reply``."""
    reply = reply or Reply()
    sent: list[Sent] = []
    results: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(Sent(request.method, request.url, request.headers, request.read()))
        return reply.to_httpx(request)

    async def async_handler(request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        sent.append(Sent(request.method, request.url, request.headers, body))
        return reply.to_httpx(request)

    sync_client = built.client(
        httpx.MockTransport(handler), is_async=False, **client_options
    )
    results.append(call(sync_client))

    async def run_async() -> Any:
        client = built.client(
            httpx.MockTransport(async_handler), is_async=True, **client_options
        )
        value = call(client)
        if asyncio.iscoroutine(value) or hasattr(value, "__await__"):
            value = await value
        return value

    results.append(asyncio.run(run_async()))
    return Exchange(built=built, sent=sent, results=results, reply=reply)


# --------------------------------------------------------------------------------------------- openapi-core


class CoreRequest:
    """A captured request as ``openapi-core`` reads one, parsed the way a server would (werkzeug's cookie
    parser, the standard library's query parser); the path stays percent-encoded so that an encoded ``/``
    does not split a path parameter."""

    def __init__(self, sent: Sent) -> None:
        self.sent = sent
        pairs = urllib.parse.parse_qsl(sent.query, keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(pairs),
            header=Headers(list(sent.headers.multi_items())),
            cookie=ImmutableMultiDict(
                list(parse_cookie(sent.headers.get("cookie", "")).items(multi=True))
            ),
        )

    @property
    def host_url(self) -> str:
        return f"{self.sent.url.scheme}://{self.sent.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self.sent.path

    @property
    def method(self) -> str:
        return self.sent.method.lower()

    @property
    def body(self) -> bytes | None:
        return self.sent.body or None

    @property
    def content_type(self) -> str:
        return self.sent.headers.get("content-type", "")


class CoreResponse:
    """A scripted response as ``openapi-core`` reads one."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        response = reply.to_httpx(httpx.Request("GET", BASE_URL))
        self.data = response.content
        self.status_code = reply.status
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(list(response.headers.multi_items()))
