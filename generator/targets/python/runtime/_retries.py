"""Retries: which failures a call retries, and how long it waits before each retry.

Connection errors, timeouts and the statuses of ``RETRY_STATUSES`` are retried (never 409), up to
``max_retries`` times, with exponential backoff and jitter; a server's ``Retry-After`` (or ``retry-after-ms``)
is waited as given. The clients of ``_base_client`` send and sleep; this module decides.
"""

from __future__ import annotations

import datetime
import email.utils
import random

import httpx

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def retry_delay(
    attempt: int,
    retries: int,
    response: httpx.Response | None,
    *,
    initial_delay: float,
    max_delay: float,
    max_retry_after: float,
) -> float | None:
    """How long to wait before retrying, or ``None`` when the call must not be retried.

    A response is retried when ``x-should-retry: true`` says so, or when its status is in
    ``RETRY_STATUSES`` and ``x-should-retry: false`` does not forbid it. A server's ``retry-after-ms`` or
    ``Retry-After`` is waited as given, unless it asks for longer than ``max_retry_after``: then the
    call is not retried at all (the error carries ``retry_after``), since sleeping that long inside a
    call would look like a hang. Otherwise exponential backoff with jitter."""
    if attempt >= retries:
        return None
    if response is not None:
        verdict = response.headers.get("x-should-retry", "").strip().lower()
        if verdict == "false":
            return None
        if verdict != "true" and response.status_code not in RETRY_STATUSES:
            return None
        after = retry_after(response.headers)
        if after is not None:
            if after > max_retry_after:
                return None
            return after
    delay = min(initial_delay * 2.0**attempt, max_delay)
    return delay * (1 - 0.25 * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response asks for, in seconds: ``retry-after-ms``, else ``Retry-After`` (seconds or an HTTP
    date); ``None`` when it asks for none (or says something unreadable)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            value = float(millis) / 1000.0
        except ValueError:
            value = float("nan")
        if value == value and value >= 0:
            return value
    return _retry_after(headers.get("retry-after"))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    if seconds != seconds or seconds < 0:
        return 0.0 if seconds == seconds else None
    return seconds
