from .._models import OpenStrEnum

__all__ = ["SpeechModel"]


class SpeechModel(OpenStrEnum):
    """Speech recognition model used by the transcribe task.

    Values this client does not list yet are accepted too.
    """

    UNIVERSAL_2 = "universal-2"
    UNIVERSAL_3_PRO = "universal-3-pro"
    NANO = "nano"
