"""The Python names of what the IR keeps by wire name or value: a model's fields and an enum's members.

Lowering keeps a field by its wire name and a member by its value; naming them is the target's business, since
each language has its own rules (keywords, case, what may start a name). A name depends only on its model's or
enum's own list (two wire names that spell the same Python name share it out by ``naming.resolve``), so it is
computed from that list, and remembered by it.
"""

from __future__ import annotations

import functools

from ... import ir, naming

__all__ = ["enum_member", "field_names", "fields", "member_names", "members"]


def field_names(model: ir.Model) -> dict[str, str]:
    """The Python attribute of each field of ``model``, by wire name."""
    return _field_names(tuple(field.wire for field in model.fields))


def fields(model: ir.Model) -> list[tuple[str, ir.Field]]:
    """``(python name, field)`` for each field of ``model``, in the spec's order."""
    names = field_names(model)
    return [(names[field.wire], field) for field in model.fields]


def member_names(enum: ir.Enum) -> dict[str | int, str]:
    """The Python name of each member of ``enum``, by value."""
    return _member_names(tuple(member.value for member in enum.members))


def members(enum: ir.Enum) -> list[tuple[str, ir.EnumMember]]:
    """``(python name, member)`` for each member of ``enum``, in the spec's order."""
    names = member_names(enum)
    return [(names[member.value], member) for member in enum.members]


def enum_member(enum: ir.Enum, value: object) -> str:
    """The name of the member of ``enum`` whose value is ``value`` (of its very type: ``1`` is not ``True``)."""
    for name, member in members(enum):
        if member.value == value and type(member.value) is type(value):
            return name
    raise LookupError(f"{enum.key} has no member {value!r}")


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
