from __future__ import annotations

import datetime

from .._models import BaseModel
from .plan import Plan
from .plan_status import PlanStatus

__all__ = ["Workspace"]


class Workspace(BaseModel):
    """The workspace your API key belongs to: the unit of billing and ownership."""

    id: str
    """Workspace id, starting with `ws_`."""

    name: str
    """Display name."""

    created_at: datetime.datetime
    """When the workspace was created (UTC)."""

    email: str | None = None
    """Owner's contact e-mail.

    Constraints: format email.
    """

    email_verified: bool = False
    """Whether the owner's e-mail was confirmed with the signup code."""

    plan: Plan = Plan.FREE
    """Billing plan."""

    plan_status: PlanStatus = PlanStatus.ACTIVE
    """Billing state of the plan."""
