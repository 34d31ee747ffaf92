from .._models import OpenStrEnum

__all__ = ["PlanStatus"]


class PlanStatus(OpenStrEnum):
    """Billing state of the workspace's plan.

    Values this client does not list yet are accepted too.
    """

    ACTIVE = "active"
    PAST_DUE = "past_due"
    CANCELLED = "cancelled"
    TRIALING = "trialing"
