from .._models import OpenStrEnum

__all__ = ["ProgressStage"]


class ProgressStage(OpenStrEnum):
    """The phase a running job is in, reported next to `progress_percent`.

    Values this client does not list yet are accepted too.
    """

    DOWNLOADING = "downloading"
    COMPOSITING = "compositing"
    ENCODING = "encoding"
    UPLOADING = "uploading"
