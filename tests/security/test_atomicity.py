"""Killing the generator at any moment leaves the package folder as the complete old tree or the complete new one,
never a mix, and never loses a file of the user's.

The generator runs as a real process on a spec of a few hundred schemas and gets SIGKILL at random moments of
its write stage (found by watching for its staging folder: the writer has no hook to stop it at a given step).
After each kill the package folder must equal, byte for byte, one of two trees generated independently.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.writer import write
from tests.helpers import ROOT, read_tree, run_cli

PACKAGE = "pkg"
ITERATIONS = 10


def synthetic(variant: str, count: int = 240) -> dict[str, Any]:
    """A spec of ``count`` schemas; B changes every description, lacks every tenth schema and adds others,
    so the two trees differ in almost every file and in their file lists."""
    schemas: dict[str, Any] = {}
    for i in range(count):
        if variant == "B" and i % 10 == 0:
            continue
        schemas[f"Model{i}"] = {
            "type": "object",
            "description": f"Model {i} of variant {variant}.",
            "properties": {
                "id": {"type": "string", "description": f"Identifier ({variant})."},
                "count": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        }
    if variant == "B":
        for i in range(20):
            schemas[f"Extra{i}"] = {
                "type": "object",
                "properties": {"x": {"type": "string"}},
            }
    paths = {
        f"/things{i}/{{id}}": {
            "get": {
                "operationId": f"getThing{i}",
                "tags": [f"group{i % 12}"],
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
                                "schema": {
                                    "$ref": f"#/components/schemas/Model{i + 1 if variant == 'B' and i % 10 == 0 else i}"
                                }
                            }
                        },
                    }
                },
            }
        }
        for i in range(0, count, 3)
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Atomic {variant}", "version": variant},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def cli_args(spec: Path, out: Path) -> list[str]:
    return [
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package-name",
        PACKAGE,
        "--config",
        os.devnull,
        "--no-cache",
        "--quiet",
    ]


USER_FILES = {
    "user.txt": "beside the package",
    f"{PACKAGE}/NOTES.md": "inside the package",
    f"{PACKAGE}/models/custom_helpers.py": "HELPER = 1\n",
}


def generated_tree(out: Path) -> dict[str, bytes]:
    tree = read_tree(out / PACKAGE)
    for relative in USER_FILES:
        if relative.startswith(PACKAGE + "/"):
            tree.pop(relative[len(PACKAGE) + 1 :], None)
    return tree


def summary(tree: dict[str, bytes], a: dict[str, bytes], b: dict[str, bytes]) -> str:
    from_a = sum(1 for p, d in tree.items() if a.get(p) == d and b.get(p) != d)
    from_b = sum(1 for p, d in tree.items() if b.get(p) == d and a.get(p) != d)
    other = sum(1 for p, d in tree.items() if a.get(p) != d and b.get(p) != d)
    return (
        f"{len(tree)} files: {from_a} only in A, {from_b} only in B, {other} in neither"
    )


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("atomic-specs")
    paths = {}
    for variant in ("A", "B"):
        paths[variant] = folder / f"{variant}.json"
        paths[variant].write_text(json.dumps(synthetic(variant)))
    return paths


@pytest.fixture(scope="module")
def references(
    specs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, bytes]]:
    """The complete trees of A and of B, each generated alone into a fresh folder."""
    trees = {}
    for variant, spec in specs.items():
        out = tmp_path_factory.mktemp(f"ref-{variant}") / "out"
        result = run_cli(*cli_args(spec, out))
        assert result.returncode == 0, result.stderr
        trees[variant] = read_tree(out / PACKAGE)
    assert trees["A"] != trees["B"] and set(trees["A"]) != set(trees["B"])
    return trees


def test_sigkill_during_the_write_leaves_old_or_new_tree(
    specs: dict[str, Path], references: dict[str, dict[str, bytes]], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_cli(*cli_args(specs["A"], out))
    assert result.returncode == 0, result.stderr
    for relative, text in USER_FILES.items():
        (out / relative).write_text(text)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    seed = int(os.environ.get("ATOMIC_SEED", str(time.time_ns() % 100000)))
    rnd = random.Random(seed)
    state = "A"
    outcomes: Counter[str] = Counter()
    window = 0.0  # how long the write stage lasts: the life of its staging folder
    for iteration in range(ITERATIONS):
        target = "B" if state == "A" else "A"
        # What killed runs left behind (cleared by the next write stage) is not this run's staging folder.
        stale = set(os.listdir(out))

        def staging() -> bool:
            return any(
                n.startswith(f".{PACKAGE}.staging-") and n not in stale
                for n in os.listdir(out)
            )

        process = subprocess.Popen(
            [sys.executable, "-m", "generator", *cli_args(specs[target], out)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Wait for the write stage (its staging folder), then kill somewhere within it.
        staging_seen = None
        while process.poll() is None:
            if staging():
                staging_seen = time.monotonic()
                break
            time.sleep(0.0005)
        if not window:
            # A run timed, not killed: how long its staging folder lives (building the new tree, the swap,
            # removing the old one) on this machine now.
            while staging_seen is not None and process.poll() is None:
                if not staging():
                    window = time.monotonic() - staging_seen
                    break
                time.sleep(0.0005)
            process.wait()
        else:
            # The first kill as soon as the stage starts (surely before the swap); then anywhere in the stage,
            # or (every other time) near its end, around the swap.
            low = 0.0 if iteration % 2 else 0.75 * window
            delay = (
                0.0 if iteration == 1 else rnd.uniform(low, (2 if low else 1) * window)
            )
            deadline = (staging_seen or time.monotonic()) + delay
            gone = None
            while process.poll() is None and time.monotonic() < deadline:
                if gone is None and not staging():
                    gone = time.monotonic()
                time.sleep(0.0005)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                outcomes["killed"] += 1
            process.wait()
            if gone is not None and staging_seen is not None:
                # A stage that ended before the kill: aim at the longest seen (the machine's load varies).
                window = max(window, gone - staging_seen)
        leftovers = [
            n
            for n in os.listdir(out)
            if n.startswith(f".{PACKAGE}.") and n not in stale
        ]
        if leftovers:
            outcomes["killed mid-write"] += 1
        tree = generated_tree(out)
        if tree == references[target]:
            outcomes["new"] += 1
            if leftovers:
                outcomes["killed after the swap, before the cleanup"] += 1
            state = target
        elif tree == references[state]:
            outcomes["old"] += 1
        else:
            raise AssertionError(
                f"seed {seed}, iteration {iteration}: a mixed tree after a kill: "
                + summary(tree, references[state], references[target])
            )
        for relative, text in USER_FILES.items():
            assert (out / relative).read_text() == text, f"seed {seed}: {relative} lost"
    print("outcomes", seed, round(window, 3), dict(outcomes))
    # The kills did land in the write stage (a staging folder was left behind), and some before the swap.
    assert outcomes["killed mid-write"] >= 1, f"seed {seed}: {outcomes}"
    assert outcomes["old"] >= 1, f"seed {seed}: {outcomes}"
    # A complete run afterwards clears what the killed ones left and gives the new tree.
    target = "B" if state == "A" else "A"
    result = run_cli(*cli_args(specs[target], out))
    assert result.returncode == 0, result.stderr
    assert generated_tree(out) == references[target]
    assert [n for n in os.listdir(out) if n.startswith(".")] == []


def test_a_run_killed_after_its_swap_does_not_make_the_next_one_skip(
    specs: dict[str, Path], references: dict[str, dict[str, bytes]], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    env = {"GENERATOR_CACHE_DIR": str(tmp_path / "cache")}
    args = [a for a in cli_args(specs["A"], out) if a != "--no-cache"]
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    # What a run of B killed right after its swap leaves: B's tree, written by the writer itself, and no
    # record of the run (the process died before writing it).
    files = {f"{PACKAGE}/{path}": data for path, data in references["B"].items()}
    manifest = files.pop(f"{PACKAGE}/.generator-manifest.json")
    write(out, PACKAGE, files)
    assert (out / PACKAGE / ".generator-manifest.json").read_bytes() == manifest
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    assert generated_tree(out) == references["A"]
