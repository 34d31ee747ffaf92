from .._models import OpenStrEnum

__all__ = ["TextAlign"]


class TextAlign(OpenStrEnum):
    """Horizontal alignment of the lines of a text element.

    Values this client does not list yet are accepted too.
    """

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
