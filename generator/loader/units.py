"""The spec's units: each path item and each entry of a components section, searched for references and
repaired on its own, so that a unit unchanged since the last run need not be walked again.

Repairing a unit (``normalize``) reads nothing outside it, so its outcome is a function of its content, its
place and the OpenAPI version. A unit that the last run found needing no repair and giving no warning, and
whose content has the same digest now, is left as it is; the references it holds are those recorded
(``incremental.loading``). Every other unit, and everything outside the units, is walked and repaired as a
whole run does. A document read from JSON or YAML is a tree (``reading`` copies YAML's shared nodes), so
each unit is reached by one path only.
"""

from __future__ import annotations

import hashlib
import marshal
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import pointer as jp
from ..errors import Diagnostics
from . import refs
from .normalize import Normalizer

if TYPE_CHECKING:
    from ..incremental.loading import LoadMemo

# Security schemes are repaired together, across the section (``repair_security_schemes``): not units.
_NOT_UNITS = frozenset({"securitySchemes"})


@dataclass(frozen=True)
class Unit:
    """One path item or component entry of the raw document."""

    pointer: str
    node: dict[str, Any]
    kind: str
    depth: int


def units(raw: dict[str, Any]) -> list[Unit]:
    """The path items and component entries of ``raw`` that are objects, in document order."""
    found: list[Unit] = []
    for key, value, kind in refs.children(raw, refs.ROOT):
        if not isinstance(value, dict):
            continue
        if key == "paths":
            for name, item, item_kind in refs.children(value, kind):
                if isinstance(item, dict):
                    found.append(Unit(jp.join("#/paths", name), item, item_kind, 2))
        elif key == "components":
            for section, entries, section_kind in refs.children(value, kind):
                if (
                    section in _NOT_UNITS
                    or not isinstance(entries, dict)
                    or not section_kind.startswith(("map:", "xmap:"))
                ):
                    continue
                for name, entry, entry_kind in refs.children(entries, section_kind):
                    if isinstance(entry, dict):
                        found.append(
                            Unit(
                                jp.join("#/components", section, name),
                                entry,
                                entry_kind,
                                3,
                            )
                        )
    return found


def digest(node: Any) -> str | None:
    """The digest of a unit's content (JSON-like values), or None when it cannot be taken (nested deeper
    than ``marshal`` goes: the repairs refuse such a unit anyway).

    ``marshal`` serialises such values four times faster than ``json``, and faithfully: different contents
    give different bytes. Equal contents may not always give equal bytes (a string the interpreter interned
    is marked so), which only makes a kept unit look changed; version 2 writes no back-references, so the
    bytes do not depend on which equal objects are shared."""
    try:
        return hashlib.sha256(marshal.dumps(node, 2)).hexdigest()[:32]
    except (ValueError, RecursionError):
        return None


def _references(node: Any, kind: str, skip: frozenset[int] = frozenset()) -> set[str]:
    return {
        ref
        for found, _, _ in refs.walk(node, kind, skip)
        if isinstance(ref := found.get("$ref"), str)
    }


class Prepared:
    """A raw document's references, found unit by unit (taken from ``memo`` for the units it vouches for)."""

    def __init__(self, raw: dict[str, Any], memo: LoadMemo | None) -> None:
        self.raw = raw
        self.memo = memo
        self.units = units(raw) if memo is not None else []
        self.digests = {u.pointer: digest(u.node) for u in self.units}
        self.clean: set[str] = set()
        self._refs: dict[str, list[str]] = {}
        for unit in self.units:
            found = self.digests[unit.pointer]
            kept = (
                memo.clean(unit.pointer, found)
                if memo is not None and found is not None
                else None
            )
            if kept is not None:
                self.clean.add(unit.pointer)
                self._refs[unit.pointer] = kept
            else:
                self._refs[unit.pointer] = sorted(_references(unit.node, unit.kind))
        self.skip = frozenset(id(u.node) for u in self.units)
        self.references = _references(raw, refs.ROOT, self.skip).union(
            *self._refs.values()
        )

    def repair(self, version: str, diagnostics: Diagnostics) -> None:
        """Repair the document in place (``normalize``), unit by unit but for the clean ones, and keep in
        ``memo`` the units that needed no repair."""
        normalizer = Normalizer(self.raw, version, diagnostics)
        normalizer.run(self.skip)
        for unit in self.units:
            if unit.pointer in self.clean:
                continue
            own = Diagnostics()
            normalizer.diagnostics = own
            normalizer.repair(unit.node, unit.pointer, unit.kind, unit.depth)
            diagnostics.items |= own.items
            before = self.digests[unit.pointer]
            if not own.items and before is not None and digest(unit.node) == before:
                self.clean.add(unit.pointer)
        normalizer.diagnostics = diagnostics
        if self.memo is not None:
            self.memo.save(
                {
                    pointer: (found, self._refs[pointer])
                    for pointer in sorted(self.clean)
                    if (found := self.digests[pointer]) is not None
                }
            )
