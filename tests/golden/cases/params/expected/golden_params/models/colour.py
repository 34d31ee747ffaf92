from .._models import OpenStrEnum

__all__ = ["Colour"]


class Colour(OpenStrEnum):
    """Colour (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    RED = "red"
    GREEN = "green"
    BLUE = "blue"
