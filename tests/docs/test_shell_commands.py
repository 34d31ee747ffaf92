"""Every shell command of the docs runs, as written, in a temporary project: README.md, docs/*.md, the
generated client's README and the custom-templates example. Each document's commands run in order in one shell
(a ``cd`` carries over), from where its reader stands: a fresh checkout of this repository (its tracked files,
with this ``.venv``), or the app of docs/vendoring.md. Placeholders are the only thing replaced: the
checkout's and the app's paths, ``/tmp/``, ``$EDITOR``, and ``pip``, which installs into a folder of the test;
the checkout's virtualenv is active, as after ``make install``.
What the commands leave behind is then checked, so a command that runs but does the wrong thing fails too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docs.support import GENERATED, run_shell, shell_commands
from tests.helpers import ROOT, read_tree

DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    GENERATED / "README.md",
    ROOT / "examples" / "custom-templates" / "README.md",
]
# Commands a test cannot run, with why; every one of them must still be in some document.
NOT_RUN = {
    "make test": "the test suite itself: a test that runs it would run itself",
}


def _documents() -> list[Path]:
    return [doc for doc in DOCS if shell_commands(doc)]


def _checkout(root: Path) -> Path:
    """This repository's tracked files (as a clone has them), with this checkout's virtualenv."""
    checkout = root / "openapi-client-generator"
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, tracked.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = checkout / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    (checkout / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    # make would reinstall .venv (this checkout's!) if pyproject.toml looked newer than it.
    os.utime(checkout / "pyproject.toml", (0, 0))
    return checkout


def _app(root: Path) -> Path:
    app = root / "myapp"
    (app / "src" / "myapp").mkdir(parents=True)
    (app / "src" / "myapp" / "__init__.py").write_text("")
    return app


def _pip_shim(root: Path, site: Path) -> Path:
    """A ``pip`` that installs into ``site`` (no dependencies: they are this environment's)."""
    bin_dir = root / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "pip"
    shim.write_text(
        "#!/bin/sh\n"
        'test "$1" = install || { echo "pip shim: only install" >&2; exit 2; }\n'
        "shift\n"
        f'exec {sys.executable} -m pip install --quiet --no-deps --target {site} "$@"\n'
    )
    shim.chmod(0o755)
    return bin_dir


def test_every_command_is_run_or_says_why_not() -> None:
    commands = {command for doc in _documents() for _, command in shell_commands(doc)}
    assert set(NOT_RUN) <= commands, f"stale NOT_RUN entries: {set(NOT_RUN) - commands}"
    assert {ROOT / "docs" / "vendoring.md", ROOT / "README.md"} <= set(_documents())


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_shell_commands_of_the_docs_run(doc: Path, tmp_path: Path) -> None:
    checkout = _checkout(tmp_path)
    app = _app(tmp_path)
    site = tmp_path / "site"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    start = {
        "vendoring.md": app,
        "README.md": checkout / "generated" if doc.parent == GENERATED else checkout,
    }.get(doc.name, checkout)
    commands = [c for _, c in shell_commands(doc) if c not in NOT_RUN]
    env = {
        # The reader has the checkout's virtualenv active (bare ``python -m generator``); pip is the shim.
        "PATH": os.pathsep.join(
            [
                str(_pip_shim(tmp_path, site)),
                str(checkout / ".venv" / "bin"),
                os.environ["PATH"],
            ]
        ),
        "EDITOR": "true",
        "GENERATOR_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = run_shell(
        commands,
        cwd=start,
        env=env,
        replacements={
            "/path/to/openapi-client-generator": str(checkout),
            "/path/to/myapp": str(app),
            "/tmp/": f"{scratch}/",
        },
    )
    assert result.returncode == 0, (
        f"a command of {doc.name} failed (the last one echoed):\n"
        + result.stdout[-3000:]
        + result.stderr[-3000:]
    )
    _check_what_was_left(doc, checkout, app, site, scratch)


def _check_what_was_left(
    doc: Path, checkout: Path, app: Path, site: Path, scratch: Path
) -> None:
    if doc.name == "vendoring.md":
        vendor = app / "src" / "myapp" / "_vendor"
        assert sorted(p.name for p in vendor.iterdir()) == [
            "__init__.py",
            "acme_client",
            "framelane",
        ], "the vendoring commands left project files (pyproject.toml, README.md) in _vendor/"
        assert (vendor / "acme_client" / "_client.py").is_file()
        assert (site / "framelane" / "py.typed").is_file()
    elif doc == GENERATED / "README.md":
        assert (site / "framelane" / "__init__.py").is_file()
    elif doc.name == "templates.md":
        assert (scratch / "try" / "framelane" / "models" / "job.py").is_file()
    elif doc.name == "README.md" or doc.parent.name == "custom-templates":
        custom = scratch / "framelane-custom" / "framelane"
        assert (custom / "_hooks.py").is_file(), "the custom templates were not used"
    if doc.name == "README.md" and doc.parent == ROOT:
        # make generate in a fresh checkout finds generated/ exactly as the spec gives it.
        assert read_tree(checkout / "generated") == read_tree(GENERATED)
