from .._models import OpenStrEnum

__all__ = ["JobKind"]


class JobKind(OpenStrEnum):
    """What produced a job: `render` for `POST /v1/renders`, `task` for the `POST
    /v1/tasks/*` endpoints.

    Values this client does not list yet are accepted too.
    """

    RENDER = "render"
    TASK = "task"
