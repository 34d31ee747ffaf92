"""The API snapshot's entries kept between runs, one per declaration.

The snapshot (``.api.json``) spells every field of every model as the user sees it, which means printing each
field's type: on a big API that is most of the snapshot's time, for entries that an edit to one operation
leaves as they were. An entry is a function of its declaration and of the declarations and request types its
printing looked up by key (recorded as it is made, like a rendered file's reads: ``tracking``). It is kept with
the digests of those (``renders.Inputs``), and taken as it is when they all still hold. Which requests and
responses use a declaration (``used_in``) spans the whole API and is worked out afresh every run.

The record is JSON (a cache must never be code), one file per output folder, replaced whole when it changed;
a missing or unreadable one means every entry is made again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .store import write_atomically
from .renders import Inputs
from .tracking import Read

_FORMAT = 1

Entry = tuple[str, str, Any]
"""``(section, name, value)``: where the entry goes (``models``, ``enums``, ``aliases``), under which name."""


class SnapshotMemo:
    """The kept entries of one output folder, and those made in this run."""

    def __init__(self, path: Path, fingerprint: str, kept: dict[str, Any]) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self._kept = kept
        self._now: dict[str, Any] = {}
        self._changed = False

    @classmethod
    def open(
        cls, cache_dir: Path, out: Path, folder: str, fingerprint: str
    ) -> SnapshotMemo:
        """The entries kept for ``out/folder`` under ``fingerprint`` (settings, templates, generator code)."""
        key = hashlib.sha256(f"{out.resolve()}\0{folder}".encode()).hexdigest()[:32]
        path = cache_dir / "snapshots" / f"{key}.json"
        kept: dict[str, Any] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == _FORMAT and data.get("fingerprint") == fingerprint:
                entries = data["entries"]
                if isinstance(entries, dict):
                    kept = entries
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            kept = {}
        return cls(path, fingerprint, kept)

    def get(self, key: str, inputs: Inputs) -> Entry | None:
        """The entry of declaration ``key`` when the declaration and everything its entry read are unchanged."""
        record = self._kept.get(key)
        if not isinstance(record, list) or len(record) != 5:
            return None
        own, reads, section, name, value = record
        if inputs.of(("declarations", key)) != own:
            return None
        for kind, read_key, was in reads:
            if inputs.of((kind, read_key)) != was:
                return None
        self._now[key] = record
        return section, name, value

    def put(
        self, key: str, entry: Entry, reads: frozenset[Read], inputs: Inputs
    ) -> None:
        """Keep the entry just made for declaration ``key`` with the digests of what it read."""
        section, name, value = entry
        self._now[key] = [
            inputs.of(("declarations", key)),
            [[kind, k, inputs.of((kind, k))] for kind, k in sorted(reads)],
            section,
            name,
            value,
        ]
        self._changed = True

    def save(self) -> None:
        """Replace the kept entries with this run's, when any was made anew or is gone (best effort)."""
        if not self._changed and len(self._now) == len(self._kept):
            return
        data = {
            "format": _FORMAT,
            "fingerprint": self.fingerprint,
            "entries": self._now,
        }
        write_atomically(
            self.path, json.dumps(data, ensure_ascii=False).encode("utf-8")
        )
