"""``wait()``: poll a job until its status is terminal, within a deadline, backing off between polls, and
long-polling where the API can hold an answer until the status changes."""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._base_client import BaseClient
from ._exceptions import WaitTimeoutError
from ._types import NotGiven, RequestOptions, Timeout

__all__ = ["poll", "async_poll", "poll_options"]

_T = TypeVar("_T")

# Seconds a long-polled request may take beyond what it asks the server to hold it for.
LONG_POLL_MARGIN = 10.0
MAX_INTERVAL = 10.0
LONG_POLL_PAUSE = 1.0


def poll_options(
    client: BaseClient[Any],
    remaining: float,
    request_timeout: Timeout | NotGiven,
    long_poll: int | None,
) -> RequestOptions:
    """The timeout of one poll: ``request_timeout`` (else the client's), long enough for a long poll, and
    never past the wait's deadline (nor under a second)."""
    limit = max(remaining, 1.0)
    current = (
        client.timeout if isinstance(request_timeout, NotGiven) else request_timeout
    )
    floor = long_poll + LONG_POLL_MARGIN if long_poll else 0.0
    if current is None:
        return {"timeout": limit}
    if isinstance(current, httpx.Timeout):
        capped = {
            k: limit if v is None else min(max(v, floor) if k == "read" else v, limit)
            for k, v in current.as_dict().items()
        }
        return {"timeout": httpx.Timeout(**capped)}
    return {"timeout": min(max(float(current), floor), limit)}


class _Schedule:
    """The timing of one wait: the deadline, how long to ask the server to hold each poll, and the pause
    before the next one (which counts from the start of the last poll, so a long poll needs none).
    """

    def __init__(
        self, timeout: float, poll_interval: float, long_poll_max: int | None
    ) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.interval = max(poll_interval, 0.0)
        self.long_poll_max = long_poll_max
        self.started = 0.0

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def long_poll(self) -> int | None:
        if self.long_poll_max is None:
            return None
        seconds = int(self.remaining() - LONG_POLL_MARGIN)
        if self.long_poll_max > 0:
            seconds = min(seconds, self.long_poll_max)
        return max(seconds, 0)

    def begin(self) -> None:
        self.started = time.monotonic()

    def pause(self) -> float:
        """Seconds to sleep before the next poll; the interval grows by half up to ``MAX_INTERVAL``. A
        long poll that came back early means the job moved: the next one follows within a second (a server
        that ignores the hold is still polled at most once a second)."""
        elapsed = time.monotonic() - self.started
        interval = (
            min(self.interval, LONG_POLL_PAUSE)
            if self.long_poll_max is not None
            else self.interval
        )
        delay = min(max(interval - elapsed, 0.0), max(self.remaining(), 0.0))
        self.interval = min(max(self.interval * 1.5, 0.1), MAX_INTERVAL)
        return delay

    def expired(self, current: Any, status_field: str) -> WaitTimeoutError | None:
        if self.remaining() > 0:
            return None
        return WaitTimeoutError(
            f"Still {_status_of(current, status_field)!r} after {self.timeout:g}s",
            current,
        )


def poll(
    client: BaseClient[Any],
    fetch: Callable[[RequestOptions, int | None], _T],
    *,
    status_field: str,
    terminal: tuple[str, ...],
    timeout: float,
    poll_interval: float,
    request_timeout: Timeout | NotGiven,
    options: Mapping[str, Any],
    long_poll_max: int | None = None,
) -> _T:
    """Call ``fetch(request_options, long_poll_seconds)`` until the result's status is terminal; past the
    deadline, raise ``WaitTimeoutError`` carrying the last result. ``long_poll_max`` is set when the retrieve
    call can long-poll (0: with no stated maximum)."""
    schedule = _Schedule(timeout, poll_interval, long_poll_max)
    while True:
        schedule.begin()
        long = schedule.long_poll()
        request = {
            **options,
            **poll_options(client, schedule.remaining(), request_timeout, long),
        }
        current = fetch(request, long)  # type: ignore[arg-type]
        if _status_of(current, status_field) in terminal:
            return current
        error = schedule.expired(current, status_field)
        if error is not None:
            raise error
        time.sleep(schedule.pause())


async def async_poll(
    client: BaseClient[Any],
    fetch: Callable[[RequestOptions, int | None], Awaitable[_T]],
    *,
    status_field: str,
    terminal: tuple[str, ...],
    timeout: float,
    poll_interval: float,
    request_timeout: Timeout | NotGiven,
    options: Mapping[str, Any],
    long_poll_max: int | None = None,
) -> _T:
    """The asynchronous twin of ``poll``."""
    schedule = _Schedule(timeout, poll_interval, long_poll_max)
    while True:
        schedule.begin()
        long = schedule.long_poll()
        request = {
            **options,
            **poll_options(client, schedule.remaining(), request_timeout, long),
        }
        current = await fetch(request, long)  # type: ignore[arg-type]
        if _status_of(current, status_field) in terminal:
            return current
        error = schedule.expired(current, status_field)
        if error is not None:
            raise error
        await asyncio.sleep(schedule.pause())


def _status_of(value: Any, field: str) -> str:
    status = getattr(value, field, None)
    if isinstance(status, enum.Enum):
        status = status.value
    return str(status)
