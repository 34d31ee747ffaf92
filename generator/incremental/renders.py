"""Rendered files kept between runs: each file's inputs, and the digest of what they gave.

A file is reused when its template and context, the API's small fields, and every API-wide value its last
rendering read (``tracking``) have the digests they had then, and the file in the output folder still has the
bytes that rendering gave (so a hand-edited generated file is made again). Its text is then read back from the
output folder instead of being rendered and formatted again. The record is JSON (a cache must never be code),
one file per output folder, replaced whole; it is only a shortcut, so a missing or unreadable one means a full
render.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .store import write_atomically
from .. import ir
from .digest import digest, digest_text
from .tracking import COLLECTIONS, Read
from .written import Written

_FORMAT = 1


@dataclasses.dataclass(frozen=True)
class Record:
    """One file's inputs (digests) and the digest of its text."""

    context: str
    reads: tuple[tuple[str, str, str], ...]
    text: str


class Inputs:
    """Digests of the current API's parts, each computed at most once in a run."""

    def __init__(self, api: ir.Api, known: Mapping[int, str] | None = None) -> None:
        """``known``: digests of some of ``api``'s objects by ``id``, derived from what they were made of
        (``incremental.lowering``) instead of computed from their values."""
        self._api = api
        self._by_kind: dict[str, dict[str, Any]] = {
            "declarations": {d.key: d for d in api.declarations},
            "params": {p.key: p for p in api.params},
        }
        self._objects: dict[int, str] = dict(known or {})
        self._reads: dict[Read, str] = {}
        small = tuple(
            (f.name, getattr(api, f.name))
            for f in dataclasses.fields(api)
            if f.name not in COLLECTIONS
        )
        self.header = digest(small)

    @property
    def known(self) -> Mapping[int, str]:
        """Every digest computed or given so far, by ``id`` of the object (to share with another ``Inputs``
        of the same API)."""
        return self._objects

    def _of_object(self, value: object) -> str:
        # Objects of the current API live as long as the run, so their ids are stable keys.
        found = self._objects.get(id(value))
        if found is None:
            found = self._objects[id(value)] = digest(value)
        return found

    def of(self, read: Read) -> str:
        """The digest of what ``read`` reads now (``-`` for a key that is gone)."""
        found = self._reads.get(read)
        if found is not None:
            return found
        kind, key = read
        if kind == "api":
            items = getattr(self._api, key, None) or ()
            found = hashlib.sha256(
                "".join(self._of_object(item) for item in items).encode()
            ).hexdigest()[:32]
        else:
            value = self._by_kind.get(kind, {}).get(key)
            found = "-" if value is None else self._of_object(value)
        self._reads[read] = found
        return found

    def context(self, template: str, context: dict[str, Any]) -> str:
        """The digest of a file's own inputs: its template, its context and the API's small fields."""
        parts = [template, self.header]
        for name in sorted(context):
            parts += [name, self._of_object(context[name])]
        return digest(tuple(parts))

    def record(self, context: str, reads: frozenset[Read], text: str) -> Record:
        """The record of a file just rendered to ``text``."""
        return Record(
            context=context,
            reads=tuple(
                sorted((kind, key, self.of((kind, key))) for kind, key in reads)
            ),
            text=digest_text(text),
        )


class RenderCache:
    """The records of one output folder, loaded at the start of a run and replaced at its end."""

    def __init__(
        self, path: Path, fingerprint: str, records: dict[str, Record]
    ) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.records = records

    @classmethod
    def open(
        cls, cache_dir: Path, out: Path, folder: str, fingerprint: str
    ) -> RenderCache:
        """The records kept for ``out/folder``; none when they were made by other templates, settings or
        generator code (``fingerprint``)."""
        key = hashlib.sha256(f"{out.resolve()}\0{folder}".encode()).hexdigest()[:32]
        path = cache_dir / "renders" / f"{key}.json"
        records: dict[str, Record] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == _FORMAT and data.get("fingerprint") == fingerprint:
                for name, (context, reads, text) in data["files"].items():
                    records[name] = Record(
                        context=context,
                        reads=tuple((k, key_, d) for k, key_, d in reads),
                        text=text,
                    )
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            records = {}
        return cls(path, fingerprint, records)

    def reuse(
        self,
        name: str,
        context: str,
        inputs: Inputs,
        out: Path,
        written: Written | None = None,
    ) -> tuple[str | None, str] | None:
        """File ``name`` (relative to ``out``) when its record still holds: ``(None, digest)`` when ``written``
        vouches that the file in place has the bytes the record made (it is left as it is, unread), else its
        text read back and its digest; ``None`` when it must be made again."""
        record = self.records.get(name)
        if record is None or record.context != context:
            return None
        for kind, key, was in record.reads:
            if inputs.of((kind, key)) != was:
                return None
        if written is not None and written.digest(name) == record.text:
            return None, record.text
        try:
            text = (out / name).read_bytes().decode("utf-8", "surrogatepass")
        except (OSError, UnicodeDecodeError):
            return None
        return (text, record.text) if digest_text(text) == record.text else None

    def save(self, records: dict[str, Record]) -> None:
        """Replace the kept records with ``records`` (best effort: a cache that cannot be written is skipped)."""
        data = {
            "format": _FORMAT,
            "fingerprint": self.fingerprint,
            "files": {
                name: [r.context, [list(read) for read in r.reads], r.text]
                for name, r in sorted(records.items())
            },
        }
        write_atomically(self.path, json.dumps(data).encode("utf-8"))
