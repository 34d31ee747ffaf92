"""One piece of work done in a forked child while this process goes on: the other core's share of a run.

A regeneration after a small edit renders a few files in this process; the API snapshot (printing every
method's and model's types, then its text) and the kept records' writing do not depend on them. ``Forked``
runs such work in a child made by ``fork`` (it sees this process's memory as it was, for free) and hands its
pickled result back through a pipe. Without ``fork``, or when the child fails or dies, the work is done here,
when the result is asked for: the result is the same either way, only the time differs.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_FAILED = b"\0"


class Forked(Generic[T]):
    """``work()``, started now in a child when the system can fork; ``result()`` waits for it."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self.elsewhere = False
        """Whether the result came from the child (its side effects happened there)."""
        self._pid = 0
        self._read = -1
        if not hasattr(os, "fork"):
            return
        try:
            read, write = os.pipe()
            pid = os.fork()
        except OSError:
            return
        if (
            pid == 0
        ):  # the child: do the work, send it, and leave without running the parent's exit code
            os.close(read)
            try:
                data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:  # anything at all: the parent does the work itself
                data = _FAILED
            try:
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(data)
            finally:
                os._exit(0)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        """The work's result (from the child, else computed here: then ``elsewhere`` is False)."""
        if self._pid:
            with os.fdopen(self._read, "rb") as pipe:
                data = pipe.read()
            os.waitpid(self._pid, 0)
            self._pid = 0
            if data and data != _FAILED:
                try:
                    found: T = pickle.loads(data)
                    self.elsewhere = True
                    return found
                except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
                    pass
        return self._work()

    def discard(self) -> None:
        """Wait for the child, if any, and drop its result (this process is failing)."""
        if self._pid:
            os.close(self._read)
            os.waitpid(self._pid, 0)
            self._pid = 0
