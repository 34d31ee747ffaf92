"""The runtime is real source files: copied into each package as they are, only those the API's features
need, and replaceable from a user's template folder like any template."""

from __future__ import annotations

from pathlib import Path

from generator import render
from tests.helpers import ROOT, generate_in_process

SPEC = ROOT / "tests" / "golden" / "cases" / "primitives" / "spec.yaml"


def test_runtime_modules_are_copied_verbatim_and_only_when_needed(
    tmp_path: Path,
) -> None:
    generate_in_process(SPEC, tmp_path, "plain", package_files=False)
    package = tmp_path / "plain"
    copied = {p.name for p in package.glob("_*.py")} & {
        p.name for p in render.RUNTIME.glob("*.py")
    }
    assert copied == {
        "_auth.py",
        "_base_client.py",
        "_encoding.py",
        "_exceptions.py",
        "_response.py",
        "_types.py",
    }
    for name in copied:
        assert (package / name).read_bytes() == (render.RUNTIME / name).read_bytes()


def test_a_user_folder_replaces_a_runtime_module(tmp_path: Path) -> None:
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    own = (render.RUNTIME / "_response.py").read_text() + "\nCUSTOMISED = True\n"
    (templates / "_response.py").write_text(own)
    generate_in_process(
        SPEC,
        tmp_path / "out",
        "plain",
        templates=tmp_path / "templates",
        package_files=False,
    )
    assert (
        (tmp_path / "out" / "plain" / "_response.py")
        .read_text()
        .endswith("CUSTOMISED = True\n")
    )
