from __future__ import annotations

from .._models import BaseModel
from .easing import Easing
from .motion_scope import MotionScope
from .motion_type import MotionType

__all__ = ["Motion"]


class Motion(BaseModel):
    """A ready-made animation preset played on an element (there are no free-form
    keyframes).
    """

    type: MotionType
    """Which preset to play: a known `MotionType` or any newer preset name."""

    time: float
    """When the preset starts, in seconds on the render's timeline.

    Constraints: 0 <= value.
    """

    duration: float
    """How long the preset plays, in seconds.

    Constraints: 0 < value.
    """

    easing: Easing | None = None
    """Timing curve of the preset."""

    reversed: bool | None = None
    """Play the preset backwards, turning an entrance into an exit."""

    scope: MotionScope | None = None
    """Animate the element as a whole or each character separately (text elements only)."""

    delay: float | None = None
    """Extra wait before the preset starts, in seconds."""

    loop: bool | None = None
    """Repeat the preset for as long as the element is visible."""
