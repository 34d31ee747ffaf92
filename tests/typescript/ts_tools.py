"""The TypeScript compiler for the TypeScript target's tests, pinned in ``package.json`` and
``package-lock.json`` beside this file and installed with ``npm ci`` on first use (like Prism in tests/mock).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSC = HERE / "node_modules" / ".bin" / "tsc"
INSTALLED = HERE / "node_modules" / ".package-lock.json"
# What every golden output must pass (also set in the generated tsconfig.json, repeated so the test says it).
STRICT = (
    "--strict",
    "--noUncheckedIndexedAccess",
    "--exactOptionalPropertyTypes",
)


def _installed() -> bool:
    return (
        TSC.exists()
        and INSTALLED.exists()
        and INSTALLED.stat().st_mtime >= (HERE / "package-lock.json").stat().st_mtime
    )


def ensure_installed() -> Path:
    """``tsc``, installed by ``npm ci`` unless it is there (safe from several test workers at once)."""
    if _installed():
        return TSC
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(
            "npm is not on PATH: install Node.js to run the TypeScript tests"
        )
    with open(HERE / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _installed():
            done = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=HERE,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not TSC.exists():
                raise RuntimeError(
                    f"npm ci in {HERE} failed:\n{done.stdout}{done.stderr}"
                )
            INSTALLED.touch()
    return TSC


def tsc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the pinned compiler."""
    return subprocess.run(
        [str(ensure_installed()), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def build_and_run(package: Path, script: str, work: Path) -> str:
    """Compile the generated ``package`` with the strict flags into ``work/dist``, run the node ``script``
    with ``SDK_DIST`` naming it, and return what the script printed (asserting that both succeed).
    """
    dist = work / "dist"
    built = tsc("-p", str(package / "tsconfig.json"), "--outDir", str(dist), *STRICT)
    assert built.returncode == 0, built.stdout + built.stderr
    (dist / "package.json").write_text('{"type": "module"}\n')
    program = work / "calls.mjs"
    program.write_text(script)
    ran = subprocess.run(
        ["node", str(program)], capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "SDK_DIST": str(dist)},
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return ran.stdout
