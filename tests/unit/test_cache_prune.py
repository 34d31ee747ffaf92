"""The cache folder stays bounded: after a generation, only the records of the output folders used last (and
of the specs read last) are kept."""

from __future__ import annotations

import os
from pathlib import Path

from generator.incremental import prune
from tests.unit.test_pipeline import _generate, _spec


def _record(cache: Path, key: str, age: int) -> list[Path]:
    """The records of one output folder, last written ``age`` seconds ago."""
    paths = [
        cache / "runs" / f"{key}.json",
        cache / "renders" / f"{key}.json",
        cache / "lowering" / f"{key}.pickle",
        cache / "lowering" / f"{key}.operations" / "00.pickle",
    ]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
        os.utime(path, (1_000_000_000 - age, 1_000_000_000 - age))
    os.utime(paths[-1].parent, (1_000_000_000 - age, 1_000_000_000 - age))
    return paths


def test_only_the_folders_used_last_keep_their_records(tmp_path: Path) -> None:
    keys = [f"{i:032x}" for i in range(prune.FOLDERS + 3)]
    made = {key: _record(tmp_path, key, age) for age, key in enumerate(keys)}
    # One of the oldest folders was used just now through one of its records.
    os.utime(made[keys[-1]][0])
    prune.prune(tmp_path)
    kept = {key for key, paths in made.items() if all(p.exists() for p in paths)}
    gone = {key for key, paths in made.items() if not any(p.exists() for p in paths)}
    assert kept == {*keys[: prune.FOLDERS - 1], keys[-1]}
    assert kept | gone == set(keys)


def test_only_the_specs_read_last_keep_their_records(tmp_path: Path) -> None:
    folder = tmp_path / "loading"
    folder.mkdir()
    for age in range(prune.SPECS + 2):
        path = folder / f"{age:032x}.json"
        path.write_text("{}")
        os.utime(path, (1_000_000_000 - age, 1_000_000_000 - age))
    prune.prune(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{age:032x}.json" for age in range(prune.SPECS)
    ]


def test_a_generation_prunes_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = [_record(cache, f"{i:032x}", 1000 + i) for i in range(prune.FOLDERS)]
    _generate(_spec(tmp_path, "a.json", "A"), tmp_path / "out", cache)
    # This run's records (the newest) are kept; the oldest folder's records make room for them.
    assert len(list((cache / "runs").iterdir())) == prune.FOLDERS
    assert not any(p.exists() for p in old[-1])
    assert all(p.exists() for p in old[0])
