"""Settle the names of declarations and put them into every reference.

Lowering names declarations with candidates (a component's name, or an inline schema's position); only when all
of them are known can collisions be resolved the same way whatever order the spec lists things in. This pass
does that, then rewrites every ``DeclRef`` of the IR with the final class and module names.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from .. import ir, naming
from .. import pointer as jp

T = TypeVar("T")


def assign_names(
    candidates: dict[str, str],
    components: set[str],
    taken: frozenset[str] = frozenset(),
    bundled: frozenset[str] = frozenset(),
) -> tuple[dict[str, str], dict[str, str]]:
    """Final class and module names for every declaration key. A name two declarations want goes to the main
    document's before one of a schema ``bundled`` in from another file (by component name), so that a
    reference to another file added to the spec renames nothing of the spec's own."""

    def rank(key: str) -> int:
        return int(bool(bundled) and jp.component_schema(key) in bundled)

    def exact(key: str, candidate: str) -> bool:
        return key in components and key.rsplit("/", 1)[-1] == candidate

    # Inline names grow with nesting; every class name is capped like a component's (stably, by hash).
    capped = {key: naming.shorten(name, name) for key, name in candidates.items()}
    classes = naming.resolve(
        capped.items(), taken=taken, exact=exact, joiner="", rank=rank
    )
    modules = naming.resolve(
        ((key, naming.module_name(name)) for key, name in classes.items()),
        exact=lambda key, candidate: False,
        fold=str.casefold,
        rank=rank,
    )
    return classes, modules


_LEAVES = (str, int, float, bool, type(None))
# Per type: the field names of an IR dataclass, or None for anything else (leaves and foreign objects). These
# walks visit every node of the IR of a big spec several times, so they avoid the generic dataclasses helpers.
_FIELDS: dict[type, tuple[str, ...] | None] = {}


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@functools.lru_cache(maxsize=1)
def _holders() -> frozenset[str]:
    """The names, in ``generator.ir``'s annotations, of what can hold a ``DeclRef``: the type unions and every
    IR class with a field of such a type (a fixed point over the classes)."""
    classes = {
        name: value
        for name, value in vars(ir).items()
        if isinstance(value, type) and dataclasses.is_dataclass(value)
    }
    found = {"DeclRef", "TypeRef", "Declaration", "ParamsDeclaration"}
    grew = True
    while grew:
        grew = False
        for name, cls in classes.items():
            if name not in found and any(
                _mentions(f.type, found) for f in dataclasses.fields(cls)
            ):
                found.add(name)
                grew = True
    return frozenset(found)


def _mentions(annotation: object, names: set[str] | frozenset[str]) -> bool:
    text = _QUOTED.sub(
        "", annotation if isinstance(annotation, str) else repr(annotation)
    )
    return any(word in names for word in _WORD.findall(text))


def _fields(cls: type) -> tuple[str, ...] | None:
    """The fields of an IR dataclass that can hold a ``DeclRef`` (by their annotations, which mypy checks);
    every field of another dataclass; ``None`` for anything else."""
    try:
        return _FIELDS[cls]
    except KeyError:
        names: tuple[str, ...] | None = None
        if dataclasses.is_dataclass(cls):
            fields = dataclasses.fields(cls)
            if getattr(ir, cls.__name__, None) is cls:
                names = tuple(f.name for f in fields if _mentions(f.type, _holders()))
            else:
                names = tuple(f.name for f in fields)
        _FIELDS[cls] = names
        return names


def map_types(node: T, fn: Callable[[ir.DeclRef], ir.DeclRef]) -> T:
    """A copy of ``node`` (any IR object, tuple or type) with ``fn`` applied to every ``DeclRef`` in it;
    parts without a change are shared, not copied."""
    cls = type(node)
    if cls is ir.DeclRef:
        return fn(node)  # type: ignore[arg-type, return-value]
    if cls is tuple:
        items = [map_types(item, fn) for item in node]  # type: ignore[attr-defined]
        if all(new is old for new, old in zip(items, node)):  # type: ignore[call-overload]
            return node
        return tuple(items)  # type: ignore[return-value]
    names = _fields(cls)
    if not names:
        return node
    values = node.__dict__
    changes: dict[str, Any] = {}
    for name in names:
        value = values[name]
        if isinstance(value, _LEAVES):
            continue
        mapped = map_types(value, fn)
        if mapped is not value:
            changes[name] = mapped
    if not changes:
        return node
    # A frozen IR object has no __post_init__: a shallow copy with the new values is what replace() makes.
    copy = object.__new__(cls)
    copy.__dict__.update(values)
    copy.__dict__.update(changes)
    return copy


def _collect(node: Any, found: dict[str, ir.DeclRef]) -> None:
    cls = type(node)
    if cls is ir.DeclRef:
        found.setdefault(node.key, node)
    elif cls is tuple:
        for item in node:
            if not isinstance(item, _LEAVES):
                _collect(item, found)
    else:
        names = _fields(cls)
        if names:
            values = node.__dict__
            for name in names:
                value = values[name]
                if not isinstance(value, _LEAVES):
                    _collect(value, found)


def references(node: Any, exclude: str = "") -> tuple[ir.DeclRef, ...]:
    """The distinct declarations ``node`` refers to (but ``exclude``), sorted by name."""
    found: dict[str, ir.DeclRef] = {}
    _collect(node, found)
    found.pop(exclude, None)
    return tuple(sorted(found.values(), key=lambda r: (r.name, r.key)))
