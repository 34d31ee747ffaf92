"""``wait()``: poll a job until its status is terminal, backing off, within a deadline."""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from ._base_client import BaseClient
from ._exceptions import WaitTimeoutError
from ._types import RequestOptions

__all__ = ["poll", "async_poll", "poll_options"]

_T = TypeVar("_T")


def poll_options(client: BaseClient, remaining: float) -> RequestOptions:
    """Options for one poll of a wait: its request may not run past the wait's deadline (nor use less than a
    second)."""
    limit = max(remaining, 1.0)
    current = client.timeout
    if current is None:
        return {"timeout": limit}
    if isinstance(current, httpx.Timeout):
        capped = {
            k: limit if v is None else min(v, limit)
            for k, v in current.as_dict().items()
        }
        return {"timeout": httpx.Timeout(**capped)}
    return {"timeout": min(float(current), limit)}


def poll(
    client: BaseClient,
    fetch: Callable[[RequestOptions], _T],
    *,
    status_field: str,
    terminal: tuple[str, ...],
    timeout: float,
    poll_interval: float,
) -> _T:
    """Call ``fetch`` until the result's status is terminal, backing off up to 10 s between calls; no poll
    outlives the deadline (each gets the options of ``poll_options``)."""
    deadline = time.monotonic() + timeout
    interval = max(poll_interval, 0.0)
    while True:
        current = fetch(poll_options(client, deadline - time.monotonic()))
        if _status_of(current, status_field) in terminal:
            return current
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(
                f"Still {_status_of(current, status_field)!r} after {timeout:g}s",
                current,
            )
        time.sleep(min(interval, remaining))
        interval = min(max(interval * 1.5, 0.1), 10.0)


async def async_poll(
    client: BaseClient,
    fetch: Callable[[RequestOptions], Awaitable[_T]],
    *,
    status_field: str,
    terminal: tuple[str, ...],
    timeout: float,
    poll_interval: float,
) -> _T:
    """The asynchronous twin of ``poll``."""
    deadline = time.monotonic() + timeout
    interval = max(poll_interval, 0.0)
    while True:
        current = await fetch(poll_options(client, deadline - time.monotonic()))
        if _status_of(current, status_field) in terminal:
            return current
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(
                f"Still {_status_of(current, status_field)!r} after {timeout:g}s",
                current,
            )
        await asyncio.sleep(min(interval, remaining))
        interval = min(max(interval * 1.5, 0.1), 10.0)


def _status_of(value: Any, field: str) -> str:
    status = getattr(value, field, None)
    if isinstance(status, enum.Enum):
        status = status.value
    return str(status)
