from __future__ import annotations

import datetime
from typing import Literal

from .._models import BaseModel

__all__ = ["TaskProgressEvent"]


class TaskProgressEvent(BaseModel):
    """Payload of the `task.progress` webhook event. An AI task made progress; see
    `data.progress_percent` and `data.progress_stage`.
    """

    id: str
    """Unique id of the event; retried deliveries of the same event carry the same id, so
    use it to ignore duplicates.
    """

    type: Literal["task.progress"]
    """Event type; always `task.progress` here."""

    created_at: datetime.datetime
    """When the event happened (UTC)."""

    data: Job
    """The job in its state at the time of the event (including your `metadata`)."""


# Imported last: models may refer to each other in cycles.
from .job import Job
