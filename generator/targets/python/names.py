"""The Python names of what the IR keeps by wire name or value: a model's fields, an enum's members and an
operation's arguments.

Lowering keeps a field or a parameter by its wire name and a member by its value; naming them is the target's
business, since each language has its own rules (keywords, case, what may start a name). A name depends only on
its own model's, enum's or operation's list (two wire names that spell the same Python name share it out by
``naming.resolve``), so it is computed from that list, and remembered by it.

Templates see a field as an ``Attribute``, a member as a ``Member`` and a parameter as an ``Argument``: the IR
object, read as it is (``field.wire``, ``p.location``...), with the Python ``name`` beside it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ... import ir, naming

__all__ = [
    "Argument",
    "Attribute",
    "Member",
    "argument_names",
    "arguments",
    "body_argument",
    "enum_member",
    "field_names",
    "fields",
    "member_names",
    "members",
    "unwrap",
]

_Of = TypeVar("_Of")


@dataclass(frozen=True)
class _Named(Generic[_Of]):
    name: str
    of: _Of

    def __getattr__(self, attribute: str) -> Any:
        # Only what the dataclass lacks comes here; ``of`` itself always exists once built.
        if attribute.startswith("__") or attribute == "of":
            raise AttributeError(attribute)
        return getattr(self.of, attribute)


class Attribute(_Named[ir.Field]):
    """A model's field (``of``) with its Python attribute ``name``; reads as the field otherwise."""


class Member(_Named[ir.EnumMember]):
    """An enum's member (``of``) with its Python ``name``; reads as the member otherwise."""


class Argument(_Named[ir.Parameter]):
    """An operation's parameter (``of``) with its Python argument ``name``; reads as the parameter otherwise."""


def unwrap(item: Any) -> Any:
    """The IR object of an ``Attribute``, ``Member`` or ``Argument``; anything else as it is (a filter may be given
    either)."""
    return item.of if isinstance(item, _Named) else item


def field_names(model: ir.Model) -> dict[str, str]:
    """The Python attribute of each field of ``model``, by wire name."""
    return _field_names(tuple(field.wire for field in model.fields))


def fields(model: ir.Model) -> list[Attribute]:
    """The fields of ``model`` with their Python names, in the spec's order."""
    names = field_names(model)
    return [Attribute(names[field.wire], field) for field in model.fields]


def member_names(enum: ir.Enum) -> dict[str | int, str]:
    """The Python name of each member of ``enum``, by value."""
    return _member_names(tuple(member.value for member in enum.members))


def members(enum: ir.Enum) -> list[Member]:
    """The members of ``enum`` with their Python names, in the spec's order."""
    names = member_names(enum)
    return [Member(names[member.value], member) for member in enum.members]


def enum_member(enum: ir.Enum, value: object) -> str:
    """The name of the member of ``enum`` whose value is ``value`` (of its very type: ``1`` is not ``True``)."""
    for member in members(enum):
        if member.of.value == value and type(member.of.value) is type(value):
            return member.name
    raise LookupError(f"{enum.key} has no member {value!r}")


def argument_names(op: ir.Operation) -> dict[tuple[str, str], str]:
    """The Python argument of each parameter of ``op``, by location and wire name."""
    return _of_operation(op)[0]


def arguments(op: ir.Operation) -> list[Argument]:
    """The parameters of ``op`` with their Python names, in the method's order."""
    names = argument_names(op)
    return [Argument(names[(p.location, p.wire)], p) for p in op.parameters]


def body_argument(op: ir.Operation) -> str:
    """The argument that takes ``op``'s whole body (``""`` when the body is flattened, or there is none)."""
    return _of_operation(op)[1]


def _of_operation(op: ir.Operation) -> tuple[dict[tuple[str, str], str], str]:
    # The names depend on the parameters' locations and wire names and on whether a whole body is taken.
    return _argument_names(
        tuple((p.location, p.wire) for p in op.parameters),
        op.body is not None and not op.body.flattened,
    )


@functools.lru_cache(maxsize=4096)
def _argument_names(
    keys: tuple[tuple[str, str], ...], whole_body: bool
) -> tuple[dict[tuple[str, str], str], str]:
    # A parameter whose wire name already is its Python name keeps it (``mixed_case`` stays ``mixed_case``
    # beside a ``mixedCase`` that becomes ``mixed_case_2``), and so does a path parameter.
    plain = [(location, wire) for location, wire in keys if location != "body"]
    resolved = naming.resolve(
        (
            (f"{location}:{wire}", naming.parameter_name(wire))
            for location, wire in plain
        ),
        exact=lambda key, candidate: key.split(":", 1)[0] == "path"
        or key.split(":", 1)[1] == candidate,
    )
    found = {
        (location, wire): resolved[f"{location}:{wire}"] for location, wire in plain
    }
    taken = set(found.values())
    # A body property that collides with a parameter keeps its meaning in its name: ``body_<name>``.
    properties = [wire for location, wire in keys if location == "body"]
    resolved = naming.resolve(
        ((wire, _body_name(naming.parameter_name(wire), taken)) for wire in properties),
        taken=taken,
    )
    found.update({("body", wire): resolved[wire] for wire in properties})
    body = naming.resolve([("body", "body")], taken=taken)["body"] if whole_body else ""
    return found, body


def _body_name(candidate: str, taken: set[str]) -> str:
    return f"body_{candidate}" if candidate in taken else candidate


@functools.lru_cache(maxsize=4096)
def _field_names(wires: tuple[str, ...]) -> dict[str, str]:
    return naming.resolve((wire, naming.field_name(wire)) for wire in wires)


@functools.lru_cache(maxsize=4096)
def _member_names(values: tuple[str | int, ...]) -> dict[str | int, str]:
    # Keyed by repr, as ``1`` and ``"1"`` are two members that may want the same name.
    names = naming.resolve(
        ((repr(value), naming.enum_member_name(value)) for value in values),
        exact=lambda key, candidate: False,
    )
    return {value: names[repr(value)] for value in values}
