"""What the type printer returns: a piece of Python source together with everything it refers to, and the
scope it is written for.

A ``Printed`` is built bottom-up from the structured IR type, so the names a module must import are known the
moment the text is, and never re-derived from the text. A ``Scope`` says which builtins and modules a place of
a module shadows (a method called ``list`` hides ``list[...]`` in its class; an argument called ``type`` hides
``type(None)`` in its method); the printer spells those through an alias as it builds the text
(``_builtins.list``, ``_datetime.date``), so nothing rewrites rendered text afterwards.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

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


class Printed(NamedTuple):
    """Python source text with what it refers to.

    ``names`` are the names the module must bind by an import for the text to resolve (``Any``,
    ``datetime``, ``_builtins``, ``SyncCursorPage``...); ``builtins`` the builtins it uses as they are
    (``list``, ``str``), which the scope it was printed for does not shadow; ``symbols`` the generated
    declarations it names. ``rank`` orders the members of a union: plain dicts (1) and ``None`` (2) last.

    (A named tuple rather than a dataclass: a big API prints hundreds of thousands of them.)
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
    texts: list[str] = []
    names = builtins = _EMPTY
    symbols: frozenset[Symbol] = frozenset()
    for part in parts:
        if isinstance(part, str):
            texts.append(part)
            continue
        texts.append(part.text)
        # Most parts refer to nothing, or to what another part already does: union only what is new.
        if part.names and not part.names <= names:
            names = names | part.names if names else part.names
        if part.builtins and not part.builtins <= builtins:
            builtins = builtins | part.builtins if builtins else part.builtins
        if part.symbols and not part.symbols <= symbols:
            symbols = symbols | part.symbols if symbols else part.symbols
    return Printed("".join(texts), names, builtins, symbols, rank)


def join(separator: str, parts: Iterable[Printed]) -> Printed:
    """``parts`` joined by ``separator``."""
    listed = list(parts)
    if len(listed) == 1:
        return listed[0]
    pieces: list[Printed | str] = []
    for index, part in enumerate(listed):
        if index:
            pieces.append(separator)
        pieces.append(part)
    return cat(*pieces)


def name(text: str, *, rank: int = 0) -> Printed:
    """A name the module imports (``Any``, ``NotGiven``, ``Literal``)."""
    return _name(text) if rank == 0 else Printed(text, frozenset({text}), rank=rank)


@functools.cache
def _name(text: str) -> Printed:
    return Printed(text, frozenset({text}))


def text(source: str, *, rank: int = 0) -> Printed:
    """Source that refers to nothing (``None``, a literal value)."""
    return Printed(source, rank=rank)


@dataclass(frozen=True)
class Scope:
    """The builtins and modules a place of a module shadows; the printer spells them through an alias."""

    shadowed: frozenset[str] = _EMPTY

    def builtin(self, builtin: str) -> Printed:
        """The builtin ``builtin``: as it is, or ``_builtins.<name>`` where it is shadowed."""
        return _builtin(builtin, builtin in self.shadowed)

    def module(self, module: str, attribute: str) -> Printed:
        """``module.attribute`` of a standard module (``datetime.date``), through ``_module`` where the name
        ``module`` is shadowed."""
        spelt = module_alias(module) if module in self.shadowed else module
        return Printed(f"{spelt}.{attribute}", frozenset({spelt}))


@functools.cache
def _builtin(builtin: str, shadowed: bool) -> Printed:
    if shadowed:
        return Printed(f"{BUILTINS_ALIAS}.{builtin}", frozenset({BUILTINS_ALIAS}))
    return Printed(builtin, builtins=frozenset({builtin}))


MODULE = Scope()
"""The scope of a module that shadows nothing (models, params, and snapshots)."""
