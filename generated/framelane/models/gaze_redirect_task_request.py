from __future__ import annotations

from .._models import BaseModel

__all__ = ["GazeRedirectTaskRequest"]


class GazeRedirectTaskRequest(BaseModel):
    """Body of `POST /v1/tasks/gaze-redirect`: turns the eyes of a person on screen towards
    the camera.
    """

    source_url: str
    """URL of a video showing a face. It must be a public HTTPS URL that stays reachable
    for at least an hour, and the file must be under 5 GiB.

    Constraints: 1 to 2083 characters, format uri.
    """

    metadata: Metadata | None = None
    """Your key/value pairs, echoed in the job and in every webhook payload."""

    webhook_url: str | None = None
    """Per-job webhook: receives this task's `task.completed`, `task.failed` and
    `task.progress` events instead of the workspace's endpoints.

    Constraints: 1 to 2083 characters, format uri.
    """

    intensity: float = 1
    """How far the gaze is moved: 0 leaves it as it is, 1 looks straight into the camera.

    Constraints: 0 <= value <= 1.
    """


# Imported last: models may refer to each other in cycles.
from .metadata import Metadata
