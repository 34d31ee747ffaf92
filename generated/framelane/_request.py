"""Request building: the pieces of a call that need no client state, such as the body's bytes in its media
type, the default headers and query of a ``with_options`` copy, the idempotency key, and the next request of
a redirect. ``BaseClient._build_request`` (``_base_client``) puts a call's request together with them.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from typing import Any, Literal

import httpx
import pydantic

from ._auth import Credentials
from ._encoding import Style, encode_form, encode_multipart, fields_of, to_jsonable
from ._exceptions import APIStatusError
from ._types import NotGiven, RequestOptions

BodyKind = Literal["json", "form", "multipart", "binary", "text"]

# The names a call's ``**options`` may hold (anything else is a misspelt argument).
OPTIONS = RequestOptions.__optional_keys__ | RequestOptions.__required_keys__


def body_bytes(
    body: Any,
    body_kind: BodyKind,
    content_type: str | None,
    encodings: Mapping[str, Style] | None,
    options: RequestOptions,
    headers: dict[str, str],
) -> bytes | None:
    """The body's bytes in its media type (setting ``Content-Type``); ``None`` when nothing is sent."""
    extra_body = options.get("extra_body")
    if isinstance(body, NotGiven) and not extra_body:
        return None
    if body_kind == "json":
        data = to_jsonable({} if isinstance(body, NotGiven) else body)
        if extra_body and isinstance(data, dict):
            data.update(to_jsonable(extra_body))
        headers.setdefault("Content-Type", content_type or "application/json")
        return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()
    if body_kind == "form" and isinstance(body, (str, bytes, bytearray)):
        # A form body whose schema is a string is the encoded form text itself (``a=1&b=2``): sent as
        # given, never read as fields (a string has none, and nothing would be sent).
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        return body.encode() if isinstance(body, str) else bytes(body)
    if body_kind in ("form", "multipart"):
        if not isinstance(body, (NotGiven, Mapping, pydantic.BaseModel)):
            # fields_of() would find no field in it, and an empty body would go out in its place.
            raise TypeError(
                f"a {content_type or body_kind} body is a mapping of its fields or a model, "
                f"not {type(body).__name__}"
            )
        fields = fields_of(body)
        fields.update(extra_body or {})
        if body_kind == "form":
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
            return encode_form(fields, encodings)
        boundary = uuid.uuid4().hex
        headers.setdefault(
            "Content-Type",
            f"{content_type or 'multipart/form-data'}; boundary={boundary}",
        )
        return encode_multipart(fields, encodings, boundary)
    if isinstance(body, NotGiven):
        return None
    headers.setdefault("Content-Type", content_type or "application/octet-stream")
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, os.PathLike):
        with open(body, "rb") as handle:
            return handle.read()
    if hasattr(body, "read"):
        data = body.read()
        return data.encode() if isinstance(data, str) else bytes(data)
    return bytes(body)


def nothing_given(body: Any) -> bool:
    """Whether a body is absent, or a mapping none of whose fields was given."""
    return isinstance(body, NotGiven) or (
        isinstance(body, Mapping)
        and all(isinstance(v, NotGiven) for v in body.values())
    )


def idempotency_key(given: Any) -> str:
    """The caller's own key, else a new one (once per call: its retries reuse it)."""
    return str(given) if isinstance(given, str) and given else str(uuid.uuid4())


def merged_defaults(
    headers: Mapping[str, str],
    query: Mapping[str, object],
    default_headers: Mapping[str, str] | NotGiven,
    set_default_headers: Mapping[str, str] | NotGiven,
    default_query: Mapping[str, object] | NotGiven,
    set_default_query: Mapping[str, object] | NotGiven,
) -> tuple[dict[str, str], dict[str, object]]:
    """The default headers and query of a ``with_options`` copy: added to the client's (``headers``,
    ``query``), or replacing them (``set_...``); giving both of a pair is an error."""
    if not isinstance(default_headers, NotGiven) and not isinstance(
        set_default_headers, NotGiven
    ):
        raise TypeError(
            "pass default_headers (added) or set_default_headers (replacing), not both"
        )
    if not isinstance(default_query, NotGiven) and not isinstance(
        set_default_query, NotGiven
    ):
        raise TypeError(
            "pass default_query (added) or set_default_query (replacing), not both"
        )
    merged_headers = dict(headers)
    if not isinstance(set_default_headers, NotGiven):
        merged_headers = dict(set_default_headers)
    elif not isinstance(default_headers, NotGiven):
        merged_headers.update(default_headers)
    merged_query = dict(query)
    if not isinstance(set_default_query, NotGiven):
        merged_query = dict(set_default_query)
    elif not isinstance(default_query, NotGiven):
        merged_query.update(default_query)
    return merged_headers, merged_query


def redirect(
    request: httpx.Request, response: httpx.Response, credentials: Credentials
) -> httpx.Request:
    """The next request of a followed redirect; credentials never go to another origin."""
    location = response.headers.get("location")
    if not location:
        raise APIStatusError("Redirect without a Location header", response=response)
    url = request.url.join(location)
    headers = {
        k: v
        for k, v in request.headers.items()
        if k.lower() not in ("host", "content-length", "content-type")
    }
    if (url.scheme, url.host, url.port) != (
        request.url.scheme,
        request.url.host,
        request.url.port,
    ):
        hidden, query_names = credentials.cross_origin_names()
        headers = {k: v for k, v in headers.items() if k.lower() not in hidden}
        secrets = set(credentials.secrets())
        if query_names or secrets:
            url = url.copy_with(
                params=[
                    (k, v)
                    for k, v in url.params.multi_items()
                    if k not in query_names and v not in secrets
                ]
            )
    return httpx.Request("GET", url, headers=headers, extensions=request.extensions)
