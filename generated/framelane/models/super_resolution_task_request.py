from __future__ import annotations

from .._models import BaseModel

__all__ = ["SuperResolutionTaskRequest"]


class SuperResolutionTaskRequest(BaseModel):
    """Body of `POST /v1/tasks/super-resolution`: upscales a video or image with AI (up to
    4×). The upscale factor is chosen by the service.
    """

    source_url: str
    """URL of the video or image to upscale. It must be a public HTTPS URL that stays
    reachable for at least an hour, and the file must be under 5 GiB.

    Constraints: 1 to 2083 characters, format uri.
    """

    metadata: Metadata | None = None
    """Your key/value pairs, echoed in the job and in every webhook payload."""

    webhook_url: str | None = None
    """Per-job webhook: receives this task's `task.completed`, `task.failed` and
    `task.progress` events instead of the workspace's endpoints.

    Constraints: 1 to 2083 characters, format uri.
    """


# Imported last: models may refer to each other in cycles.
from .metadata import Metadata
