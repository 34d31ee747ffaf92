"""The component schemas' lowering, kept between runs.

Lowering every component schema is most of lowering's time on a big spec, and an edit to an operation (the usual
edit) leaves it unchanged. Its result is the state it leaves in the lowering context: the draft declarations,
name candidates, kinds, the memo of types by pointer, the references found recursive, and the warnings given.
That state is kept (pickled, in the user's cache folder, one file per output folder) with the digest of what
it read: the ``components/schemas`` section as loaded (after bundling and repairs), every other fragment of the
document a reference led to, the settings and the generator's code. When all are unchanged the state is put
back instead of lowering the schemas again; the operations are then lowered over it exactly as in a full run.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import pointer as jp

if TYPE_CHECKING:
    from ..lower.context import Context
    from ..lower.schemas import SchemaLowerer

_FORMAT = 1
_SECTION = "#/components/schemas/"


def _fragment(raw: Any, pointer: str) -> str:
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


class ComponentMemo:
    """Where one output folder's component lowering is kept, and the settings it was made under."""

    def __init__(
        self, cache_dir: Path, out: Path, folder: str, fingerprint: str
    ) -> None:
        key = hashlib.sha256(f"{out.resolve()}\0{folder}".encode()).hexdigest()[:32]
        self.path = cache_dir / "lowering" / f"{key}.pickle"
        self.fingerprint = fingerprint

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
                _fragment(ctx.spec.raw, pointer) == was
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
            return True
        before = set(ctx.diagnostics.items)
        reads: set[str] = set()
        ctx.reads = reads
        try:
            lower_all()
        finally:
            ctx.reads = None
        self._save(
            {
                "format": _FORMAT,
                "key": key,
                "reads": {
                    p: _fragment(ctx.spec.raw, p)
                    for p in sorted(reads)
                    if not p.startswith(_SECTION)
                },
                "declarations": dict(ctx.declarations),
                "candidates": dict(ctx.candidates),
                "kinds": dict(ctx.kinds),
                "memo": dict(ctx.memo),
                "recursive": sorted(schemas.recursive),
                "warnings": sorted(
                    (d.pointer, d.message) for d in ctx.diagnostics.items - before
                ),
            }
        )
        return False

    def _load(self) -> dict[str, Any] | None:
        try:
            with self.path.open("rb") as file:
                # The cache folder is the user's own (like black's, which pickles too); a record made by
                # another format or that fails to load is ignored.
                data = pickle.load(file)
        except (
            OSError,
            pickle.UnpicklingError,
            EOFError,
            AttributeError,
            ImportError,
            TypeError,
            ValueError,
        ):
            return None
        return (
            data if isinstance(data, dict) and data.get("format") == _FORMAT else None
        )

    def _save(self, data: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as file:
                pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(self.path)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass
