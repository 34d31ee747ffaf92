from .._models import OpenStrEnum

__all__ = ["BlendMode"]


class BlendMode(OpenStrEnum):
    """How an element's pixels are combined with what lies beneath it.

    Values this client does not list yet are accepted too.
    """

    NONE = "none"
    MULTIPLY = "multiply"
    SCREEN = "screen"
    OVERLAY = "overlay"
    DARKEN = "darken"
    LIGHTEN = "lighten"
    COLOR_DODGE = "color_dodge"
    COLOR_BURN = "color_burn"
    HARD_LIGHT = "hard_light"
    SOFT_LIGHT = "soft_light"
