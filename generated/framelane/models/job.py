from __future__ import annotations

import datetime

from .._models import BaseModel
from .job_kind import JobKind
from .job_status import JobStatus
from .progress_stage import ProgressStage
from .task_type import TaskType

__all__ = ["Job"]


class Job(BaseModel):
    """An asynchronous unit of work: a render or an AI task. The same shape serves both;
    `kind` tells them apart and `task_type` names the task.
    """

    id: str
    """Job id: `render_...` for renders, `task_...` for tasks. Treat it as opaque."""

    kind: JobKind
    """Whether this is a render or a task."""

    workspace_id: str
    """Id of the workspace that owns the job."""

    status: JobStatus
    """Where the job is in its lifecycle."""

    created_at: datetime.datetime
    """When the job was submitted (UTC)."""

    updated_at: datetime.datetime
    """When the job last changed (UTC)."""

    task_type: TaskType | None = None
    """Which AI task this is; null for renders."""

    progress_percent: float | None = None
    """Progress reported by the engine, in percent.

    Constraints: 0 <= value <= 100.
    """

    progress_stage: ProgressStage | None = None
    """Phase the running job is in."""

    output: JobOutput | None = None
    """The artifact; set once `status` is `completed`."""

    error: JobError | None = None
    """The failure; set when `status` is `failed`."""

    metadata: Metadata | None = None
    """The key/value pairs given at submission."""

    completed_at: datetime.datetime | None = None
    """When the job reached a terminal status (UTC)."""


# Imported last: models may refer to each other in cycles.
from .job_error import JobError
from .job_output import JobOutput
from .metadata import Metadata
