"""Types shared by the client's methods: the "not given" sentinel, per-call options, file inputs."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Literal, TypedDict

import httpx


class NotGiven:
    """The default of every optional argument: the argument is left out of the request (``None`` is sent as
    JSON null where the API allows it)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Timeout = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """Options every method takes besides its own arguments."""

    timeout: Timeout
    """Seconds (or an ``httpx.Timeout``) for this call instead of the client's."""
    max_retries: int
    """Retries for this call instead of the client's ``max_retries``."""
    extra_headers: Mapping[str, str]
    """Headers added to this request (they win over the client's)."""
    extra_query: Mapping[str, object]
    """Query parameters added to this request."""
    extra_body: Mapping[str, object]
    """JSON properties added to this request's body."""


class PollOptions(TypedDict, total=False):
    """The options of every request of a ``wait()``, besides its timeout (``request_timeout``)."""

    max_retries: int
    """Retries for each poll instead of the client's ``max_retries``."""
    extra_headers: Mapping[str, str]
    """Headers added to each poll."""
    extra_query: Mapping[str, object]
    """Query parameters added to each poll."""


FileContent = IO[bytes] | bytes | os.PathLike[str]
FileTypes = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""A file to upload: its content (bytes, a binary file object or a path), optionally with a file name and a
content type."""
