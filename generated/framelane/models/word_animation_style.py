from .._models import OpenStrEnum

__all__ = ["WordAnimationStyle"]


class WordAnimationStyle(OpenStrEnum):
    """How the currently spoken word of a caption track is highlighted.

    Values this client does not list yet are accepted too.
    """

    GLOW = "glow"
    BOX = "box"
    SCALE_POP = "scale_pop"
    SLIDE_UP = "slide_up"
    FLY_IN = "fly_in"
    COLOR = "color"
