from .._models import OpenStrEnum

__all__ = ["ItemStatus"]


class ItemStatus(OpenStrEnum):
    """ItemStatus (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    OPEN = "open"
    CLOSED = "closed"
