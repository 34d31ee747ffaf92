from __future__ import annotations

from .._models import BaseModel
from .transition_type import TransitionType

__all__ = ["Transition"]


class Transition(BaseModel):
    """A transition between two consecutive elements of the timeline, named by their ids."""

    type: TransitionType
    """Which transition to play: a known `TransitionType` or any newer name, such as
    `fade`.
    """

    duration: float
    """Length of the transition, in seconds.

    Constraints: 0 < value.
    """

    from_id: str | None = None
    """`id` of the outgoing element. Must name an element of the request and differ from
    `to_id`.
    """

    to_id: str | None = None
    """`id` of the incoming element. Must name an element of the request."""

    z_index: int | None = None
    """Stacking order of the transition layer."""
