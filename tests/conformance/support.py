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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.configurations import Config

# The openapi-core adapters live in oracle.py, shared with the corpus's wire pass; re-exported for the tests.
from tests.conformance.oracle import CoreRequest, CoreResponse, Reply, Sent
from tests.helpers import generate_in_process

__all__ = [
    "BASE_URL",
    "Built",
    "CoreRequest",
    "CoreResponse",
    "Exchange",
    "Reply",
    "Sent",
    "build",
    "built_packages",
    "exchange",
]

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
        """openapi-core for the spec. It knows only ``application/json`` among the JSON types; the other
        ``+json`` types the spec uses (``application/ld+json``...) are JSON too, so they get its JSON reader.
        """
        found = set(re.findall(r'"([\w.-]+/[\w.-]+\+json)"', json.dumps(self.spec)))
        config = Config(
            extra_media_type_deserializers={
                media: json.loads for media in sorted(found)
            }
        )
        return OpenAPI.from_dict(self.spec, config=config)

    @property
    def models(self) -> ModuleType:
        """The package's ``models`` module (every model, enum and alias)."""
        return importlib.import_module(self.package.__name__ + ".models")

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


def built_packages() -> list[Path]:
    """The package folders built so far in this process, in build order."""
    return [b.out / b.package.__name__ for b in _BUILT.values()]


def build(spec: dict[str, Any], **overrides: Any) -> Built:
    """Generate (once per spec and settings in a test session) and import the client of ``spec``; the
    client class is named after the spec's title (``Secured`` -> ``Secured``, ``SECURED_*`` variables).
    """
    title = re.sub(
        r"[^A-Za-z0-9]", "", str(spec.get("info", {}).get("title", "")).title()
    )
    overrides.setdefault("client_name", title if title[:1].isalpha() else "Client")
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
