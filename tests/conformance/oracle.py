"""The wire oracle's adapters, shared by the conformance tests (``support.py``) and the corpus's wire pass
(``tests/corpus/wire.py``): a captured request (``Sent``) and a scripted response (``Reply``), each in the form
``openapi-core`` reads (``CoreRequest``, ``CoreResponse``).

The request is parsed the way a server would parse it, not the way our client meant it, so that ``openapi-core``
judges the bytes that went over the wire. Nothing here imports the generator or a generated client.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict
from werkzeug.http import parse_cookie

# Only a placeholder request for ``CoreResponse``: openapi-core reads no URL from a response.
_ANY_URL = "https://api.example.test"


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


class DecodedPathParameters(RequestParameters):
    """``RequestParameters`` whose path values are percent-decoded when set: openapi-core matches the raw path
    against the templates (so an encoded ``/`` stays inside its segment) and then stores the template's variables
    here, still encoded; a server decodes each value after matching, and so does this (``00%3A00`` arrives as
    ``00:00``, ``a%2Fb`` as ``a/b``)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "path" and isinstance(value, Mapping):
            value = {
                key: urllib.parse.unquote(item) if isinstance(item, str) else item
                for key, item in value.items()
            }
        super().__setattr__(name, value)


class CoreRequest:
    """A captured request as ``openapi-core`` reads one, parsed the way a server would (werkzeug's cookie
    parser, the standard library's query parser); the path stays percent-encoded for openapi-core's matching, so
    that an encoded ``/`` does not split a path parameter, and the values it then finds are decoded
    (``DecodedPathParameters``)."""

    def __init__(self, sent: Sent) -> None:
        self.sent = sent
        pairs = urllib.parse.parse_qsl(sent.query, keep_blank_values=True)
        self.parameters = DecodedPathParameters(
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
        # openapi-core joins ``host_url`` and the path with ``urljoin``, which reads a path starting ``//`` (an
        # empty first segment: ``https://h//api/x``) as another host; ``/.`` is removed again by that join.
        return (
            "/." + self.sent.path if self.sent.path.startswith("//") else self.sent.path
        )

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
        response = reply.to_httpx(httpx.Request("GET", _ANY_URL))
        self.data = response.content
        self.status_code = reply.status
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(list(response.headers.multi_items()))
