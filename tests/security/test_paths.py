"""No name from the spec reaches the file system unvalidated.

Schema, tag and operationId names that are paths (``../``, absolute, drive letters, UNC), Windows device names
and names equal but for case cannot write outside ``--out`` or overwrite one another; the writer refuses such
paths itself, whoever asks; the manifest in the output folder (which anyone can edit) cannot make the generator
delete anything outside it; files of the user's are never deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.writer import MANIFEST, write
from tests.helpers import ROOT, read_tree, run_cli

from . import support as S

HOSTILE = ROOT / "tests" / "golden" / "hostile"


def everything_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def cli(spec: Path, out: Path, package: str = "pkg") -> None:
    result = run_cli(
        "generate",
        "--spec",
        spec,
        "--out",
        out,
        "--package-name",
        package,
        "--config",
        os.devnull,
        "--no-cache",
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_names_that_are_paths_stay_inside_the_package(tmp_path: Path) -> None:
    """Generate from names like ``../../evil``, ``/etc/passwd``, ``C:\\Windows``, ``CON``, ``User``/``user``:
    every file written is under ``OUT/pkg/``, distinct case-insensitively, no device name; nothing appears
    anywhere else; each schema got its own module."""
    spec_dir = tmp_path / "a" / "b"
    spec_dir.mkdir(parents=True)
    spec = spec_dir / "spec.json"
    spec.write_bytes((HOSTILE / "names_that_are_paths.json").read_bytes())
    out = spec_dir / "out"
    before = everything_under(tmp_path)
    cli(spec, out)
    after = everything_under(tmp_path)
    new = {p for p in after - before}
    assert all(p == "a/b/out" or p.startswith("a/b/out/pkg") for p in new), sorted(
        p for p in new if not p.startswith("a/b/out/pkg")
    )
    S.check_tree_safe(out, "pkg")
    schemas = json.loads(spec.read_text())["components"]["schemas"]
    modules = [p for p in (out / "pkg" / "models").glob("*.py") if p.stem != "__init__"]
    assert len(modules) == len(schemas)
    resources = [
        p for p in (out / "pkg" / "resources").glob("*.py") if p.stem != "__init__"
    ]
    assert len(resources) == len(schemas)  # one tag per schema
    S.parse_all(out / "pkg")


@pytest.mark.parametrize(
    "path",
    [
        "../escape.py",
        "pkg/../../escape.py",
        "pkg/../escape.py",
        "/tmp/escape.py",
        "C:/escape.py",
        "C:escape.py",
        "pkg\\..\\..\\escape.py",
        "pkg/CON.py",
        "pkg/models/nul",
        "pkg/aux.tar.gz",
        "pkg/com1.py",
        "pkg/LPT9",
        "pkg/trailing.",
        "pkg/trailing ",
        "pkg/a\x00b.py",
        "pkg/a\nb.py",
        "pkg/a?.py",
        "pkg/a*.py",
        "pkg/a|b.py",
        "pkg/a<b>.py",
        'pkg/a"b.py',
        "pkg//double.py",
        "pkg/./dot.py",
        "",
        "pkg/",
    ],
)
def test_writer_refuses_unsafe_paths(path: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(GeneratorError):
        write(out, "pkg", {"pkg/__init__.py": b"", path: b"x = 1\n"})
    assert not out.exists() or everything_under(tmp_path) <= {"out"}
    assert everything_under(tmp_path) <= {"out"}


def test_writer_refuses_case_only_collisions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for pair in (
        ("pkg/models/user.py", "pkg/models/User.py"),
        ("pkg/Models/a.py", "pkg/models/a.py"),
        ("pkg/straße.py", "pkg/STRASSE.py"),
    ):
        with pytest.raises(GeneratorError, match="differ only in case"):
            write(out, "pkg", {pair[0]: b"a = 1\n", pair[1]: b"b = 2\n"})
    assert not out.exists() or not any(out.rglob("*.py"))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_tampered_manifest_deletes_nothing_outside(tmp_path: Path) -> None:
    """The manifest lists what a later run may remove. Entries leading outside ``--out`` (``..``, absolute, or
    through a link inside ``--out`` that points elsewhere) are ignored: the victims survive a regeneration
    that removes files."""
    victims = tmp_path / "victims"
    victims.mkdir()
    victim_files = {
        name: victims / name for name in ("a.txt", "b.txt", "c.txt", "d.txt")
    }
    for path in victim_files.values():
        path.write_text("precious")
    out = tmp_path / "work" / "out"
    spec = tmp_path / "spec.json"
    spec.write_bytes((HOSTILE / "keywords_and_dunders.json").read_bytes())
    cli(spec, out)
    (out / "link").symlink_to(victims, target_is_directory=True)
    manifest_path = out / "pkg" / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    digest = _digest(b"precious")
    manifest["files"].update(
        {
            "../../victims/a.txt": digest,
            str(victim_files["b.txt"]): digest,
            "pkg/../../../victims/c.txt": digest,
            "link/d.txt": digest,
        }
    )
    manifest_path.write_text(json.dumps(manifest))
    # A smaller spec: the run removes the files the manifest lists and it no longer generates.
    small = tmp_path / "small.json"
    small.write_bytes((HOSTILE / "auth_names_are_code.json").read_bytes())
    cli(small, out)
    for path in victim_files.values():
        assert path.read_text() == "precious", f"{path} was deleted or changed"
    assert (out / "link").is_symlink()
    listed = json.loads(manifest_path.read_text())["files"]
    assert all(p.startswith("pkg/") for p in listed)


def test_user_files_are_never_deleted(tmp_path: Path) -> None:
    """Files, empty folders and links of the user's, beside the package and inside it (next to generated
    modules), survive regenerations that rewrite and remove generated files."""
    out = tmp_path / "out"
    big = tmp_path / "big.json"
    big.write_bytes((HOSTILE / "keywords_and_dunders.json").read_bytes())
    small = tmp_path / "small.json"
    small.write_bytes((HOSTILE / "auth_names_are_code.json").read_bytes())
    cli(big, out)
    generated_before = set(read_tree(out / "pkg"))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "kept.txt").write_text("target")
    mine = {
        "notes.txt": "beside the package",
        "pkg/NOTES.md": "inside the package",
        "pkg/models/my_extension.py": "x = 1\n",
        "pkg/resources/deep/er/helper.py": "y = 2\n",
        "pkg/.hidden": "dotfile",
    }
    for relative, text in mine.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(text)
    (out / "pkg" / "empty_dir").mkdir()
    (out / "pkg" / "link_to_dir").symlink_to(outside, target_is_directory=True)
    (out / "pkg" / "link_to_file.txt").symlink_to(outside / "kept.txt")
    for spec in (small, big, small):
        cli(spec, out)
        for relative, text in mine.items():
            assert (out / relative).read_text() == text, relative
        assert (out / "pkg" / "empty_dir").is_dir()
        assert (out / "pkg" / "link_to_dir").is_symlink()
        assert os.readlink(out / "pkg" / "link_to_dir") == str(outside)
        assert (out / "pkg" / "link_to_file.txt").is_symlink()
        assert (outside / "kept.txt").read_text() == "target"
    # The generated files of the big spec that the small one lacks are gone: the generator does remove its own.
    now = set(read_tree(out / "pkg"))
    assert generated_before - now


def test_repeated_undeclared_path_placeholder_compiles(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "t", "version": "1"},
                "paths": {
                    "/a/{x}/b/{x}": {
                        "get": {
                            "operationId": "getA",
                            "responses": {"200": {"description": "ok"}},
                        }
                    }
                },
                "components": {"schemas": {"T": {"type": "string"}}},
            }
        )
    )
    cli(spec, tmp_path / "out")
    S.parse_all(tmp_path / "out" / "pkg")
