from __future__ import annotations

from .._models import BaseModel

__all__ = ["JobsListResponse"]


class JobsListResponse(BaseModel):
    """JobsListResponse (no description in the spec)."""

    items: list[Job]

    next_page_token: str | None = None


# Imported last: models may refer to each other in cycles.
from .job import Job
