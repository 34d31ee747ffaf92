"""Work done in a forked child gives the result it gives here; a failing child means the work is done here."""

from __future__ import annotations

import os
import time
from pathlib import Path

from generator.forked import Forked


def test_the_result_comes_from_the_child(tmp_path: Path) -> None:
    marker = tmp_path / "pid"

    def work() -> tuple[str, list[int]]:
        marker.write_text(str(os.getpid()))
        return "text" * 1000, list(range(5))

    forked = Forked(work)
    assert forked.result() == ("text" * 1000, list(range(5)))
    assert forked.elsewhere
    assert int(marker.read_text()) != os.getpid()


def test_a_child_that_fails_leaves_the_work_to_this_process(tmp_path: Path) -> None:
    parent = os.getpid()

    def work() -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return 42

    forked = Forked(work)
    assert forked.result() == 42
    assert not forked.elsewhere


def test_a_child_that_dies_leaves_the_work_to_this_process() -> None:
    parent = os.getpid()

    def work() -> int:
        if os.getpid() != parent:
            os._exit(3)
        return 7

    forked = Forked(work)
    assert forked.result() == 7
    assert not forked.elsewhere


def test_a_discarded_child_is_waited_for(tmp_path: Path) -> None:
    """``discard`` returns once the child is done (it is slow here), never leaving it behind."""

    def slow() -> int:
        time.sleep(0.3)
        return (tmp_path / "done").write_text("yes")

    forked = Forked(slow)
    forked.discard()
    assert (tmp_path / "done").read_text() == "yes"
