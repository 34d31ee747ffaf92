"""The Python examples of README.md and docs/*.md run: each file's blocks in order, in one namespace, in a fresh
interpreter, against a loopback server scripted with the API's answers. A block after a ``<!-- not-tested: why -->``
comment is skipped; such blocks are kept rare."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.client.scripted import ScriptedServer
from tests.docs.support import GENERATED, NOT_TESTED, blocks, client_env, run_blocks
from tests.helpers import ROOT

# Every document with Python examples (the others, such as docs/spec-decisions.md, have none to run).
DOCS = [
    doc
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    if any(block.tested for block in blocks(doc, "python"))
]
EXAMPLE_README = ROOT / "examples" / "custom-templates" / "README.md"


def _vendored_app(tmp_path: Path) -> Path:
    """The layout docs/vendoring.md starts from: an app with the client copied into src/myapp/_vendor."""
    vendor = tmp_path / "app" / "src" / "myapp" / "_vendor"
    vendor.mkdir(parents=True)
    (vendor.parent / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    shutil.copytree(
        GENERATED / "framelane",
        vendor / "framelane",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path / "app"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_examples_run(doc: Path, server: ScriptedServer, tmp_path: Path) -> None:
    tested = [b for b in blocks(doc, "python") if b.tested]
    assert tested, f"{doc.name} has no tested Python block"
    cwd, pythonpath = tmp_path, [GENERATED, ROOT]
    if doc.name == "templates.md":
        cwd = ROOT  # it reads this repository's pyproject.toml and spec
    if doc.name == "vendoring.md":
        app = _vendored_app(tmp_path)
        cwd, pythonpath = app, [app / "src"]
    result = run_blocks(
        tested, tmp_path, cwd=cwd, pythonpath=pythonpath, env=client_env(server)
    )
    assert result.returncode == 0, result.stderr[-4000:]
    if doc.name in ("README.md", "vendoring.md"):
        assert server.count > 0, "the examples sent no request"
        assert all(
            r.header("Authorization")
            == f"Bearer {client_env(server)['FRAMELANE_API_KEY']}"
            for r in server.requests
        )


def test_the_readme_example_waits_and_pages(
    server: ScriptedServer, tmp_path: Path
) -> None:
    tested = [b for b in blocks(ROOT / "README.md", "python") if b.tested]
    result = run_blocks(
        tested, tmp_path, cwd=tmp_path, pythonpath=[GENERATED], env=client_env(server)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:3] == ["completed", "task_1", "task_2"]
    (created,) = server.to("POST", "/v1/renders")
    assert created.json() == {"width": 1920, "height": 1080, "duration": 15}
    assert server.to("GET", "/v1/tasks")[0].query["status"] == ["completed"]


def test_untested_blocks_are_rare_and_say_why() -> None:
    untested = [
        b
        for doc in [*DOCS, EXAMPLE_README, GENERATED / "README.md"]
        for b in blocks(doc, "python")
        if not b.tested
    ]
    assert len(untested) <= 2, [b.where for b in untested]
    for doc in [*DOCS, EXAMPLE_README]:
        for line in doc.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith(NOT_TESTED):
                assert line.strip().startswith(
                    NOT_TESTED + ":"
                ), f"{doc}: say why: {line}"


def test_every_python_block_compiles() -> None:
    for doc in [*DOCS, EXAMPLE_README, GENERATED / "README.md"]:
        for block in blocks(doc, "python"):
            compile(block.code, block.where, "exec")
