"""What the last run wrote into an output folder, known without reading the files back.

After a write, the run's record (``pipeline``) keeps the digest of the manifest it left and the size and
modification time (ns) of every file the manifest lists. A file whose size and time are still those is the file
written, as git's index assumes, so its bytes have the manifest's digest: a regeneration that keeps most files
(an edit of one operation keeps thousands) needs neither to read them nor to compare them. Any other file, or
any file when the manifest is not the one recorded, is unknown and must be read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from ..writer import MANIFEST, read_manifest


class Written:
    """The files of one output folder whose bytes are known from the last run's record."""

    def __init__(self, root: Path, digests: dict[str, str], stats: dict[str, Any]):
        self._root = os.fspath(root)
        self._digests = digests
        self._stats = stats

    @classmethod
    def none(cls) -> Written:
        """Nothing known: every file is read."""
        return cls(Path("."), {}, {})

    @classmethod
    def since(cls, record: dict[str, Any], out: Path, folder: str) -> Written:
        """What ``record`` (a run's record: ``manifest`` and ``stats``) vouches for in ``out/folder`` now."""
        stats = record.get("stats")
        if not isinstance(stats, dict) or record.get("manifest") != manifest_digest(
            out, folder
        ):
            return cls.none()
        files = read_manifest(out / folder).get("files")
        digests = (
            {p: d for p, d in files.items() if isinstance(d, str)}
            if isinstance(files, dict)
            else {}
        )
        return cls(out, digests, stats)

    def digest(self, path: str) -> str | None:
        """The SHA-256 of file ``path`` (relative to ``out``) when it is as the last run wrote it, else None."""
        found = self._digests.get(path)
        if found is None:
            return None
        try:
            st = os.stat(os.path.join(self._root, path))
        except OSError:
            return None
        return found if self._stats.get(path) == [st.st_size, st.st_mtime_ns] else None

    def digest_or_read(self, path: str) -> str | None:
        """The SHA-256 of file ``path``, read when the record does not vouch for it; None when it is missing."""
        found = self.digest(path)
        if found is not None:
            return found
        try:
            with open(os.path.join(self._root, path), "rb") as file:
                return hashlib.sha256(file.read()).hexdigest()
        except OSError:
            return None


def manifest_digest(out: Path, folder: str) -> str:
    """The SHA-256 of the manifest in ``out/folder`` (empty when there is none)."""
    try:
        return hashlib.sha256((out / folder / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return ""


def file_stats(out: Path, folder: str) -> dict[str, list[int]]:
    """Size and modification time (ns) of every file the manifest of ``out/folder`` lists, as they are now."""
    files = read_manifest(out / folder).get("files")
    found: dict[str, list[int]] = {}
    root = os.fspath(out)
    for path in files if isinstance(files, dict) else ():
        try:
            st = os.stat(os.path.join(root, path))
        except OSError:
            continue
        found[path] = [st.st_size, st.st_mtime_ns]
    return found
