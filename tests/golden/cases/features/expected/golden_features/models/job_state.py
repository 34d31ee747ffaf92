from .._models import OpenStrEnum

__all__ = ["JobState"]


class JobState(OpenStrEnum):
    """JobState (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    ERROR = "error"
