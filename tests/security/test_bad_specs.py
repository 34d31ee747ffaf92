"""Bad input through the CLI: exactly one line ``error: ...`` on stderr, exit status 2, no traceback, nothing on
stdout, and the previous output folder untouched (same bytes, same modification times, nothing added).

The small cases are files of ``tests/golden/hostile/`` (``bad_*``, with the expected message in
``expectations.json``); the big ones (a spec over the size limit, thousands of nesting levels, an endless
device) are made here, in temporary files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_cli

HOSTILE = ROOT / "tests" / "golden" / "hostile"
EXPECTATIONS = json.loads((HOSTILE / "expectations.json").read_text(encoding="utf-8"))
ERROR_CASES = sorted(n for n, e in EXPECTATIONS.items() if e["outcome"] == "error")

VALID = {
    "openapi": "3.1.0",
    "info": {"title": "ok", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}}}
        }
    },
}


def snapshot(root: Path) -> dict[str, tuple[str, int, bytes]]:
    """Every entry under ``root``: kind, modification time (ns) and content of files."""
    entries: dict[str, tuple[str, int, bytes]] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        kind = "dir" if path.is_dir() else "file"
        entries[path.relative_to(root).as_posix()] = (
            kind,
            info.st_mtime_ns,
            path.read_bytes() if kind == "file" else b"",
        )
    return entries


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder holding a good generation (and a file of the user's), to be left as it is."""
    base = tmp_path_factory.mktemp("previous")
    spec = base / "good.json"
    spec.write_text(json.dumps(VALID))
    out = base / "out"
    result = run_cli(
        "generate",
        "--spec",
        spec,
        "--out",
        out,
        "--package-name",
        "prev",
        "--config",
        os.devnull,
        "--no-cache",
    )
    assert result.returncode == 0, result.stderr
    (out / "prev" / "mine.txt").write_text("the user's")
    # Modification times a second in the past: a rewrite, even of identical bytes, would show.
    past = time.time() - 1000
    for path in out.rglob("*"):
        os.utime(path, (past, past), follow_symlinks=False)
    return out


def run_bad(spec: Path | str, out: Path, *extra: str) -> tuple[int, str, str]:
    result = run_cli(
        "generate",
        "--spec",
        str(spec),
        "--out",
        out,
        "--package-name",
        "prev",
        "--config",
        os.devnull,
        "--no-cache",
        *extra,
    )
    return result.returncode, result.stdout, result.stderr


def assert_one_line_error(code: int, stdout: str, stderr: str) -> str:
    assert code == 2, f"exit {code}: {stderr[-2000:]}"
    assert "Traceback" not in stderr
    assert stdout == ""
    assert stderr.endswith("\n") and stderr.count("\n") == 1, repr(stderr[-2000:])
    assert stderr.startswith("error: "), stderr
    line = stderr[:-1]
    assert line.isprintable(), f"control characters in {line!r}"
    assert "internal error" not in line
    return line


def _big_spec(path: Path) -> None:
    """A valid JSON spec just over the 64 MiB limit: refused by its size, before any parsing."""
    head = b'{"openapi": "3.1.0", "info": {"title": "big", "version": "1"}, "paths": {}, "x-pad": "'
    tail = b'"}'
    size = 64 * 1024 * 1024 + 1
    with path.open("wb") as handle:
        handle.write(head)
        chunk = b"a" * (1024 * 1024)
        remaining = size - len(head) - len(tail)
        while remaining > 0:
            handle.write(chunk[: min(len(chunk), remaining)])
            remaining -= len(chunk)
        handle.write(tail)


def _deep_json(path: Path, levels: int) -> None:
    schema = (
        '{"type": "array", "items": ' * levels + '{"type": "string"}' + "}" * levels
    )
    path.write_text(
        '{"openapi": "3.1.0", "info": {"title": "deep", "version": "1"}, "paths": {}, '
        '"components": {"schemas": {"Deep": ' + schema + "}}}"
    )


def _deep_yaml(path: Path, levels: int) -> None:
    schema = (
        "{type: object, properties: {a: " * levels + "{type: string}" + "}}" * levels
    )
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: deep, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    Deep: {schema}\n"
    )


def _deep_allof(path: Path, levels: int) -> None:
    schema = '{"allOf": [' * levels + '{"type": "string"}' + "]}" * levels
    path.write_text(
        '{"openapi": "3.1.0", "info": {"title": "deep", "version": "1"}, "paths": {}, '
        '"components": {"schemas": {"Deep": ' + schema + "}}}"
    )


MADE = {
    "over_64_mib.json": (_big_spec, r"is over the 64 MiB limit of a spec"),
    "deep_5000_json.json": (
        lambda p: _deep_json(p, 5000),
        r"nested too deeply|nested deeper than",
    ),
    "deep_300_json.json": (
        lambda p: _deep_json(p, 300),
        r"nested too deeply|nested deeper than",
    ),
    "deep_3000_yaml.yaml": (
        lambda p: _deep_yaml(p, 3000),
        r"nesting depth|nested too deeply|nested deeper than",
    ),
    "deep_2000_allof.json": (
        lambda p: _deep_allof(p, 2000),
        r"nested too deeply|nested deeper than",
    ),
    "empty.json": (lambda p: p.write_text(""), r"empty\.json:1:1: invalid JSON"),
    "empty.yaml": (
        lambda p: p.write_text(""),
        r"the spec must be an object, found NoneType",
    ),
    "directory.json": (lambda p: p.mkdir(), r"cannot read .*directory\.json"),
    "missing.json": (lambda p: None, r"cannot read .*missing\.json"),
    "openapi_2_5.yaml": (
        lambda p: p.write_text("openapi: '2.5'\ninfo: {title: x, version: '1'}\n"),
        r"OpenAPI version '2\.5' is not supported",
    ),
}


@pytest.mark.parametrize("case", ERROR_CASES)
def test_corpus_bad_spec(case: str, previous: Path) -> None:
    before = snapshot(previous)
    line = assert_one_line_error(*run_bad(HOSTILE / case, previous))
    assert re.search(EXPECTATIONS[case]["stderr"], line), line
    assert snapshot(previous) == before


@pytest.mark.parametrize("case", sorted(MADE))
def test_made_bad_spec(case: str, previous: Path, tmp_path: Path) -> None:
    make, pattern = MADE[case]
    spec = tmp_path / case
    make(spec)
    before = snapshot(previous)
    started = time.monotonic()
    line = assert_one_line_error(*run_bad(spec, previous))
    assert re.search(pattern, line), line
    assert snapshot(previous) == before
    if case == "over_64_mib.json":
        # Refused by its size: not read, let alone parsed (parsing 64 MiB of JSON alone takes longer).
        assert time.monotonic() - started < 30


def test_endless_device_is_refused_by_size(previous: Path) -> None:
    """``/dev/zero`` has no size to check first: the read itself stops past the limit."""
    before = snapshot(previous)
    line = assert_one_line_error(*run_bad("/dev/zero", previous))
    assert "is over the 64 MiB limit" in line
    assert snapshot(previous) == before


def test_external_refs_need_the_flag(tmp_path: Path, previous: Path) -> None:
    """A ``$ref`` to a file outside the spec's folder is refused, and accepted with ``--allow-external-refs``;
    a ``$ref`` through a link inside the folder that points outside is refused too."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "thing.json").write_text(
        json.dumps(
            {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
        )
    )
    folder = tmp_path / "spec"
    folder.mkdir()
    spec = json.loads(json.dumps(VALID))
    spec["components"]["schemas"]["Thing"] = {"$ref": "../shared/thing.json#/Thing"}
    (folder / "spec.json").write_text(json.dumps(spec))
    before = snapshot(previous)
    line = assert_one_line_error(*run_bad(folder / "spec.json", previous))
    assert "leaves the spec's folder; pass --allow-external-refs" in line
    assert snapshot(previous) == before

    (folder / "inside").symlink_to(shared, target_is_directory=True)
    spec["components"]["schemas"]["Thing"] = {"$ref": "inside/thing.json#/Thing"}
    (folder / "linked.json").write_text(json.dumps(spec))
    line = assert_one_line_error(*run_bad(folder / "linked.json", previous))
    assert "leaves the spec's folder" in line
    assert snapshot(previous) == before

    out = tmp_path / "out"
    result = run_cli(
        "generate",
        "--spec",
        folder / "spec.json",
        "--out",
        out,
        "--package-name",
        "ext",
        "--config",
        os.devnull,
        "--no-cache",
        "--allow-external-refs",
    )
    assert result.returncode == 0, result.stderr
    assert (out / "ext" / "models" / "thing.py").is_file()


def test_errors_leave_a_fresh_output_folder_absent(tmp_path: Path) -> None:
    """Nothing is written for a bad spec: an output folder that did not exist still does not."""
    out = tmp_path / "never"
    assert_one_line_error(*run_bad(HOSTILE / "bad_dangling_ref.json", out))
    assert not out.exists()


def test_bad_specs_in_parallel_do_not_interfere(tmp_path: Path, previous: Path) -> None:
    """Several bad runs at once against the same output (as two terminals would): each fails alone, cleanly."""
    before = snapshot(previous)
    cases = ["bad_json.json", "bad_ref_cycle.json", "bad_alias_bomb.yaml"]
    with ThreadPoolExecutor(len(cases)) as pool:
        results = list(pool.map(lambda c: run_bad(HOSTILE / c, previous), cases))
    for result in results:
        assert_one_line_error(*result)
    assert snapshot(previous) == before
    shutil.rmtree(tmp_path, ignore_errors=True)
