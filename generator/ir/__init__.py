"""The intermediate model: everything the templates need, and nothing else.

Lowering (``generator.lower``) builds these objects from the OpenAPI document; templates only read them. Every
name here is already a valid, collision-free Python identifier, and every type is already decided. The classes
are frozen so that a template cannot change what another one sees; they hold no rendering logic (type
annotations are rendered by the filters in ``generator.targets.python``).

This package is the documented API of the templates (``docs/templates.md``); ``IR_VERSION`` changes when it does.

Its modules: ``types`` (structured types), ``declarations`` (models, enums, aliases and params types),
``operations`` (methods and their parts) and ``api`` (resources, webhooks, security schemes, the whole ``Api``);
every name is re-exported here, so ``ir.Model`` is how code and templates use them.
"""

from .types import (
    JsonValue,
    Constraints,
    PrimitiveKind,
    PrimitiveType,
    AnyType,
    ListType,
    TupleType,
    MapType,
    LiteralType,
    DeclRef,
    UnionVariant,
    UnionType,
    UnknownTagType,
    NullableType,
    TypeRef,
)
from .declarations import (
    Default,
    Field,
    Model,
    EnumMember,
    Enum,
    Alias,
    Declaration,
    ParamKey,
    Params,
    ParamsAlias,
    ParamsDeclaration,
)
from .operations import (
    ParameterLocation,
    Parameter,
    PartEncoding,
    BodyKind,
    RequestBody,
    ResponseKind,
    Response,
    PageScheme,
    Pagination,
    Operation,
    Requirement,
)
from .api import (
    IR_VERSION,
    Polling,
    Upload,
    Resource,
    WebhookEvent,
    Webhooks,
    SendKind,
    SecurityScheme,
    Api,
)

__all__ = [
    "JsonValue",
    "Constraints",
    "PrimitiveKind",
    "PrimitiveType",
    "AnyType",
    "ListType",
    "TupleType",
    "MapType",
    "LiteralType",
    "DeclRef",
    "UnionVariant",
    "UnionType",
    "UnknownTagType",
    "NullableType",
    "TypeRef",
    "Default",
    "Field",
    "Model",
    "EnumMember",
    "Enum",
    "Alias",
    "Declaration",
    "ParamKey",
    "Params",
    "ParamsAlias",
    "ParamsDeclaration",
    "ParameterLocation",
    "Parameter",
    "PartEncoding",
    "BodyKind",
    "RequestBody",
    "ResponseKind",
    "Response",
    "PageScheme",
    "Pagination",
    "Operation",
    "Requirement",
    "IR_VERSION",
    "Polling",
    "Upload",
    "Resource",
    "WebhookEvent",
    "Webhooks",
    "SendKind",
    "SecurityScheme",
    "Api",
]
