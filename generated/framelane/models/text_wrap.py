from .._models import OpenStrEnum

__all__ = ["TextWrap"]


class TextWrap(OpenStrEnum):
    """Whether a text element breaks long lines to fit its box (`wrap`) or keeps each line
    whole (`nowrap`).

    Values this client does not list yet are accepted too.
    """

    WRAP = "wrap"
    NOWRAP = "nowrap"
