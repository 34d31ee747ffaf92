from .._models import OpenStrEnum

__all__ = ["OutputFormat"]


class OutputFormat(OpenStrEnum):
    """Container (and codec family) of a render's artifact. Still-image formats (`png`,
    `jpg`) produce one frame; alpha output needs `webm` or `mov`.

    Values this client does not list yet are accepted too.
    """

    MP4 = "mp4"
    WEBM = "webm"
    MOV = "mov"
    GIF = "gif"
    PNG = "png"
    JPG = "jpg"
