from .._models import OpenStrEnum

__all__ = ["Color"]


class Color(OpenStrEnum):
    """Color (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    RED = "red"
    GREEN = "green"
