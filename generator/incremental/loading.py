"""The spec's units that needed no repair, kept between runs (``loader.units``).

One record per spec file (by its resolved path), JSON (a cache must never be code): for each unit found clean,
the digest of its content and the references it holds. It is valid only for the OpenAPI version and the
generator code it was made with; anything else, or a record that cannot be read, means every unit is walked.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .digest import generator_code
from .store import write_atomically

_FORMAT = 2


class LoadMemo:
    """The clean units of one spec file, as the last run left them."""

    def __init__(self, cache_dir: Path, spec: Path, version: str) -> None:
        key = hashlib.sha256(str(spec.resolve()).encode()).hexdigest()[:32]
        self.path = cache_dir / "loading" / f"{key}.json"
        self._stamp = [_FORMAT, version, generator_code()]
        self._kept: dict[str, Any] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("stamp") == self._stamp and isinstance(data.get("units"), dict):
                self._kept = data["units"]
                # Used now: the cache's pruning keeps the records used last (``prune``).
                os.utime(self.path)
        except (OSError, ValueError, TypeError, AttributeError):
            self._kept = {}

    def clean(self, pointer: str, digest: str) -> list[str] | None:
        """The references of unit ``pointer`` when the last run found it clean with content ``digest``."""
        entry = self._kept.get(pointer)
        if (
            isinstance(entry, list)
            and len(entry) == 2
            and entry[0] == digest
            and isinstance(entry[1], list)
        ):
            return [ref for ref in entry[1] if isinstance(ref, str)]
        return None

    def save(self, units: dict[str, tuple[str, list[str]]]) -> None:
        """Keep ``units`` (pointer: (digest, references)) as the clean units, when they differ from those kept."""
        data = {pointer: [d, list(r)] for pointer, (d, r) in units.items()}
        if data == self._kept:
            return
        write_atomically(
            self.path,
            json.dumps({"stamp": self._stamp, "units": data}).encode("utf-8"),
        )
        self._kept = data
