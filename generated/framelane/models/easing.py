from .._models import OpenStrEnum

__all__ = ["Easing"]


class Easing(OpenStrEnum):
    """Timing curve of a motion preset.

    Values this client does not list yet are accepted too.
    """

    LINEAR = "linear"
    EASE_IN = "ease_in"
    EASE_OUT = "ease_out"
    EASE_IN_OUT = "ease_in_out"
