from __future__ import annotations

from .._models import BaseModel

__all__ = ["JobList"]


class JobList(BaseModel):
    """A page of jobs, newest first."""

    data: list[Job]
    """The items of this page."""

    next_cursor: str | None
    """Pass as `cursor` to get the next page; null on the last page."""

    has_more: bool
    """Whether another page follows."""


# Imported last: models may refer to each other in cycles.
from .job import Job
