from .._models import OpenStrEnum

__all__ = ["FontStyle"]


class FontStyle(OpenStrEnum):
    """Style variant of a text element's font.

    Values this client does not list yet are accepted too.
    """

    NORMAL = "normal"
    ITALIC = "italic"
    BOLD = "bold"
    BOLDITALIC = "bolditalic"
