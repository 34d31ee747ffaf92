"""Run a command in a subprocess and measure it: wall time, the kernel's peak RSS, and the sampled peak memory
of the whole process tree.

- ``max_rss`` comes from ``os.wait4`` (the child's own rusage, which folds in the children it waited for): the
  peak resident set of the *largest single process* of the tree, exact, measured by the kernel.
- ``tree_pss`` is the largest sum, over every process of the tree, of the proportional set size (PSS, from
  ``/proc/<pid>/smaps_rollup``: shared pages split between the processes that share them, so forked workers are
  not counted twice), sampled every ``interval`` seconds. It is what the tree really held at once (a short peak
  between two samples can be missed).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """One measured subprocess."""

    wall: float
    max_rss: int  # bytes
    tree_pss: int  # bytes
    returncode: int
    stdout: str
    stderr: str
    user: float
    system: float


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            pass
    return found


def _tree(pid: int) -> list[int]:
    pids = [pid]
    i = 0
    while i < len(pids):
        pids.extend(_children(pids[i]))
        i += 1
    return pids


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


class _Sampler(threading.Thread):
    def __init__(self, pid: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            total = sum(_pss(p) for p in _tree(self.pid))
            self.peak = max(self.peak, total)
            self.stopped.wait(self.interval)


def run(
    command: Sequence[str | os.PathLike[str]],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    interval: float = 0.1,
    timeout: float = 1800.0,
) -> Run:
    """Run ``command`` to its end and measure it (stdout and stderr are captured into temporary files)."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(c) for c in command],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=dict(env) if env is not None else None,
            cwd=cwd,
        )
        sampler = _Sampler(process.pid, interval)
        sampler.start()
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        sampler.stopped.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        return Run(
            wall=wall,
            max_rss=usage.ru_maxrss * 1024,
            tree_pss=sampler.peak,
            returncode=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            user=usage.ru_utime,
            system=usage.ru_stime,
        )
