"""The command line as a user runs it: ``diff`` (text, JSON, snapshots), ``--fail-on-breaking`` on both commands,
``--quiet``, and the progress line on a terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, run_cli

DIFFS = ROOT / "tests" / "golden" / "diffs"
BREAKING = DIFFS / "api_changes"  # 9 changes, 5 of them breaking
HARMLESS = DIFFS / "add_schema"  # 2 changes, none breaking


def _diff(case: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "diff", case / "v1.yaml", case / "v2.yaml", "--config", os.devnull, *extra
    )


def _generate(spec: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "generate",
        "--spec",
        spec,
        "--out",
        out,
        "--package-name",
        "shop",
        "--config",
        os.devnull,
        "--no-cache",
        *extra,
    )


def test_diff_prints_the_report_and_exits_0_without_the_flag() -> None:
    result = _diff(BREAKING)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (BREAKING / "expected_report.txt").read_text()


def test_diff_as_json_lists_every_change_with_its_verdict() -> None:
    result = _diff(BREAKING, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["breaking"] == 5
    assert len(data["changes"]) == 9
    assert {
        "breaking": True,
        "kind": "method removed",
        "target": "customers.list",
        "detail": "GET /customers",
    } in data["changes"]
    assert sum(change["breaking"] for change in data["changes"]) == 5


def test_diff_fails_on_breaking_changes_only() -> None:
    assert _diff(BREAKING, "--fail-on-breaking").returncode == 4
    harmless = _diff(HARMLESS, "--fail-on-breaking")
    assert harmless.returncode == 0, harmless.stderr
    assert harmless.stdout == (HARMLESS / "expected_report.txt").read_text()


def test_diff_reads_the_snapshots_that_generations_leave(tmp_path: Path) -> None:
    snapshots = []
    for version in ("v1", "v2"):
        out = tmp_path / version
        assert _generate(BREAKING / f"{version}.yaml", out).returncode == 0
        snapshots.append(out / "shop" / ".api.json")
    result = run_cli("diff", *snapshots)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (BREAKING / "expected_report.txt").read_text()


def test_generate_reports_changes_and_fails_on_breaking_after_writing(
    tmp_path: Path,
) -> None:
    assert _generate(BREAKING / "v1.yaml", tmp_path).returncode == 0
    result = _generate(BREAKING / "v2.yaml", tmp_path, "--fail-on-breaking")
    assert result.returncode == 4, result.stderr
    assert (BREAKING / "expected_report.txt").read_text() in result.stdout
    # The new client is written all the same: the status is for CI, not a refusal.
    snapshot = json.loads((tmp_path / "shop" / ".api.json").read_text())
    assert "customers.list" not in snapshot["methods"]


def test_quiet_prints_nothing_on_success(tmp_path: Path) -> None:
    result = _generate(HARMLESS / "v1.yaml", tmp_path, "--quiet")
    assert result.returncode == 0
    assert (result.stdout, result.stderr) == ("", "")
    assert (tmp_path / "shop" / "__init__.py").is_file()


def test_a_terminal_sees_a_progress_line_that_is_cleared(tmp_path: Path) -> None:
    main, terminal = pty.openpty()
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(HARMLESS / "v1.yaml"),
        ]
        + ["--out", str(tmp_path), "--package-name", "shop", "--config", os.devnull],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=terminal,
    ) as process:
        os.close(terminal)
        seen = b""
        while True:
            ready, _, _ = select.select([main], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            seen += chunk
        stdout, _ = process.communicate(timeout=60)
    os.close(main)
    assert process.returncode == 0
    text = seen.decode()
    for stage in ("loading the spec...", "building the model...", "writing..."):
        assert stage in text
    # Each stage overwrites the last, and the line is cleared at the end; the summary goes to stdout.
    assert text.endswith("\r\x1b[K")
    assert b"operations" in stdout and b"\x1b" not in stdout
