"""What the type printer returns: a piece of Python source together with everything it refers to, and the
scope it is written for.

A ``Printed`` is built bottom-up from the structured IR type, so the names a module must import are known the
moment the text is, and never re-derived from the text. A ``Scope`` says which builtins and modules a place of
a module shadows (a method called ``list`` hides ``list[...]`` in its class; an argument called ``type`` hides
``type(None)`` in its method); the printer spells those through an alias as it builds the text
(``_builtins.list``, ``_datetime.date``), so nothing rewrites rendered text afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

_EMPTY: frozenset[str] = frozenset()

# The builtins a module's methods and arguments may shadow, and the standard modules annotations name.
SHADOWABLE_BUILTINS = frozenset(
    "list dict tuple str int float bool bytes type object".split()
)
SHADOWABLE_MODULES = frozenset({"datetime", "uuid"})

BUILTINS_ALIAS = "_builtins"
"""``import builtins as _builtins``: how a module reaches a builtin it shadows."""


def module_alias(module: str) -> str:
    """``import datetime as _datetime``: how a module reaches a standard module it shadows."""
    return f"_{module}"


@dataclass(frozen=True, order=True)
class Symbol:
    """A generated declaration a text names: a model, enum or alias (``models``) or a request-side type
    (``params``), by the package folder, module and class name it is imported from."""

    folder: Literal["models", "params"]
    module: str
    name: str


@dataclass(frozen=True)
class Printed:
    """Python source text with what it refers to.

    ``names`` are the names the module must bind by an import for the text to resolve (``Any``,
    ``datetime``, ``_builtins``, ``SyncCursorPage``...); ``builtins`` the builtins it uses as they are
    (``list``, ``str``), which the scope it was printed for does not shadow; ``symbols`` the generated
    declarations it names. ``rank`` orders the members of a union: plain dicts (1) and ``None`` (2) last.
    """

    text: str
    names: frozenset[str] = _EMPTY
    builtins: frozenset[str] = _EMPTY
    symbols: frozenset[Symbol] = frozenset()
    rank: int = 0

    def __str__(self) -> str:
        return self.text


def cat(*parts: Printed | str, rank: int = 0) -> Printed:
    """The concatenation of ``parts`` (plain strings are punctuation: they refer to nothing)."""
    printed = [p for p in parts if isinstance(p, Printed)]
    return Printed(
        "".join(p.text if isinstance(p, Printed) else p for p in parts),
        _union(p.names for p in printed),
        _union(p.builtins for p in printed),
        frozenset().union(*(p.symbols for p in printed)),
        rank,
    )


def join(separator: str, parts: Iterable[Printed]) -> Printed:
    """``parts`` joined by ``separator``."""
    pieces: list[Printed | str] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append(separator)
        pieces.append(part)
    return cat(*pieces)


def name(text: str, *, rank: int = 0) -> Printed:
    """A name the module imports (``Any``, ``NotGiven``, ``Literal``)."""
    return Printed(text, frozenset({text}), rank=rank)


def text(source: str, *, rank: int = 0) -> Printed:
    """Source that refers to nothing (``None``, a literal value)."""
    return Printed(source, rank=rank)


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets)


@dataclass(frozen=True)
class Scope:
    """The builtins and modules a place of a module shadows; the printer spells them through an alias."""

    shadowed: frozenset[str] = _EMPTY

    def builtin(self, builtin: str) -> Printed:
        """The builtin ``builtin``: as it is, or ``_builtins.<name>`` where it is shadowed."""
        if builtin in self.shadowed:
            return Printed(f"{BUILTINS_ALIAS}.{builtin}", frozenset({BUILTINS_ALIAS}))
        return Printed(builtin, builtins=frozenset({builtin}))

    def module(self, module: str, attribute: str) -> Printed:
        """``module.attribute`` of a standard module (``datetime.date``), through ``_module`` where the name
        ``module`` is shadowed."""
        spelt = module_alias(module) if module in self.shadowed else module
        return Printed(f"{spelt}.{attribute}", frozenset({spelt}))


MODULE = Scope()
"""The scope of a module that shadows nothing (models, params, and snapshots)."""
