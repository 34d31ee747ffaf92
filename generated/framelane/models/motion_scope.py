from .._models import OpenStrEnum

__all__ = ["MotionScope"]


class MotionScope(OpenStrEnum):
    """What a motion preset moves: the whole element, or each character on its own
    (`character`, text elements only).

    Values this client does not list yet are accepted too.
    """

    ELEMENT = "element"
    CHARACTER = "character"
