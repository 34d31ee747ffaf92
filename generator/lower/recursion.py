"""Unions that list themselves as a member, directly or through other aliases.

``Itself: {anyOf: [{type: string}, {$ref: Itself}]}`` is a valid schema: it means its other members (a value fits
``Itself`` when it fits ``string``, or fits ``Itself``...). Written as it stands it is
``Itself = TypeAliasType("Itself", "str | Itself")``, which mypy rejects ("invalid recursive alias: a union
item of itself"), as it rejects ``Ping = int | Pong`` with ``Pong = str | Ping``. Recursion through a container
(``Node = str | list[Node]``) is fine and stays as it is.

``unguard`` rewrites the body of every alias on such a cycle with the members reached without going through a
container, the cycle itself left out: ``Itself = str``, ``Ping = int | str``, ``Pong = str | int``. Other
aliases, and every reference to these ones, are untouched.
"""

from __future__ import annotations

import dataclasses

from .. import ir
from .context import Context


def unguard(ctx: Context) -> None:
    """Rewrite, in ``ctx.declarations``, the aliases that are members of themselves (see the module)."""
    aliases = {key: d for key, d in ctx.declarations.items() if isinstance(d, ir.Alias)}
    edges = {key: _bare_aliases(alias.type, aliases) for key, alias in aliases.items()}
    cyclic = {key for key in aliases if _reaches(key, key, edges)}
    for key in sorted(cyclic):
        members, nullable = _members(aliases[key].type, aliases, cyclic, {key})
        body: ir.TypeRef
        if not members:
            ctx.warn(key, "schema is only ever a member of itself; read as any")
            body = ir.AnyType()
        elif len(members) == 1:
            body = members[0]
        else:
            body = ir.UnionType(tuple(ir.UnionVariant(m) for m in members))
        if nullable and not isinstance(body, ir.AnyType):
            body = ir.NullableType(body)
        ctx.declarations[key] = dataclasses.replace(aliases[key], type=body)


def _bare_aliases(t: ir.TypeRef, aliases: dict[str, ir.Alias]) -> set[str]:
    """The aliases ``t`` names outside any container (as itself, a union member, or nullable)."""
    if isinstance(t, ir.NullableType):
        return _bare_aliases(t.inner, aliases)
    if isinstance(t, ir.UnionType) and t.discriminator is None:
        found: set[str] = set()
        for variant in t.variants:
            found |= _bare_aliases(variant.type, aliases)
        return found
    if isinstance(t, ir.DeclRef) and t.key in aliases:
        return {t.key}
    return set()


def _reaches(start: str, goal: str, edges: dict[str, set[str]]) -> bool:
    seen: set[str] = set()
    stack = list(edges.get(start, ()))
    while stack:
        key = stack.pop()
        if key == goal:
            return True
        if key not in seen:
            seen.add(key)
            stack.extend(edges.get(key, ()))
    return False


def _members(
    t: ir.TypeRef,
    aliases: dict[str, ir.Alias],
    cyclic: set[str],
    path: set[str],
) -> tuple[list[ir.TypeRef], bool]:
    """The members of ``t`` with the aliases of the cycles spliced in (their own members instead) and the
    aliases on ``path`` (being spliced already) left out; and whether any of them admitted null.
    """
    if isinstance(t, ir.NullableType):
        members, _ = _members(t.inner, aliases, cyclic, path)
        return members, True
    if isinstance(t, ir.UnionType) and t.discriminator is None:
        found: list[ir.TypeRef] = []
        nullable = False
        for variant in t.variants:
            members, null = _members(variant.type, aliases, cyclic, path)
            nullable = nullable or null
            found.extend(m for m in members if m not in found)
        return found, nullable
    if isinstance(t, ir.DeclRef) and t.key in path:
        return [], False
    if isinstance(t, ir.DeclRef) and t.key in cyclic:
        return _members(aliases[t.key].type, aliases, cyclic, path | {t.key})
    if isinstance(t, ir.PrimitiveType) and t.kind == "null":
        return [], True
    return [t], False
