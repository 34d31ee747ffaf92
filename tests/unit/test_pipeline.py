"""The pipeline's bookkeeping: the skip when nothing changed, the run record, the first-run report."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.helpers import ROOT, run_cli

SPEC_A = {
    "openapi": "3.0.3",
    "info": {"title": "A", "version": "1"},
    "paths": {
        "/a": {
            "get": {"operationId": "getA", "responses": {"204": {"description": "ok"}}}
        }
    },
}


def _spec(tmp_path: Path, name: str, title: str) -> Path:
    data = json.loads(json.dumps(SPEC_A))
    data["info"]["title"] = title
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def _generate(spec: Path, out: Path, cache: Path, *extra: str) -> str:
    result = run_cli(
        "generate",
        "--spec",
        spec,
        "--out",
        out,
        "--package-name",
        "pkg",
        "--config",
        "/dev/null",
        *extra,
        env={"GENERATOR_CACHE_DIR": str(cache)},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_unchanged_regeneration_is_skipped(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "a.json", "A")
    _generate(spec, tmp_path / "out", tmp_path / "cache")
    assert "up to date, nothing to do" in _generate(
        spec, tmp_path / "out", tmp_path / "cache"
    )


def test_another_spec_into_the_same_folder_is_not_skipped(tmp_path: Path) -> None:
    first, second = _spec(tmp_path, "a.json", "A"), _spec(tmp_path, "b.json", "B")
    _generate(first, tmp_path / "out", tmp_path / "cache")
    output = _generate(second, tmp_path / "out", tmp_path / "cache")
    assert "nothing to do" not in output
    assert (
        '"B"' in (tmp_path / "out" / "pkg" / "_version.py").read_text() or "B" in output
    )


def test_a_run_without_the_cache_forgets_the_run_record(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "a.json", "A")
    _generate(spec, tmp_path / "out", tmp_path / "cache")
    (tmp_path / "out" / "pkg" / "__init__.py").write_text("# edited\n")
    _generate(spec, tmp_path / "out", tmp_path / "cache", "--no-cache")
    assert not list((tmp_path / "cache" / "runs").glob("*.json"))


def test_the_first_generation_prints_no_change_report(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "a.json", "A")
    output = _generate(spec, tmp_path / "out", tmp_path / "cache")
    assert "API changes" not in output and "No API changes" not in output


def test_the_wheel_carries_the_default_templates(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    expected = {
        f"generator/_templates/{p.relative_to(ROOT / 'templates').as_posix()}"
        for p in (ROOT / "templates").rglob("*.jinja")
    }
    assert expected and expected <= set(names)


def _edit_keeping_size(target: Path) -> bytes:
    """Edit a generated file by hand without changing its size; its bytes before the edit."""
    original = target.read_bytes()
    edited = original.replace(b"0", b"9", 1)
    assert edited != original and len(edited) == len(original)
    target.write_bytes(edited)
    return original


def test_an_edit_that_keeps_a_files_size_is_still_seen(tmp_path: Path) -> None:
    """The skip trusts a file whose size and modification time are those written; an edit of the same size
    changes the time, so the file is compared, found changed and written again."""
    spec = _spec(tmp_path, "a.json", "A")
    _generate(spec, tmp_path / "out", tmp_path / "cache")
    target = tmp_path / "out" / "pkg" / "_version.py"
    original = _edit_keeping_size(target)
    output = _generate(spec, tmp_path / "out", tmp_path / "cache")
    assert "nothing to do" not in output
    assert target.read_bytes() == original


def test_a_hand_edit_is_undone_by_a_regeneration_that_reuses_the_file(
    tmp_path: Path,
) -> None:
    """When the spec changes, a file whose inputs did not change is left in place unread if its size and
    time are those written; a hand edit of the same size changes the time, so the file is read, found
    different from what was rendered, and made again."""
    spec = _spec(tmp_path, "a.json", "A")
    _generate(spec, tmp_path / "out", tmp_path / "cache")
    target = tmp_path / "out" / "pkg" / "_version.py"
    original = _edit_keeping_size(target)
    data = json.loads(spec.read_text())
    data["paths"]["/a"]["get"]["summary"] = "Get an A."
    spec.write_text(json.dumps(data))
    _generate(spec, tmp_path / "out", tmp_path / "cache")
    assert target.read_bytes() == original
    assert (
        b"Get an A." in (tmp_path / "out" / "pkg" / "resources" / "a.py").read_bytes()
    )


def test_files_kept_in_place_are_listed_and_left_as_they_are(tmp_path: Path) -> None:
    """The writer neither reads nor rewrites a file it is told is in place (by its digest): the manifest lists
    it with that digest, the file keeps its inode, and one beside the package is not removed.
    """
    from generator.writer import read_manifest, write

    out = tmp_path / "out"
    write(
        out,
        "pkg",
        {"pkg/a.py": b"a = 1\n", "pkg/b.py": b"b = 1\n", "setup.cfg": b"x\n"},
    )
    before = (out / "pkg" / "a.py").stat().st_ino
    result = write(
        out,
        "pkg",
        {"pkg/b.py": b"b = 2\n"},
        kept={"pkg/a.py": "d" * 64, "setup.cfg": "e" * 64},
    )
    assert result.written == ["pkg/b.py"] and result.removed == []
    assert result.unchanged == 2
    assert (out / "pkg" / "a.py").stat().st_ino == before
    assert (out / "setup.cfg").read_bytes() == b"x\n"
    files = read_manifest(out / "pkg")["files"]
    assert files == {
        "pkg/a.py": "d" * 64,
        "pkg/b.py": hashlib.sha256(b"b = 2\n").hexdigest(),
        "setup.cfg": "e" * 64,
    }
