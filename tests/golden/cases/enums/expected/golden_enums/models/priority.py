from .._models import OpenIntEnum

__all__ = ["Priority"]


class Priority(OpenIntEnum):
    """Priority (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    MINUS_1 = -1
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_10 = 10
