from .._models import OpenStrEnum

__all__ = ["JobStatus"]


class JobStatus(OpenStrEnum):
    """Lifecycle state of a job. `ingesting`: external source files are being copied into
    Framelane storage first. `queued`: waiting for a worker. `processing`: the engine is
    working on it. `completed`: the artifact is ready at `output.url`. `failed`: see
    `error.code`. `cancelled`: stopped through the cancel endpoint. The last three are
    terminal and never change again.

    Values this client does not list yet are accepted too.
    """

    INGESTING = "ingesting"
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
