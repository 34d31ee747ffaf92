"""Keeping the cache folder bounded: the records of the output folders used last, and of the specs read last.

Every output folder a user generates into gets its own records (the run, the rendered files' inputs, the
snapshot's entries, the component and operation lowerings: tens of megabytes for a big API), named by the same
key. Someone who generates into many folders (a temporary folder per CI job, a test suite) would grow the cache
without end, so after each generation only the records of the ``FOLDERS`` output folders used last are kept,
and the records of the ``SPECS`` spec files read last. Removing a record only costs the next run in that folder
its shortcut. (The formatting results and compiled templates are keyed by content, per black and generator
version, and are small: they are left.)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FOLDERS = 8
SPECS = 16

# The sections whose entries are named ``<key>.<suffix>`` by output folder.
_BY_FOLDER = ("runs", "renders", "snapshots", "lowering")
_KEY = 32


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return [entry for entry in found if not entry.name.endswith(".tmp")]
    except OSError:
        return []


def _time(entry: os.DirEntry[str]) -> int:
    try:
        return entry.stat(follow_symlinks=False).st_mtime_ns
    except OSError:
        return 0


def _remove(entry: os.DirEntry[str]) -> None:
    try:
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.unlink(entry.path)
    except OSError:
        pass


def _keep_newest(groups: dict[str, list[os.DirEntry[str]]], count: int) -> None:
    """Remove every group but the ``count`` whose newest entry is newest."""
    newest = sorted(
        groups,
        key=lambda name: (max(_time(e) for e in groups[name]), name),
        reverse=True,
    )
    for name in newest[count:]:
        for entry in groups[name]:
            _remove(entry)


def prune(cache_dir: Path) -> None:
    """Bound ``cache_dir`` as the module says (best effort: what cannot be read or removed is left)."""
    by_key: dict[str, list[os.DirEntry[str]]] = {}
    for section in _BY_FOLDER:
        for entry in _entries(cache_dir / section):
            by_key.setdefault(entry.name[:_KEY], []).append(entry)
    _keep_newest(by_key, FOLDERS)
    specs = {entry.name: [entry] for entry in _entries(cache_dir / "loading")}
    _keep_newest(specs, SPECS)
