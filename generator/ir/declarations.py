"""Declarations: the models, enums and aliases of the package, and the request-side params types of the
models a request can send."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from .types import JsonValue, DeclRef, TypeRef

# --------------------------------------------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Default:
    """A field or parameter default taken from the spec, a JSON value of the field's type."""

    value: JsonValue
    # ``enum_member``: ``value`` is a member of the field's enum (a target spells it as that member).
    kind: Literal["literal", "enum_member", "factory"] = "literal"
    # For the text default of a date, date-time, time or UUID: the kind of value the text is written as.
    scalar: Literal["", "date", "date-time", "time", "uuid"] = ""


@dataclass(frozen=True)
class Field:
    """A property of a model, by its wire name (a target names it: the Python target's ``names``)."""

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
    """One value of an enum (a target names it: the Python target's ``names``)."""

    value: str | int
    description: str = ""


@dataclass(frozen=True)
class Enum:
    """A closed list of string or integer values; rendered as an enum that also accepts unknown values."""

    key: str
    name: str
    module: str
    kind: Literal["string", "integer"]
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
