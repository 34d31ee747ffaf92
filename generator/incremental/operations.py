"""Each operation's lowering, kept between runs.

Lowering an operation gives its draft ``ir.Operation`` and adds to the lowering context: the declarations of
its inline schemas (with their name candidates and kinds), the types of the fragments it referred to, the
references found recursive, and warnings. Over the component state that ``lowering`` keeps, that result is a
function of:

- the operation's path item (as loaded), its method name, its name hint and the idempotency header;
- the document's servers, security and security schemes;
- every other fragment a reference led to (recorded as it reads them: ``Context.reads``);
- the state other operations left that it looked up: a type, kind or declaration that an operation lowered
  before it made (or the absence of one). Those lookups are recorded with the identity of the operation that
  made the entry, or ``None``.

An operation whose inputs all hold is not lowered again: its recorded additions are put back in the context,
in the order a full run makes them, so everything after (names, features, rendering) sees the same state. The
identity of an operation's result digests all of the above, so an operation that uses what another made is
lowered again when that other's result may have changed. An operation that replaced or removed what it did not
make is never kept (it would not be a pure addition to put back).
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import ir
from .. import pointer as jp
from ..errors import Diagnostics
from .lowering import fragment_digest
from .store import read_pickle, write_atomically

if TYPE_CHECKING:
    from ..lower.context import Context
    from ..lower.paths import RawOperation
    from ..lower.schemas import SchemaLowerer

_FORMAT = 1
_SHARDS = 32
_SECTION = "#/components/schemas/"
_GLOBALS = ("#/servers", "#/security", "#/components/securitySchemes")
# The context's tables an operation adds to, in the order their additions are put back.
_TABLES = ("declarations", "candidates", "kinds", "memo")

Lookup = tuple[str, str, str | None]
"""``(table, key, maker)``: a key of another operation's making looked up (``maker`` its identity, ``None``
when the key was absent)."""


class _Watched(dict[str, Any]):
    """A context table that records the lookups of keys it did not get from the component state or from the
    operation being lowered, and tells whether that operation replaced or removed such a key.
    """

    def __init__(self, table: str, items: dict[str, Any], memo: OperationMemo) -> None:
        super().__init__(items)
        self.table = table
        self.memo = memo

    def _seen(self, key: Any) -> None:
        self.memo.looked_up(self.table, key, dict.__contains__(self, key))

    def __contains__(self, key: object) -> bool:
        self._seen(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key: str) -> Any:
        self._seen(key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        self._seen(key)
        return dict.get(self, key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        if dict.__contains__(self, key):
            self.memo.replaced(self.table, key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        self.memo.replaced(self.table, key)
        dict.__delitem__(self, key)


def _last(table: dict[str, Any], count: int) -> list[tuple[str, Any]]:
    """The ``count`` entries added last to ``table``, in the order they were added."""
    items: Iterator[tuple[str, Any]] = reversed(table.items())
    return list(islice(items, count))[::-1]


class OperationMemo:
    """Where one output folder's operation lowerings are kept (shards in ``folder``), for the component state
    ``state``."""

    def __init__(self, folder: Path, state: str) -> None:
        self.folder = folder
        self.state = state
        self._kept = self._load()
        self._now: dict[str, Any] = {}
        # The operations lowered anew in this run (their shards are written).
        self._fresh: set[str] = set()
        self._fragments: dict[str, str] = {}
        # Who made each key of the tables in this run (an operation's identity), and what the component
        # state holds (never an operation's).
        self._makers: dict[tuple[str, str], str] = {}
        self._base: dict[str, frozenset[str]] = {}
        # The declarations operations made, with the identity of the one that made each.
        self._declared: dict[str, tuple[str, Any]] = {}
        # The operation being lowered: its own additions so far are its own to look up.
        self._lookups: list[Lookup] | None = None
        self._replaced = False

    # ------------------------------------------------------------------------------------------ tracking

    def watch(self, ctx: Context) -> None:
        """Make the context's tables record lookups (once, after the component state is in place)."""
        for table in _TABLES:
            items = getattr(ctx, table)
            self._base[table] = frozenset(items)
            setattr(ctx, table, _Watched(table, items, self))

    def looked_up(self, table: str, key: Any, present: bool) -> None:
        """A lookup of ``key`` in ``table`` by the operation being lowered."""
        if self._lookups is None or key in self._base[table]:
            return
        maker = self._makers.get((table, key))
        if present and maker is None:
            return  # its own
        self._lookups.append((table, key, maker))

    def replaced(self, table: str, key: str) -> None:
        """The operation being lowered replaced or removed ``key`` of ``table`` (kept only when its own)."""
        if self._lookups is not None and (
            key in self._base[table] or (table, key) in self._makers
        ):
            self._replaced = True

    def maker(self, key: str, draft: Any) -> str | None:
        """The identity of the operation whose lowering made ``draft``, the declaration ``key`` (None when no
        operation made it, or something replaced it since)."""
        found = self._declared.get(key)
        return found[0] if found is not None and found[1] is draft else None

    # ------------------------------------------------------------------------------------------ lowering

    def _fragment(self, raw: Any, pointer: str) -> str:
        found = self._fragments.get(pointer)
        if found is None:
            found = self._fragments[pointer] = fragment_digest(raw, pointer)
        return found

    def lower(
        self,
        ctx: Context,
        schemas: SchemaLowerer,
        raw: RawOperation,
        parts: tuple[str, ...],
        work: Callable[[], ir.Operation],
    ) -> ir.Operation:
        """The lowering of ``raw`` (``work`` does it): put back from the last run when its inputs all hold.
        ``parts`` are the other arguments it is lowered with (method name, hint, idempotency header).
        """
        spec = ctx.spec.raw
        item = jp.join("#/paths", raw.path)
        inputs = hashlib.sha256(
            repr(
                (
                    self.state,
                    raw.pointer,
                    parts,
                    self._fragment(spec, item),
                    tuple(self._fragment(spec, p) for p in _GLOBALS),
                )
            ).encode("utf-8", "surrogatepass")
        ).hexdigest()[:32]
        entry = self._kept.get(raw.pointer)
        if entry is not None and self._holds(entry, inputs, spec):
            return self._put_back(ctx, schemas, raw.pointer, entry)
        return self._lower(ctx, schemas, raw.pointer, item, inputs, work)

    def _holds(self, entry: dict[str, Any], inputs: str, spec: Any) -> bool:
        if entry["inputs"] != inputs:
            return False
        if any(self._fragment(spec, p) != was for p, was in entry["reads"]):
            return False
        return all(
            self._makers.get((table, key)) == maker
            for table, key, maker in entry["lookups"]
        )

    def _put_back(
        self, ctx: Context, schemas: SchemaLowerer, pointer: str, entry: dict[str, Any]
    ) -> ir.Operation:
        for table, added in zip(_TABLES, entry["added"]):
            target = getattr(ctx, table)
            for key, value in added:
                dict.__setitem__(target, key, value)
                self._makers[(table, key)] = entry["identity"]
                if table == "declarations":
                    self._declared[key] = (entry["identity"], value)
        schemas.recursive.update(entry["recursive"])
        for where, message in entry["warnings"]:
            ctx.warn(where, message)
        self._now[pointer] = entry
        operation: ir.Operation = entry["operation"]
        return operation

    def _lower(
        self,
        ctx: Context,
        schemas: SchemaLowerer,
        pointer: str,
        item: str,
        inputs: str,
        work: Callable[[], ir.Operation],
    ) -> ir.Operation:
        sizes = [len(getattr(ctx, table)) for table in _TABLES]
        recursive = set(schemas.recursive)
        diagnostics, ctx.diagnostics = ctx.diagnostics, Diagnostics()
        reads: set[str] = set()
        self._lookups, self._replaced, ctx.reads = [], False, reads
        try:
            operation = work()
        finally:
            own, ctx.diagnostics = ctx.diagnostics, diagnostics
            lookups, self._lookups, ctx.reads = self._lookups, None, None
            diagnostics.items |= own.items
        spec = ctx.spec.raw
        fragments = sorted(
            (p, self._fragment(spec, p))
            for p in reads
            if not p.startswith(_SECTION) and not p.startswith(item + "/")
        )
        unique = sorted(set(lookups), key=repr)
        identity = hashlib.sha256(
            repr((inputs, fragments, unique)).encode("utf-8", "surrogatepass")
        ).hexdigest()[:32]
        added = [
            _last(getattr(ctx, table), len(getattr(ctx, table)) - size)
            for table, size in zip(_TABLES, sizes)
        ]
        for table, entries in zip(_TABLES, added):
            for key, value in entries:
                self._makers[(table, key)] = identity
                if table == "declarations":
                    self._declared[key] = (identity, value)
        self._fresh.add(pointer)
        if self._replaced:
            self._now.pop(pointer, None)
            return operation
        self._now[pointer] = {
            "inputs": inputs,
            "reads": fragments,
            "lookups": unique,
            "identity": identity,
            "added": added,
            "recursive": sorted(schemas.recursive - recursive),
            "warnings": sorted((d.pointer, d.message) for d in own.items),
            "operation": operation,
        }
        return operation

    # ------------------------------------------------------------------------------------------ the record

    def written(self) -> None:
        """This run's operations were saved by another process: a ``save`` now writes nothing."""
        self._kept = self._now
        self._fresh = set()

    def save(self) -> None:
        """Keep this run's operations (best effort). The record is split in shards by pointer, and only the
        shards holding an operation lowered anew or gone are written: an edit rewrites a small part.
        """
        stale = {_shard(p) for p in self._kept.keys() - self._now.keys()} | {
            _shard(p) for p in self._fresh
        }
        for shard in sorted(stale):
            operations = {p: e for p, e in self._now.items() if _shard(p) == shard}
            record = {"format": _FORMAT, "state": self.state, "operations": operations}
            try:
                data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            except (pickle.PicklingError, TypeError, AttributeError):
                continue
            write_atomically(self._shard_path(shard), data)
        self.written()

    def _shard_path(self, shard: int) -> Path:
        return self.folder / f"{shard:02d}.pickle"

    def _load(self) -> dict[str, Any]:
        kept: dict[str, Any] = {}
        for shard in range(_SHARDS):
            data = read_pickle(self._shard_path(shard))
            if (
                isinstance(data, dict)
                and data.get("format") == _FORMAT
                and data.get("state") == self.state
                and isinstance(data.get("operations"), dict)
            ):
                kept.update(data["operations"])
        return kept


def _shard(pointer: str) -> int:
    """The shard an operation is kept in: a stable function of its pointer."""
    return (
        int(
            hashlib.sha256(pointer.encode("utf-8", "surrogatepass")).hexdigest()[:8], 16
        )
        % _SHARDS
    )
