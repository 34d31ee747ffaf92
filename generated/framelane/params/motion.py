from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["MotionParam"]


class MotionParam(TypedDict, total=False):
    """A ready-made animation preset played on an element (there are no free-form
    keyframes).

    What a request may give instead of a ``Motion``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    type: Required[
        MotionType
        | Literal[
            "fade",
            "slide_up",
            "slide_down",
            "slide_left",
            "slide_right",
            "zoom_in",
            "zoom_out",
            "rotate_cw",
            "rotate_ccw",
            "bounce",
            "wipe_left",
            "wipe_right",
            "wipe_up",
            "wipe_down",
            "ken_burns_in",
            "ken_burns_out",
            "ken_burns_in_out",
            "loop_wiggle",
            "loop_rotate",
            "loop_rotate_smooth",
            "loop_3d_spin",
            "loop_3d_sway",
            "blur",
            "bounce_motion",
            "explode",
            "evaporate",
            "overlay",
            "difference",
            "rubber_in",
            "whip_up",
            "whip_down",
            "glitch_pop",
            "drift_in",
            "drift_out",
            "loop_breathe",
            "loop_shimmer",
            "swing_in",
            "swing_out",
            "elastic_rise",
            "elastic_drop",
            "tilt_zoom",
            "loop_orbit",
            "smooth_pop",
        ]
    ]
    """Which preset to play: a known `MotionType` or any newer preset name."""

    time: Required[float]
    """When the preset starts, in seconds on the render's timeline.

    Constraints: 0 <= value.
    """

    duration: Required[float]
    """How long the preset plays, in seconds.

    Constraints: 0 < value.
    """

    easing: Easing | Literal["linear", "ease_in", "ease_out", "ease_in_out"]
    """Timing curve of the preset."""

    reversed: bool
    """Play the preset backwards, turning an entrance into an exit."""

    scope: MotionScope | Literal["element", "character"]
    """Animate the element as a whole or each character separately (text elements only)."""

    delay: float
    """Extra wait before the preset starts, in seconds."""

    loop: bool
    """Repeat the preset for as long as the element is visible."""


# Imported last: params may refer to each other in cycles.
from ..models.easing import Easing
from ..models.motion_scope import MotionScope
from ..models.motion_type import MotionType
