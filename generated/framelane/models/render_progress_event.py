from __future__ import annotations

import datetime
from typing import Literal

from .._models import BaseModel

__all__ = ["RenderProgressEvent"]


class RenderProgressEvent(BaseModel):
    """Payload of the `render.progress` webhook event. A render made progress; see
    `data.progress_percent` and `data.progress_stage`.
    """

    id: str
    """Unique id of the event; retried deliveries of the same event carry the same id, so
    use it to ignore duplicates.
    """

    type: Literal["render.progress"]
    """Event type; always `render.progress` here."""

    created_at: datetime.datetime
    """When the event happened (UTC)."""

    data: Job
    """The job in its state at the time of the event (including your `metadata`)."""


# Imported last: models may refer to each other in cycles.
from .job import Job
