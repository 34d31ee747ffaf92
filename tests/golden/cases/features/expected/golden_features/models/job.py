from __future__ import annotations

from .._models import BaseModel
from .job_state import JobState

__all__ = ["Job"]


class Job(BaseModel):
    """Job (no description in the spec)."""

    id: str

    state: JobState
