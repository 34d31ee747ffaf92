from .._models import OpenStrEnum

__all__ = ["ImportStatus"]


class ImportStatus(OpenStrEnum):
    """State of an import: `processing` while the file is fetched, `ready` once
    `source_url` can be used, `failed` when it could not be fetched (see `error`).

    Values this client does not list yet are accepted too.
    """

    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"
