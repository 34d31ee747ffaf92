"""Arguments on the wire: parameters by their OpenAPI ``style`` and ``explode``, form and multipart bodies by
their media type's ``encoding``, and the JSON form of every value.

Every function here takes values as the caller gave them (models, enums, dates, files) and returns text or
bytes ready to send, percent-encoded where the location needs it. Nothing here knows the API: the generated
methods say, per parameter and body property, what the spec declared (a ``Style``), and only what departs
from the location's default.
"""

from __future__ import annotations

import datetime
import enum
import json
import os
import uuid
from collections.abc import Mapping
from typing import IO, Any, NamedTuple
from urllib.parse import quote

import pydantic

from ._types import NotGiven

__all__ = [
    "Style",
    "to_jsonable",
    "format_path",
    "encode_query",
    "header_value",
    "encode_cookies",
    "encode_form",
    "encode_multipart",
    "is_file",
    "fields_of",
]


class Style(NamedTuple):
    """How one parameter or body property is serialized.

    ``style`` and ``explode`` are the spec's (an empty style means the location's default: ``simple`` for
    path and header, ``form`` for query, cookie and form bodies; explode defaults to true for ``form`` only).
    ``allow_reserved`` leaves reserved characters of a query or form value unencoded. ``content_type`` is set
    when the spec gives the value a media type instead of a style (a parameter's ``content``, or a body
    property's ``encoding.contentType``); ``headers`` are extra headers of a multipart part.
    """

    style: str = ""
    explode: bool | None = None
    allow_reserved: bool = False
    content_type: str = ""
    headers: tuple[tuple[str, str], ...] = ()


_DEFAULT_STYLES = {
    "path": "simple",
    "header": "simple",
    "query": "form",
    "cookie": "form",
    "form": "form",
}
# Reserved characters (RFC 3986) a value may keep with ``allowReserved``; ``&``, ``#`` and ``+`` stay encoded
# because left bare they would end the value, end the query, or read as a space.
_RESERVED_KEPT = ":/?[]@!$'()*,;="


def _resolved(style: Style | None, location: str) -> tuple[str, bool]:
    name = (style.style if style else "") or _DEFAULT_STYLES[location]
    explode = style.explode if style is not None and style.explode is not None else None
    return name, (name == "form" if explode is None else explode)


# ------------------------------------------------------------------------------------------ values


def to_jsonable(value: Any) -> Any:
    """Models, enums, dates and containers as JSON-ready data; arguments left out are dropped."""
    if isinstance(value, pydantic.BaseModel):
        # warnings=False: a model built leniently holds what the server sent, and is sent back as it is.
        return value.model_dump(
            mode="json", by_alias=True, exclude_unset=True, warnings=False
        )
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {
            str(k): to_jsonable(v)
            for k, v in value.items()
            if not isinstance(v, NotGiven)
        }
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        import base64

        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _json_text(value: Any) -> str:
    return json.dumps(to_jsonable(value), separators=(",", ":"), allow_nan=False)


def _text(value: Any) -> str:
    """A scalar as parameter text: booleans as ``true``/``false``, null as empty, containers as JSON."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return _json_text(value)
    return str(value)


def _escape(text: str, allow_reserved: bool = False, *, plus: bool = False) -> str:
    escaped = quote(text, safe=_RESERVED_KEPT if allow_reserved else "")
    return escaped.replace("%20", "+") if plus else escaped


def _pairs(value: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(k), _text(v)) for k, v in value.items() if v is not None]


# ------------------------------------------------------------------------------------------ path


def format_path(
    template: str, params: Mapping[str, Any], styles: Mapping[str, Style] | None = None
) -> str:
    """The path with each ``{name}`` replaced by its value, serialized by its style (``simple``, ``label`` or
    ``matrix``) and percent-encoded: an id ``a/b`` becomes ``a%2Fb``."""
    styles = styles or {}
    out: list[str] = []
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        name, closed, after = tail.partition("}")
        out.append(head)
        if not closed or name not in params:
            out.append("{" + tail)
            rest = ""
            break
        out.append(path_value(name, params[name], styles.get(name)))
        rest = after
    out.append(rest)
    return "".join(out)


def path_value(name: str, raw: Any, style: Style | None = None) -> str:
    """One path parameter's text (RFC 6570 simple, label or matrix expansion, as OpenAPI defines them)."""
    if style is not None and style.content_type:
        return _escape(_json_text(raw))
    kind, explode = _resolved(style, "path")
    value = to_jsonable(raw)
    prefix = {"label": ".", "matrix": ";"}.get(kind, "")
    if isinstance(value, list):
        items = [_escape(_text(v)) for v in value]
        if kind == "matrix":
            key = _escape(name)
            if explode:
                return "".join(f";{key}={item}" for item in items)
            return f";{key}=" + ",".join(items)
        separator = "." if kind == "label" and explode else ","
        return prefix + separator.join(items)
    if isinstance(value, dict):
        pairs = [(_escape(k), _escape(v)) for k, v in _pairs(value)]
        if explode:
            separator = {"label": ".", "matrix": ";"}.get(kind, ",")
            return prefix + separator.join(f"{k}={v}" for k, v in pairs)
        flat = ",".join(f"{k},{v}" for k, v in pairs)
        return f";{_escape(name)}={flat}" if kind == "matrix" else prefix + flat
    text = _escape(_text(value))
    return f";{_escape(name)}={text}" if kind == "matrix" else prefix + text


# ------------------------------------------------------------------------------------------ query and forms


def encode_query(
    query: Mapping[str, Any],
    styles: Mapping[str, Style] | None = None,
    *,
    form: bool = False,
) -> str:
    """Query parameters (or, with ``form``, the fields of an ``application/x-www-form-urlencoded`` body) as
    one encoded string, each by its style: ``form`` (exploded: ``ids=1&ids=2``, else ``ids=1,2``),
    ``spaceDelimited``, ``pipeDelimited`` or ``deepObject`` (``metadata[order]=42``). Arguments left out and
    ``None`` are not sent."""
    styles = styles or {}
    parts: list[str] = []
    for name, raw in query.items():
        if isinstance(raw, NotGiven) or raw is None:
            continue
        parts.extend(_query_parts(name, raw, styles.get(name), form))
    return "&".join(parts)


def _query_parts(name: str, raw: Any, style: Style | None, form: bool) -> list[str]:
    allow = bool(style and style.allow_reserved)

    def esc(text: str) -> str:
        return _escape(text, allow, plus=form)

    key = _escape(name, plus=form)
    if (
        style is not None
        and style.content_type
        and not _is_form_type(style.content_type)
    ):
        return [
            f"{key}={esc(_json_text(raw) if 'json' in style.content_type else _text(to_jsonable(raw)))}"
        ]
    kind, explode = _resolved(style, "form" if form else "query")
    value = to_jsonable(raw)
    if kind == "deepObject":
        return [f"{k}={esc(v)}" for k, v in _deep(key, value)]
    if isinstance(value, list):
        items = [esc(_text(v)) for v in value]
        if explode:
            return [f"{key}={item}" for item in items]
        separator = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}.get(kind, ",")
        return [f"{key}={separator.join(items)}"]
    if isinstance(value, dict):
        pairs = _pairs(value)
        if explode:
            return [f"{_escape(k, plus=form)}={esc(v)}" for k, v in pairs]
        separator = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}.get(kind, ",")
        flat = separator.join(f"{esc(k)}{separator}{esc(v)}" for k, v in pairs)
        return [f"{key}={flat}"]
    return [f"{key}={esc(_text(value))}"]


def _deep(prefix: str, value: Any) -> list[tuple[str, str]]:
    """``deepObject`` pairs, nesting with brackets (``a[b][c]=1``) and indexing arrays (``a[0]=x``), the
    convention of the servers that accept nested objects this way."""
    if isinstance(value, dict):
        found: list[tuple[str, str]] = []
        for k, v in value.items():
            if v is not None:
                found.extend(_deep(f"{prefix}[{_escape(str(k))}]", v))
        return found
    if isinstance(value, list):
        found = []
        for index, item in enumerate(value):
            found.extend(_deep(f"{prefix}[{index}]", item))
        return found
    return [(prefix, _text(value))]


def _is_form_type(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in ("", "text/plain")


def encode_form(
    body: Mapping[str, Any], encodings: Mapping[str, Style] | None = None
) -> bytes:
    """An ``application/x-www-form-urlencoded`` body: each field by its ``encoding`` (style ``form``,
    exploded, by default; a JSON ``contentType`` sends the field as JSON text)."""
    return encode_query(fields_of(body), encodings, form=True).encode("ascii")


def fields_of(body: Any) -> dict[str, Any]:
    """A body's fields by wire name: a model's set fields (by alias), or a mapping's given ones."""
    if isinstance(body, pydantic.BaseModel):
        dumped: dict[str, Any] = body.model_dump(by_alias=True, exclude_unset=True)
        return dumped
    if isinstance(body, Mapping):
        return {str(k): v for k, v in body.items() if not isinstance(v, NotGiven)}
    return {}


# ------------------------------------------------------------------------------------------ headers, cookies


def header_value(raw: Any, style: Style | None = None) -> str:
    """A header parameter's value (``simple``: ``a,b``; objects ``k,v`` or, exploded, ``k=v``)."""
    if style is not None and style.content_type:
        return _json_text(raw)
    _, explode = _resolved(style, "header")
    value = to_jsonable(raw)
    if isinstance(value, list):
        return ",".join(_text(v) for v in value)
    if isinstance(value, dict):
        pairs = _pairs(value)
        if explode:
            return ",".join(f"{k}={v}" for k, v in pairs)
        return ",".join(f"{k},{v}" for k, v in pairs)
    return _text(value)


def encode_cookies(
    cookies: Mapping[str, Any], styles: Mapping[str, Style] | None = None
) -> str:
    """Cookie parameters as one ``Cookie`` header value. Names and values are percent-encoded, so that a
    value can never end its cookie or start another (``a b;c=d`` is ``a%20b%3Bc%3Dd``).
    """
    styles = styles or {}
    parts: list[str] = []
    for name, raw in cookies.items():
        if isinstance(raw, NotGiven) or raw is None:
            continue
        style = styles.get(name)
        key = _escape(name)
        if style is not None and style.content_type:
            parts.append(f"{key}={_escape(_json_text(raw))}")
            continue
        _, explode = _resolved(style, "cookie")
        value = to_jsonable(raw)
        if isinstance(value, list):
            items = [_escape(_text(v)) for v in value]
            if explode:
                parts.extend(f"{key}={item}" for item in items)
            else:
                parts.append(f"{key}={','.join(items)}")
        elif isinstance(value, dict):
            pairs = [(_escape(k), _escape(v)) for k, v in _pairs(value)]
            if explode:
                parts.extend(f"{k}={v}" for k, v in pairs)
            else:
                parts.append(f"{key}=" + ",".join(f"{k},{v}" for k, v in pairs))
        else:
            parts.append(f"{key}={_escape(_text(value))}")
    return "; ".join(parts)


# ------------------------------------------------------------------------------------------ multipart


def is_file(value: Any) -> bool:
    """Whether ``value`` is one of the file inputs (bytes, a binary file object, a path, or a tuple of a file
    name, such content, and optionally a content type and headers)."""
    if isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(value, "read"):
        return True
    return (
        isinstance(value, tuple)
        and 2 <= len(value) <= 4
        and (value[0] is None or isinstance(value[0], str))
        and (
            isinstance(value[1], (bytes, bytearray, os.PathLike))
            or hasattr(value[1], "read")
        )
    )


def _read(content: bytes | bytearray | IO[bytes] | os.PathLike[str]) -> bytes:
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    if isinstance(content, os.PathLike):
        with open(content, "rb") as handle:
            return handle.read()
    data = content.read()
    return data.encode() if isinstance(data, str) else bytes(data)


def _quoted(text: str) -> str:
    """A ``Content-Disposition`` parameter value, escaped the way browsers do (so that it cannot end early)."""
    return (
        text.replace("\\", "\\\\")
        .replace('"', "%22")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
    )


def encode_multipart(
    body: Mapping[str, Any] | pydantic.BaseModel,
    encodings: Mapping[str, Style] | None,
    boundary: str,
) -> bytes:
    """A ``multipart/form-data`` body, multipart even when no file is among the fields.

    Files become file parts (``application/octet-stream`` unless a content type is given); an array becomes
    one part per item with the same name; objects become JSON parts; other values text parts. A field's
    ``encoding.contentType`` wins (a JSON type sends even an array as one JSON part), and its headers are
    added to its parts.
    """
    encodings = encodings or {}
    chunks: list[bytes] = []
    for name, value in fields_of(body).items():
        if value is None:
            continue
        style = encodings.get(name) or Style()
        json_part = "json" in style.content_type.lower()
        values = value if isinstance(value, list) and not json_part else [value]
        for item in values:
            chunks.append(_part(name, item, style, boundary))
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)


def _part(name: str, value: Any, style: Style, boundary: str) -> bytes:
    headers = list(style.headers)
    disposition = f'form-data; name="{_quoted(name)}"'
    content_type = style.content_type
    if is_file(value):
        filename: str | None
        if isinstance(value, tuple):
            filename, content, *rest = value
            if rest and rest[0]:
                content_type = rest[0]
            if len(rest) > 1 and rest[1]:
                headers.extend((str(k), str(v)) for k, v in dict(rest[1]).items())
        else:
            content = value
            filename = _file_name(value)
        data = _read(content)
        disposition += f'; filename="{_quoted(filename or "upload")}"'
        content_type = content_type or "application/octet-stream"
    elif (
        isinstance(value, (dict, list, pydantic.BaseModel))
        or "json" in content_type.lower()
    ):
        data = _json_text(value).encode()
        content_type = content_type or "application/json"
    else:
        data = _text(to_jsonable(value)).encode()
    lines = [f"--{boundary}", f"Content-Disposition: {disposition}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(
        f"{k}: {v}"
        for k, v in headers
        if k.lower() not in ("content-type", "content-disposition")
    )
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + data + b"\r\n"


def _file_name(value: Any) -> str | None:
    if isinstance(value, os.PathLike):
        return os.path.basename(str(os.fspath(value)))
    name = getattr(value, "name", None)
    return os.path.basename(name) if isinstance(name, str) else None
