from .._models import OpenStrEnum

__all__ = ["AssetKind"]


class AssetKind(OpenStrEnum):
    """Media family of an uploaded or imported file.

    Values this client does not list yet are accepted too.
    """

    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"
    FONT = "font"
