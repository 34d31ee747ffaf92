"""The component schemas' lowering, kept between runs.

Lowering every component schema is most of lowering's time on a big spec, and an edit to an operation (the usual
edit) leaves it unchanged. Its result is the state it leaves in the lowering context: the draft declarations,
name candidates, kinds, the memo of types by pointer, the references found recursive, and the warnings given.
That state is kept (pickled, in the user's cache folder, one file per output folder) with the digest of what
it read: the ``components/schemas`` section as loaded (after bundling and repairs), every other fragment of the
document a reference led to, the settings and the generator's code. When all are unchanged the state is put
back instead of lowering the schemas again; the operations are then lowered over it exactly as in a full run.

Settling names rewrites every reference of every declaration, and is the next largest cost. A settled
declaration is a function of its draft and of the final names of the declarations it refers to (its own
included), so it is kept too, with those names: when the draft is the one the state put back and the names are
as they were, it is taken as it is. Its digest (what rendering compares to tell whether a file must be made
again) is derived from the same inputs, the state's identity, its key and those names, instead of being
computed from its whole value.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .store import read_pickle, write_atomically
from .. import ir
from .. import pointer as jp

if TYPE_CHECKING:
    from ..lower.context import Context
    from .operations import OperationMemo
    from ..lower.schemas import SchemaLowerer

_FORMAT = 2
_SECTION = "#/components/schemas/"


def fragment_digest(raw: Any, pointer: str) -> str:
    """The digest of the raw fragment at ``pointer`` (``-`` when nothing is there)."""
    node = raw
    try:
        for token in jp.split(pointer):
            node = node[int(token)] if isinstance(node, list) else node[token]
    except (KeyError, IndexError, ValueError, TypeError):
        return "-"
    return hashlib.sha256(
        json.dumps(node, ensure_ascii=False, default=str).encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()


def _state(key: str, fragments: dict[str, str]) -> str:
    """What identifies a component state: the digest it is keyed by, and the fragments it read outside it."""
    return hashlib.sha256(
        json.dumps([key, sorted(fragments.items())]).encode()
    ).hexdigest()[:32]


class ComponentMemo:
    """Where one output folder's component lowering is kept, and the settings it was made under."""

    def __init__(
        self, cache_dir: Path, out: Path, folder: str, fingerprint: str
    ) -> None:
        key = hashlib.sha256(f"{out.resolve()}\0{folder}".encode()).hexdigest()[:32]
        self.path = cache_dir / "lowering" / f"{key}.pickle"
        self.fingerprint = fingerprint
        # What this run's state is made of: its identity, and each draft declaration it holds (by key, the
        # very objects it put into the context, so that a draft replaced later is told apart).
        self.state = ""
        self._drafts: dict[str, ir.Declaration] = {}
        # The record loaded (when it held) and the record to save (when it did not, or it grew stale).
        self._kept: dict[str, Any] | None = None
        self._record: dict[str, Any] | None = None
        self.digests: dict[int, str] = {}
        """Digests of settled declarations by ``id`` (objects of this run's API): see ``finish``."""
        # The record ``finish`` left to write: ``flush`` writes it (the pipeline does while files render).
        self._unsaved: dict[str, Any] | None = None
        self.operations: OperationMemo | None = None
        """The operations' lowerings over this run's state, once ``operations_over`` made it."""

    def operations_over(self, ctx: Context) -> OperationMemo:
        """The kept lowerings of operations over this run's component state (``run`` settled it), watching
        ``ctx`` from now on."""
        from .operations import OperationMemo

        self.operations = OperationMemo(
            self.path.with_name(self.path.stem + ".operations"), self.state
        )
        self.operations.watch(ctx)
        return self.operations

    def run(
        self, ctx: Context, schemas: SchemaLowerer, lower_all: Callable[[], None]
    ) -> bool:
        """Put back the kept state when it still holds, else run ``lower_all`` and keep what it leaves;
        True when the state was put back."""
        section = (ctx.spec.raw.get("components") or {}).get("schemas")
        key = hashlib.sha256(
            json.dumps(
                [self.fingerprint, ctx.spec.version, section],
                ensure_ascii=False,
                default=str,
            ).encode("utf-8", "surrogatepass")
        ).hexdigest()
        kept = self._load()
        if (
            kept is not None
            and kept.get("key") == key
            and all(
                fragment_digest(ctx.spec.raw, pointer) == was
                for pointer, was in kept["reads"].items()
            )
        ):
            ctx.declarations.update(kept["declarations"])
            ctx.candidates.update(kept["candidates"])
            ctx.kinds.update(kept["kinds"])
            ctx.memo.update(kept["memo"])
            schemas.recursive.update(kept["recursive"])
            for pointer, message in kept["warnings"]:
                ctx.warn(pointer, message)
            self._kept = kept
            self._drafts = dict(kept["declarations"])
            self.state = _state(key, kept["reads"])
            return True
        before = set(ctx.diagnostics.items)
        reads: set[str] = set()
        ctx.reads = reads
        try:
            lower_all()
        finally:
            ctx.reads = None
        fragments = {
            p: fragment_digest(ctx.spec.raw, p)
            for p in sorted(reads)
            if not p.startswith(_SECTION)
        }
        self._drafts = dict(ctx.declarations)
        self.state = _state(key, fragments)
        self._record = {
            "format": _FORMAT,
            "key": key,
            "reads": fragments,
            "declarations": dict(ctx.declarations),
            "candidates": dict(ctx.candidates),
            "kinds": dict(ctx.kinds),
            "memo": dict(ctx.memo),
            "recursive": sorted(schemas.recursive),
            "warnings": sorted(
                (d.pointer, d.message) for d in ctx.diagnostics.items - before
            ),
            "settled": {},
        }
        return False

    def settled(
        self, key: str, draft: ir.Declaration, names: Callable[[str], tuple[str, str]]
    ) -> ir.Declaration | None:
        """The settled declaration kept for ``key``, when ``draft`` is the one this state put back and the
        final (class, module) ``names`` of everything it refers to are those it was settled with.
        """
        if self._kept is None or self._drafts.get(key) is not draft:
            return None
        entry = self._kept["settled"].get(key)
        if entry is None:
            return None
        deps, then, settled = entry
        for dep, was in zip(deps, then):
            if names(dep) != was:
                return None
        return settled  # type: ignore[no-any-return]

    def finish(
        self,
        drafts: dict[str, ir.Declaration],
        settled: dict[str, ir.Declaration],
        names: Callable[[str], tuple[str, str]],
    ) -> None:
        """Derive the digest of every settled declaration whose draft is this state's or an operation's, and
        keep this state's with it when anything in it is new (written by ``flush``)."""
        from ..lower.finalize import references

        entries: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], Any]] = (
            {}
        )
        for key, declaration in settled.items():
            draft = drafts.get(key)
            # A declaration an operation made is a function of that operation's lowering (its identity).
            origin = ("component", self.state)
            if self._drafts.get(key) is not draft:
                maker = (
                    self.operations.maker(key, draft)
                    if self.operations is not None
                    else None
                )
                if maker is None:
                    continue
                origin = ("operation", maker)
            uses = getattr(declaration, "references", None)
            if uses is None:
                uses = references(declaration)
            deps = tuple(sorted({key, *(ref.key for ref in uses)}))
            then = tuple(names(dep) for dep in deps)
            if origin[0] == "component":
                entries[key] = (deps, then, declaration)
            self.digests[id(declaration)] = hashlib.sha256(
                repr((*origin, key, then)).encode("utf-8", "surrogatepass")
            ).hexdigest()[:32]
        record = self._record
        if record is None and self._kept is not None:
            kept = self._kept["settled"]
            if len(kept) == len(entries) and all(
                kept.get(key, (None,))[2] is entry[2] for key, entry in entries.items()
            ):
                return
            record = self._kept
        if record is not None:
            record["settled"] = entries
            self._unsaved = record

    def written(self) -> None:
        """The record was written by another process (a forked child of this run): nothing is left to write."""
        self._unsaved = None
        if self.operations is not None:
            self.operations.written()

    def flush(self) -> None:
        """Write the record ``finish`` made, if any (once; best effort)."""
        record, self._unsaved = self._unsaved, None
        if record is not None:
            self._save(record)
        if self.operations is not None:
            self.operations.save()

    def _load(self) -> dict[str, Any] | None:
        # A record made by another format, or that fails to load, is ignored.
        data = read_pickle(self.path)
        return (
            data if isinstance(data, dict) and data.get("format") == _FORMAT else None
        )

    def _save(self, data: dict[str, Any]) -> None:
        try:
            pickled = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
        write_atomically(self.path, pickled)
