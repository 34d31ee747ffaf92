from .._models import OpenStrEnum

__all__ = ["SortOrder"]


class SortOrder(OpenStrEnum):
    """Values that collide once named.

    Values this client does not list yet are accepted too.
    """

    ASC = "ASC"
    ASC_2 = "asc"
    DESC = "DESC"
    DESC_2 = "desc"
