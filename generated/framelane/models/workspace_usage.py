from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["WorkspaceUsage"]


class WorkspaceUsage(BaseModel):
    """Usage totals of the current billing period: rendered minutes, tasks run and bytes
    served.
    """

    period_start: datetime.datetime
    """Start of the billing period (the first of the month, UTC)."""

    period_end: datetime.datetime
    """End of the billing period (exclusive, UTC)."""

    render_minutes: float
    """Minutes of rendered output so far; one render-minute is one minute of output video."""

    task_count: int
    """Number of AI tasks run so far."""

    egress_bytes: int
    """Bytes of artifacts downloaded so far."""
