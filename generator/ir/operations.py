"""Operations: a method's parameters, request body, responses, pagination and security requirement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .types import JsonValue, DeclRef, TypeRef
from .declarations import Default

# ----------------------------------------------------------------------------------------------------- operations

# Alternatives of scheme keys: any one alternative will do; every scheme of it is sent.
Requirement = tuple[tuple[str, ...], ...]

ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter, or (``location == "body"``) a property of a flattened body,
    by its wire name (a target names its argument: the Python target's ``names``)."""

    wire: str
    location: Literal["path", "query", "header", "cookie", "body"]
    type: TypeRef
    required: bool
    description: str = ""
    default: Default | None = None
    deprecated: bool = False
    # The serialization the spec declares (``style`` empty: the location's default, see ``Style`` in the
    # runtime); ``content_type`` when the parameter has ``content`` (its value is sent as that media type).
    style: str = ""
    explode: bool = True
    allow_reserved: bool = False
    content_type: str = ""
    examples: tuple[JsonValue, ...] = ()
    pointer: str = ""


@dataclass(frozen=True)
class PartEncoding:
    """How one property of a form or multipart body travels: its entry of the media type's ``encoding``."""

    wire: str
    style: str = ""
    explode: bool = True
    allow_reserved: bool = False
    content_type: str = ""
    # Fixed headers of its multipart part (those whose schema gives a default, const or single enum value).
    headers: tuple[tuple[str, str], ...] = ()


BodyKind = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class RequestBody:
    """The request body. ``flattened`` means its properties are the method's keyword arguments
    (``Operation.parameters`` with ``location == "body"``); otherwise the method takes one ``body`` argument.
    """

    kind: BodyKind
    content_type: str
    type: TypeRef
    required: bool
    flattened: bool
    description: str = ""
    # Properties whose encoding departs from the default (form: style form, exploded; multipart: by value).
    encodings: tuple[PartEncoding, ...] = ()


ResponseKind = Literal["json", "binary", "text", "empty", "redirect"]


@dataclass(frozen=True)
class Response:
    """One documented response of an operation."""

    status: str
    kind: ResponseKind
    content_type: str = ""
    type: TypeRef | None = None
    description: str = ""
    headers: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageScheme:
    """How list operations page: the wire names of the cursor parameter and of the page's fields."""

    style: Literal["cursor"]
    cursor_param: str
    items_field: str
    next_cursor_field: str
    has_more_field: str


@dataclass(frozen=True)
class Pagination:
    """A list operation: its method returns a page of ``item`` that iterates over every page."""

    item: TypeRef
    scheme: PageScheme


@dataclass(frozen=True)
class Operation:
    """One HTTP operation, rendered as one method on its resource (sync and async)."""

    name: str
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    # The type the method returns: the parsed success body, None (no content), or a binary response.
    returns: TypeRef | None
    returns_kind: ResponseKind
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    # The security requirement: alternatives (any one will do), each the keys of the schemes it sends
    # together; ``()`` sends no credentials, and an empty alternative makes them optional.
    security: Requirement = ()
    # The ``Accept`` header: the media types the operation's success responses are documented with.
    accept: str = "application/json"
    # The operation's own server (``servers`` of the operation or its path item), when it has one.
    server: str = ""
    pagination: Pagination | None = None
    # The wire name of its idempotency-key header parameter (``Idempotency-Key``), when it has one.
    idempotency_header: str = ""
    tags: tuple[str, ...] = ()
    pointer: str = ""
    references: tuple[DeclRef, ...] = ()
