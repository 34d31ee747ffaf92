"""The whole client: its resources (with their ``wait()`` and ``upload()`` helpers), webhooks, security
schemes and the ``Api`` object the templates render; ``IR_VERSION`` changes when the IR does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .types import DeclRef, TypeRef
from .declarations import Declaration, ParamsDeclaration
from .operations import PageScheme, Operation

IR_VERSION = "6"


@dataclass(frozen=True)
class Polling:
    """A ``wait()`` helper: poll ``operation`` until the status field holds a terminal value."""

    operation: str
    # Wire names: the path parameter that takes the id, and the status property of the answer.
    id_parameter: str
    status_property: str
    terminal: tuple[str, ...]
    returns: TypeRef
    # The retrieve operation's long-poll query parameter, by wire name (``wait=<seconds>``: the server holds
    # the answer until the status changes), and the most seconds it takes (0: no stated maximum); empty when
    # it has none.
    long_poll_parameter: str = ""
    long_poll_max: int = 0


@dataclass(frozen=True)
class Upload:
    """An ``upload()`` helper: request a slot with ``operation``, then PUT the bytes to its URL."""

    operation: str
    # Wire names: the answer's property with the URL to PUT to, and the slot request's body properties for
    # the media type and the file name (empty: it has none).
    upload_url_property: str
    content_type_property: str
    filename_property: str
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
    # The wire name of the events' tag property (``type``), when the event union is discriminated.
    tag_property: str = ""


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
    # Component names of the schemas bundled in from other files (``schemas.pet``): a name one of them and one
    # of the spec's own schemas both want goes to the spec's own, in every target.
    bundled: tuple[str, ...] = ()
