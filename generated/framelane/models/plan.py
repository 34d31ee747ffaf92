from .._models import OpenStrEnum

__all__ = ["Plan"]


class Plan(OpenStrEnum):
    """Billing plan of a workspace.

    Values this client does not list yet are accepted too.
    """

    FREE = "free"
    PRO = "pro"
    ENTERPRISE = "enterprise"
