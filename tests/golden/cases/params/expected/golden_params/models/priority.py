from .._models import OpenIntEnum

__all__ = ["Priority"]


class Priority(OpenIntEnum):
    """Priority (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
