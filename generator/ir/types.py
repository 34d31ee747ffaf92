"""The IR's types: structured values a target spells in its own language (``PrimitiveType``, ``ListType``,
``DeclRef`` to a declaration, ``UnionType``...), and ``JsonValue`` for values taken from the spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

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


# JSON Schema's words: its types, and the formats a target gives a type of their own. A target spells each
# in its language (Python: ``str``, ``int``, ``float``, ``bool``, ``datetime.datetime``, ``bytes``, ``None``...).
PrimitiveKind = Literal[
    "string",
    "integer",
    "number",
    "boolean",
    "date-time",
    "date",
    "time",
    "uuid",
    "binary",
    "null",
]


@dataclass(frozen=True)
class PrimitiveType:
    """A scalar (``binary``: raw bytes, a file). ``format`` keeps the spec's format (``uri``, ``byte``, ``int64``...) for documentation."""

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
