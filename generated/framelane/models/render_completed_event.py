from __future__ import annotations

import datetime
from typing import Literal

from .._models import BaseModel

__all__ = ["RenderCompletedEvent"]


class RenderCompletedEvent(BaseModel):
    """Payload of the `render.completed` webhook event. A render finished; its artifact is
    at `data.output.url`.
    """

    id: str
    """Unique id of the event; retried deliveries of the same event carry the same id, so
    use it to ignore duplicates.
    """

    type: Literal["render.completed"]
    """Event type; always `render.completed` here."""

    created_at: datetime.datetime
    """When the event happened (UTC)."""

    data: Job
    """The job in its state at the time of the event (including your `metadata`)."""


# Imported last: models may refer to each other in cycles.
from .job import Job
