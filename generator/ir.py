"""The intermediate model: everything the templates need, and nothing else.

Lowering (``generator.lower``) builds these objects from the OpenAPI document; templates only read them. Every
name here is already a valid, collision-free Python identifier, and every type is already decided. The classes
are frozen so that a template cannot change what another one sees; they hold no rendering logic (type
annotations are rendered by the filters in ``generator.render``).

This module is the documented API of the templates (``docs/templates.md``); ``IR_VERSION`` changes when it does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

IR_VERSION = "3"

JsonValue = Union[
    None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]
]


# --------------------------------------------------------------------------------------------------------- types


@dataclass(frozen=True)
class Constraints:
    """Validation bounds from the schema; ``None`` where the schema sets none."""

    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    multiple_of: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None

    def any(self) -> bool:
        """Whether any bound is set."""
        return any(
            getattr(self, name) is not None for name in self.__dataclass_fields__
        )


PrimitiveKind = Literal[
    "str", "int", "float", "bool", "datetime", "date", "time", "uuid", "bytes", "none"
]


@dataclass(frozen=True)
class PrimitiveType:
    """A scalar. ``format`` keeps the spec's format (``uri``, ``byte``, ``int64``...) for documentation."""

    kind: PrimitiveKind
    format: str | None = None
    constraints: Constraints = field(default_factory=Constraints)


@dataclass(frozen=True)
class AnyType:
    """Anything JSON can hold (the ``{}`` schema, or a construct the generator degraded with a warning)."""


@dataclass(frozen=True)
class ListType:
    """A JSON array."""

    item: TypeRef
    min_items: int | None = None
    max_items: int | None = None
    unique: bool = False


@dataclass(frozen=True)
class TupleType:
    """A JSON array of exactly ``len(items)`` items, each of its own type (3.1 ``prefixItems``)."""

    items: tuple[TypeRef, ...]


@dataclass(frozen=True)
class MapType:
    """A JSON object used as a dictionary (``additionalProperties``)."""

    value: TypeRef


@dataclass(frozen=True)
class LiteralType:
    """One or more fixed values (``const``, or an inline single-value enum)."""

    values: tuple[str | int | float | bool | None, ...]


@dataclass(frozen=True)
class DeclRef:
    """A reference to a declaration (model, enum or alias) of ``Api.declarations``."""

    key: str
    name: str = ""
    module: str = ""
    kind: Literal["model", "enum", "alias"] = "model"


@dataclass(frozen=True)
class UnionVariant:
    """One member of a union; ``tag`` is its discriminator value when the union is discriminated."""

    type: TypeRef
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnionType:
    """``oneOf``/``anyOf``, or a 3.1 type list. ``discriminator`` is the wire name of the tag property;
    ``fallback`` the type of a value whose tag the client does not know (``None``: a generic object that keeps
    the data), such as the base of an ``allOf`` hierarchy."""

    variants: tuple[UnionVariant, ...]
    discriminator: str | None = None
    fallback: DeclRef | None = None


@dataclass(frozen=True)
class UnknownTagType:
    """The tag of a union member whose tag the client does not know: equal to none of the union's tags (the
    field that holds it in the union's unknown-variant model)."""


@dataclass(frozen=True)
class NullableType:
    """A type that also admits JSON ``null``."""

    inner: TypeRef


TypeRef = Union[
    PrimitiveType,
    AnyType,
    ListType,
    TupleType,
    MapType,
    LiteralType,
    DeclRef,
    UnionType,
    NullableType,
    UnknownTagType,
]


# --------------------------------------------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Default:
    """A field or parameter default taken from the spec, already converted to the field's Python type."""

    value: JsonValue
    kind: Literal["literal", "enum_member", "factory"] = "literal"
    enum_member: str = ""
    # For the text default of a date, date-time, time or UUID: the kind of value the text is written as.
    scalar: Literal["", "date", "datetime", "time", "uuid"] = ""


@dataclass(frozen=True)
class Field:
    """A property of a model."""

    name: str
    wire: str
    type: TypeRef
    required: bool
    description: str = ""
    default: Default | None = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    examples: tuple[JsonValue, ...] = ()
    pointer: str = ""
    # Whether a request must send it: listed in ``required`` and not read-only (write-only ones included).
    request_required: bool = False


@dataclass(frozen=True)
class Model:
    """An object schema, rendered as a pydantic model."""

    key: str
    name: str
    module: str
    fields: tuple[Field, ...]
    description: str = ""
    title: str = ""
    additional: TypeRef | None = None
    deprecated: bool = False
    examples: tuple[JsonValue, ...] = ()
    pointer: str = ""
    # Names of other declarations this one refers to, for imports.
    references: tuple[DeclRef, ...] = ()


@dataclass(frozen=True)
class EnumMember:
    """One value of an enum with the Python name it gets."""

    name: str
    value: str | int
    description: str = ""


@dataclass(frozen=True)
class Enum:
    """A closed list of string or integer values; rendered as an enum that also accepts unknown values."""

    key: str
    name: str
    module: str
    kind: Literal["str", "int"]
    members: tuple[EnumMember, ...]
    description: str = ""
    deprecated: bool = False
    pointer: str = ""


@dataclass(frozen=True)
class Alias:
    """A named schema that is not an object or an enum (a union, a list, a map, a scalar)."""

    key: str
    name: str
    module: str
    type: TypeRef
    description: str = ""
    deprecated: bool = False
    pointer: str = ""
    references: tuple[DeclRef, ...] = ()


Declaration = Union[Model, Enum, Alias]


# --------------------------------------------------------------------------------------------------------- params


@dataclass(frozen=True)
class ParamKey:
    """One key of a ``Params`` TypedDict: a writable property of its model, by wire name."""

    wire: str
    type: TypeRef
    required: bool
    description: str = ""
    deprecated: bool = False
    pointer: str = ""


@dataclass(frozen=True)
class Params:
    """The TypedDict a request may give instead of the model ``model`` (which it accepts too): its writable
    properties, keyed by wire name, since the dict is sent as it is."""

    key: str
    name: str
    module: str
    model: DeclRef
    keys: tuple[ParamKey, ...]
    description: str = ""
    pointer: str = ""
    references: tuple[DeclRef, ...] = ()


@dataclass(frozen=True)
class ParamsAlias:
    """What a request may give for the alias ``alias``, whose type mentions models or enums: its type, where
    every model also admits its ``Params`` and every enum its values as literals."""

    key: str
    name: str
    module: str
    alias: DeclRef
    type: TypeRef
    description: str = ""
    pointer: str = ""
    references: tuple[DeclRef, ...] = ()


ParamsDeclaration = Union[Params, ParamsAlias]


# ----------------------------------------------------------------------------------------------------- operations

ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter, or (``location == "body"``) a property of a flattened body."""

    name: str
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
    param_name: str = "body"
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
    idempotency_param: str = ""
    tags: tuple[str, ...] = ()
    pointer: str = ""
    references: tuple[DeclRef, ...] = ()


@dataclass(frozen=True)
class Polling:
    """A ``wait()`` helper: poll ``operation`` until the status field holds a terminal value."""

    operation: str
    id_param: str
    status_field: str
    terminal: tuple[str, ...]
    returns: TypeRef
    # The retrieve method's long-poll argument (``wait=<seconds>``: the server holds the answer until the status
    # changes), and the most seconds it takes (0: no stated maximum); empty when it has none.
    long_poll_param: str = ""
    long_poll_max: int = 0


@dataclass(frozen=True)
class Upload:
    """An ``upload()`` helper: request a slot with ``operation``, then PUT the bytes to its URL."""

    operation: str
    upload_url_field: str
    content_type_param: str
    filename_param: str
    returns: TypeRef
    # The media types the API accepts for uploads (from the field's enum, else the settings); empty: any.
    content_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resource:
    """A group of operations (a tag), rendered as one module with a sync and an async class."""

    name: str
    class_name: str
    module: str
    operations: tuple[Operation, ...]
    description: str = ""
    polling: Polling | None = None
    upload: Upload | None = None
    webhooks: bool = False
    # Declarations the resource's module refers to, for imports.
    references: tuple[DeclRef, ...] = ()


@dataclass(frozen=True)
class WebhookEvent:
    """One event of the spec's ``webhooks`` section."""

    name: str
    type: TypeRef
    tag: str = ""
    description: str = ""


@dataclass(frozen=True)
class Webhooks:
    """Signature verification settings and the event union for ``client.webhooks.unwrap()``."""

    signature_header: str
    tolerance: int
    secret_env: str
    events: tuple[WebhookEvent, ...]
    event_type: TypeRef | None
    resource: str
    # The Python name of the events' tag field (``type``), when the event union is discriminated.
    tag_field: str = ""


# Alternatives of scheme keys: any one alternative will do; every scheme of it is sent.
Requirement = tuple[tuple[str, ...], ...]

SendKind = Literal[
    "bearer", "basic", "authorization", "header", "query", "cookie", "tls"
]


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme of ``components.securitySchemes`` that some operation requires.

    ``send`` says how its credential travels: ``bearer`` (also OAuth 2 and OpenID Connect tokens), ``basic``,
    ``authorization`` (another HTTP scheme, named by ``name``), an API key in a ``header``, ``query`` or
    ``cookie`` called ``name``, or ``tls`` (mutual TLS: configured on the HTTP client, nothing to send).
    ``arguments`` are the client constructor's arguments for it (user name and password for basic) and
    ``env`` the environment variables they default to.
    """

    key: str
    type: str
    send: SendKind
    name: str = ""
    arguments: tuple[str, ...] = ()
    env: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Api:
    """The whole client: what the templates render."""

    title: str
    version: str
    description: str
    package_name: str
    client_name: str
    env_prefix: str
    base_url: str
    resources: tuple[Resource, ...]
    declarations: tuple[Declaration, ...]
    # The schemes operations require, by key (the client takes one credential per scheme).
    security: tuple[SecurityScheme, ...]
    webhooks: Webhooks | None = None
    pagination: PageScheme | None = None
    idempotency_header: str = ""
    # Runtime parts the package needs: "pagination", "binary", "polling", "upload", "webhooks", "multipart".
    features: tuple[str, ...] = ()
    # The request-side types: a TypedDict per model a request can send, an alias per alias that names them.
    params: tuple[ParamsDeclaration, ...] = ()
    generator_version: str = ""
    openapi_version: str = ""
    ir_version: str = IR_VERSION
