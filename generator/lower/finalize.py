"""Settle the names of declarations and put them into every reference.

Lowering names declarations with candidates (a component's name, or an inline schema's position); only when all
of them are known can collisions be resolved the same way whatever order the spec lists things in. This pass
does that, then rewrites every ``DeclRef`` of the IR with the final class and module names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from .. import ir, naming

T = TypeVar("T")


def assign_names(
    candidates: dict[str, str],
    components: set[str],
    taken: frozenset[str] = frozenset(),
) -> tuple[dict[str, str], dict[str, str]]:
    """Final class and module names for every declaration key."""

    def exact(key: str, candidate: str) -> bool:
        return key in components and key.rsplit("/", 1)[-1] == candidate

    # Inline names grow with nesting; every class name is capped like a component's (stably, by hash).
    capped = {key: naming.shorten(name, name) for key, name in candidates.items()}
    classes = naming.resolve(capped.items(), taken=taken, exact=exact, joiner="")
    modules = naming.resolve(
        ((key, naming.module_name(name)) for key, name in classes.items()),
        exact=lambda key, candidate: False,
        fold=str.casefold,
    )
    return classes, modules


_FIELDS: dict[type, tuple[str, ...]] = {}
_LEAVES = (str, int, float, bool, type(None))


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def map_types(node: T, fn: Callable[[ir.DeclRef], ir.DeclRef]) -> T:
    """A copy of ``node`` (any IR object, tuple or type) with ``fn`` applied to every ``DeclRef`` in it;
    parts without a change are shared, not copied."""
    if isinstance(node, ir.DeclRef):
        return fn(node)  # type: ignore[return-value]
    if isinstance(node, _LEAVES):
        return node
    if isinstance(node, tuple):
        items = [map_types(item, fn) for item in node]
        if all(new is old for new, old in zip(items, node)):
            return node
        return tuple(items)  # type: ignore[return-value]
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        changes: dict[str, Any] = {}
        for name in _fields(type(node)):
            value = getattr(node, name)
            if isinstance(value, _LEAVES):
                continue
            mapped = map_types(value, fn)
            if mapped is not value:
                changes[name] = mapped
        return dataclasses.replace(node, **changes) if changes else node
    return node


def _collect(node: Any, found: dict[str, ir.DeclRef]) -> None:
    if isinstance(node, ir.DeclRef):
        found.setdefault(node.key, node)
    elif isinstance(node, tuple):
        for item in node:
            if not isinstance(item, _LEAVES):
                _collect(item, found)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for name in _fields(type(node)):
            value = getattr(node, name)
            if not isinstance(value, _LEAVES):
                _collect(value, found)


def references(node: Any, exclude: str = "") -> tuple[ir.DeclRef, ...]:
    """The distinct declarations ``node`` refers to (but ``exclude``), sorted by name."""
    found: dict[str, ir.DeclRef] = {}
    _collect(node, found)
    found.pop(exclude, None)
    return tuple(sorted(found.values(), key=lambda r: (r.name, r.key)))
