from .._models import OpenStrEnum

__all__ = ["TextDecoration"]


class TextDecoration(OpenStrEnum):
    """Line drawn with the glyphs of a text element.

    Values this client does not list yet are accepted too.
    """

    NONE = "none"
    UNDERLINE = "underline"
    STRIKETHROUGH = "strikethrough"
