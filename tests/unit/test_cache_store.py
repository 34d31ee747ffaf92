"""Cache files are written whole or not at all, and a cache that cannot be written is skipped quietly."""

from __future__ import annotations

from pathlib import Path

from generator.incremental.store import write_atomically


def test_writes_and_replaces_making_the_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "cache.json"
    assert write_atomically(path, b"first")
    assert write_atomically(path, b"second")
    assert path.read_bytes() == b"second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["cache.json"]


def test_an_unwritable_place_is_skipped_and_leaves_the_old_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"not a folder")
    assert not write_atomically(blocker / "cache.json", b"x")
    assert blocker.read_bytes() == b"not a folder"
    # A folder where the file should go: the replace fails, the temporary is removed.
    folder = tmp_path / "folder.json"
    (folder / "inside").mkdir(parents=True)
    assert not write_atomically(folder, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "folder.json"]
    assert [p.name for p in folder.iterdir()] == ["inside"]
