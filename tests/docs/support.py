"""Helpers of the documentation tests: code blocks of Markdown files, running them, the docs' loopback server."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.client.scripted import Reply, ScriptedServer, job
from tests.helpers import ROOT

GENERATED = ROOT / "generated"
API_KEY = "sk_test_docs_0123456789"
NOT_TESTED = "<!-- not-tested"

_FENCE = re.compile(r"^(?P<indent>\s*)```(?P<lang>[\w-]*)\s*$")


@dataclass(frozen=True)
class Block:
    """A fenced code block of a Markdown file."""

    path: Path
    lang: str
    code: str
    line: int
    """The line number (1-based) of the block's first code line."""
    tested: bool
    """False when the block follows a ``<!-- not-tested ... -->`` comment."""

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path}:{self.line}"


def blocks(path: Path, lang: str | None = None, text: str | None = None) -> list[Block]:
    """The fenced code blocks of a Markdown file (of one language when ``lang`` is given), list items included;
    ``text`` stands for the file's content when given."""
    lines = (path.read_text(encoding="utf-8") if text is None else text).splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if match is None:
            i += 1
            continue
        indent = len(match["indent"])
        start = i + 1
        end = start
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        previous = next((l.strip() for l in reversed(lines[:i]) if l.strip()), "")
        code = "\n".join(_dedent(line, indent) for line in lines[start:end])
        if lang is None or match["lang"] == lang:
            found.append(
                Block(
                    path,
                    match["lang"],
                    code + "\n",
                    start + 1,
                    not previous.startswith(NOT_TESTED),
                )
            )
        i = end + 1
    return found


def _dedent(line: str, indent: int) -> str:
    """A line of a block whose fence is indented by ``indent`` (inside a list item), without that indent."""
    return line[indent:] if line[:indent].strip() == "" else line.lstrip()


def table(text: str, heading: str, index: int = 0) -> list[list[str]]:
    """The rows (cells stripped, header and rule left out) of the ``index``-th table under ``heading`` (a line
    of the text, e.g. ``## Make targets``), up to the next heading of the same or a higher level.
    """
    lines = text.splitlines()
    level = len(heading) - len(heading.lstrip("#"))
    try:
        start = lines.index(heading)
    except ValueError:
        raise AssertionError(f"no heading {heading!r}") from None
    section: list[str] = []
    for line in lines[start + 1 :]:
        hashes = len(line) - len(line.lstrip("#"))
        if hashes and hashes <= level and line[hashes : hashes + 1] == " ":
            break
        section.append(line)
    tables: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for line in section:
        if line.startswith("|"):
            if current is None:
                current = []
                tables.append(current)
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            current.append(cells)
        else:
            current = None
    if len(tables) <= index:
        raise AssertionError(f"no table {index} under {heading!r}")
    return tables[index][2:]


def code_spans(cell: str) -> list[str]:
    """The contents of the `code` spans of a table cell, with ``\\|`` unescaped."""
    return [span.replace("\\|", "|") for span in re.findall(r"`([^`]+)`", cell)]


_RUNNER = r"""
import json, sys, traceback
blocks = json.load(open(sys.argv[1], encoding="utf-8"))
namespace = {"__name__": "__main__"}
for block in blocks:
    code = "\n" * (block["line"] - 1) + block["code"]
    try:
        exec(compile(code, block["source"], "exec"), namespace)
    except BaseException:
        print(f"the block at {block['source']}:{block['line']} failed:", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
"""


def run_blocks(
    blocks_: list[Block],
    tmp_path: Path,
    *,
    cwd: Path,
    pythonpath: list[Path],
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run code blocks in order, in one namespace, in a fresh interpreter (as a reader pastes them in turn)."""
    data = [{"code": b.code, "line": b.line, "source": str(b.path)} for b in blocks_]
    script = tmp_path / "blocks.json"
    script.write_text(json.dumps(data), encoding="utf-8")
    return run_python(
        _RUNNER, str(script), cwd=cwd, pythonpath=pythonpath, env=env, timeout=timeout
    )


def run_python(
    code: str,
    *args: str,
    cwd: Path,
    pythonpath: list[Path],
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """``python -c code`` in a fresh interpreter with only ``pythonpath`` added to the path."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("FRAMELANE_") and k != "PYTHONPATH"
    }
    environment["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def client_env(server: ScriptedServer) -> dict[str, str]:
    """The environment a reader of the docs has: an API key, the base URL of the (loopback) API."""
    return {
        "FRAMELANE_API_KEY": API_KEY,
        "FRAMELANE_BASE_URL": server.url,
        "FRAMELANE_WEBHOOK_SECRET": "whsec_docs",
    }


WORKSPACE: dict[str, Any] = {
    "id": "ws_1",
    "name": "Acme Corp",
    "created_at": "2024-01-01T00:00:00Z",
    "plan": "free",
    "plan_status": "active",
}


def script_api(server: ScriptedServer) -> ScriptedServer:
    """Answers for the calls the docs' examples make: renders, tasks, the workspace."""
    server.route("POST", "/v1/renders", Reply(202, json=job("render_1", "queued")))
    server.route(
        "GET",
        "/v1/renders/*",
        lambda r: Reply(json=job(r.path.rsplit("/", 1)[-1], "completed")),
    )
    server.route(
        "GET",
        "/v1/renders",
        Reply(
            json={
                "data": [job("render_1", "completed")],
                "next_cursor": None,
                "has_more": False,
            }
        ),
    )
    server.route(
        "GET",
        "/v1/tasks",
        lambda r: Reply(
            json={
                "data": [
                    job(f"task_{n}", (r.query.get("status") or ["completed"])[0])
                    for n in (1, 2)
                ],
                "next_cursor": None,
                "has_more": False,
            }
        ),
    )
    server.route("GET", "/v1/workspace", Reply(json=WORKSPACE))
    return server


SHELL_LANGS = ("sh", "bash", "shell")


def shell_commands(path: Path) -> list[tuple[Block, str]]:
    """Every command line of a document's tested shell blocks (comments and blank lines left out), with its block."""
    found: list[tuple[Block, str]] = []
    for block in blocks(path):
        if block.lang not in SHELL_LANGS or not block.tested:
            continue
        for line in block.code.splitlines():
            command = line.split("  #")[0].strip()
            if command and not command.startswith("#"):
                found.append((block, command))
    return found


def run_shell(
    commands: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    replacements: dict[str, str],
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run commands in order in one ``bash -e`` session (a ``cd`` carries over, as for a reader), each echoed
    before it runs, with every placeholder of ``replacements`` (such as ``/path/to/myapp``) replaced first.
    """
    lines = ["set -euo pipefail"]
    # One pass, each placeholder only where a path starts (a replaced path is never replaced again).
    pattern = re.compile(
        r"(?<![\w/.-])("
        + "|".join(re.escape(p) for p in sorted(replacements, key=len, reverse=True))
        + ")"
    )
    for command in commands:
        command = pattern.sub(lambda m: replacements[m[1]], command)
        lines.append(f"echo {shlex.quote('$ ' + command)}")
        lines.append(command)
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("FRAMELANE_", "MAKE")) and k != "PYTHONPATH"
    }
    environment.update(env)
    return subprocess.run(
        ["bash", "-c", "\n".join(lines)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
