"""Spec evolution, golden: generating ``v1`` then ``v2`` into the same folder must change exactly the files in
``expected_files.txt`` and print exactly the report in ``expected_report.txt`` (``UPDATE_GOLDEN=1`` rewrites
both; review them like code)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.diff import render_text
from tests.helpers import generate_in_process

DIFFS = Path(__file__).parent / "diffs"
CASES = sorted(p.name for p in DIFFS.iterdir() if p.is_dir())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("case", CASES)
def test_evolution(case: str, tmp_path: Path) -> None:
    folder = DIFFS / case
    generate_in_process(folder / "v1.yaml", tmp_path, "shop")
    outcome = generate_in_process(folder / "v2.yaml", tmp_path, "shop")
    changed = sorted(outcome.result.written + outcome.result.removed)
    report = render_text(outcome.changes)
    files_text = "".join(f"{path}\n" for path in changed)
    if UPDATE:
        (folder / "expected_files.txt").write_text(files_text)
        (folder / "expected_report.txt").write_text(report)
        return
    assert files_text == (folder / "expected_files.txt").read_text()
    assert report == (folder / "expected_report.txt").read_text()
