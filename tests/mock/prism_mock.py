"""Prism, serving ``openapi.json`` as a validating mock server.

Used by the contract tests (``tests/contract/conftest.py`` starts one per test session on a free loopback port) and
by ``make mock`` (``python tests/mock/prism_mock.py --port 4010``). Prism is pinned in ``package.json`` and
``package-lock.json`` beside this file and installed with ``npm ci`` on first use.

A request that breaks the spec gets a 422 whose ``sl-violations`` header names the violation; responses come from
the spec's examples.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "openapi.json"
PRISM = HERE / "node_modules" / ".bin" / "prism"
# npm ci writes this file last; it is newer than the lock file once an install of this lock file finished.
INSTALLED = HERE / "node_modules" / ".package-lock.json"


class MockError(RuntimeError):
    """Prism could not be installed or started."""


def _installed() -> bool:
    return (
        PRISM.exists()
        and INSTALLED.exists()
        and INSTALLED.stat().st_mtime >= (HERE / "package-lock.json").stat().st_mtime
    )


def ensure_installed() -> Path:
    """Install the pinned Prism with ``npm ci`` unless it is there already; returns the ``prism`` executable.

    Safe to call from several processes at once (pytest-xdist workers): the install holds a file lock.
    """
    if _installed():
        return PRISM
    npm = shutil.which("npm")
    if npm is None:
        raise MockError(
            "npm is not on PATH: install Node.js and npm to run the contract tests"
        )
    with open(HERE / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _installed():
            done = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=HERE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not PRISM.exists():
                raise MockError(
                    f"npm ci in {HERE} failed ({done.returncode}):\n{done.stdout}"
                )
            INSTALLED.touch()
    return PRISM


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class MockServer:
    """A running Prism process."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path
    _log: object = field(repr=False, default=None)
    _remove_log: bool = field(repr=False, default=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        """What Prism printed so far (its request log names every violation)."""
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self, timeout: float = 10.0) -> None:
        """Stop Prism by its pid: SIGTERM, then SIGKILL if it does not exit in time."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout)
        close = getattr(self._log, "close", None)
        if close is not None:
            close()
        if self._remove_log:
            with contextlib.suppress(OSError):
                self.log_path.unlink()


def _answers(base_url: str) -> bool:
    """Whether Prism is up: any HTTP answer counts (the first path needs a key, so 401 is fine)."""
    try:
        with urllib.request.urlopen(base_url + "/v1/capabilities", timeout=1.0):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


def start(
    port: int | None = None,
    *,
    spec: Path = SPEC,
    timeout: float = 240.0,
    log_path: Path | None = None,
) -> MockServer:
    """Start Prism on ``port`` (a free one when None) in validation mode, and wait until it answers."""
    prism = ensure_installed()
    last_error = ""
    for _ in range(3 if port is None else 1):
        chosen = port or free_port()
        if log_path is None:
            handle, name = tempfile.mkstemp(prefix="prism-", suffix=".log")
            os.close(handle)
            path = Path(name)
        else:
            path = log_path
        log = open(path, "wb")
        process = subprocess.Popen(
            [
                str(prism),
                "mock",
                str(spec),
                "--host",
                "127.0.0.1",
                "--port",
                str(chosen),
                "--errors",
            ],
            cwd=HERE,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        server = MockServer(process, chosen, path, log, _remove_log=log_path is None)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            # Our Prism says it listens on our port (so a stranger that took the port is never mistaken for
            # it), and it answers HTTP.
            if f"listening on {server.base_url}" in server.log() and _answers(
                server.base_url
            ):
                return server
            time.sleep(0.1)
        last_error = server.log()[-4000:]
        server.stop()
    raise MockError(
        f"Prism did not start on 127.0.0.1 (port {port or 'free'}):\n{last_error}"
    )


@contextlib.contextmanager
def running(port: int | None = None) -> Iterator[MockServer]:
    """Prism for the duration of a ``with`` block."""
    server = start(port)
    try:
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Serve openapi.json with Prism (a validating mock)."
    )
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("--spec", type=Path, default=SPEC)
    args = parser.parse_args(argv)
    prism = ensure_installed()
    # In the foreground with its own log on the terminal, until Ctrl-C.
    command = [
        str(prism),
        "mock",
        str(args.spec.resolve()),
        "--host",
        "127.0.0.1",
        "--port",
        str(args.port),
        "--errors",
    ]
    print(
        f"Framelane mock on http://127.0.0.1:{args.port} (any API key works; Ctrl-C stops it)",
        flush=True,
    )
    process = subprocess.Popen(command, cwd=HERE)
    try:
        return process.wait()
    except KeyboardInterrupt:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGTERM)
        process.wait(10)
        return 0


if __name__ == "__main__":
    sys.exit(main())
