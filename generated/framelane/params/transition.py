from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["TransitionParam"]


class TransitionParam(TypedDict, total=False):
    """A transition between two consecutive elements of the timeline, named by their ids.

    What a request may give instead of a ``Transition``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    type: Required[
        TransitionType
        | Literal[
            "cross_dissolve",
            "dip_to_black",
            "dip_to_white",
            "wipe_left",
            "wipe_right",
            "wipe_up",
            "wipe_down",
            "diagonal_wipe",
            "barn_doors_horizontal",
            "barn_doors_vertical",
            "iris",
            "page_turn",
            "cross_zoom",
            "gradient_wipe",
            "band_wipe",
            "box_wipe",
            "swirl",
            "glitch_memories",
            "window_slice",
            "cube",
            "doorway",
            "pinwheel",
            "water_drop",
            "crosshatch",
            "dreamy",
            "angular",
            "burn",
            "heart",
            "circle_open",
            "color_phase",
            "squares_wire",
        ]
    ]
    """Which transition to play: a known `TransitionType` or any newer name, such as
    `fade`.
    """

    duration: Required[float]
    """Length of the transition, in seconds.

    Constraints: 0 < value.
    """

    from_id: str
    """`id` of the outgoing element. Must name an element of the request and differ from
    `to_id`.
    """

    to_id: str
    """`id` of the incoming element. Must name an element of the request."""

    z_index: int
    """Stacking order of the transition layer."""


# Imported last: params may refer to each other in cycles.
from ..models.transition_type import TransitionType
