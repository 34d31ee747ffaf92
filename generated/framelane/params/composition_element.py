from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["CompositionElementParam"]


class CompositionElementParam(TypedDict, total=False):
    """A group of elements rendered as one layer. Part of the request schema, but the
    renderer does not accept compositions yet: a request containing one is rejected.
    Reserved for a future release.

    What a request may give instead of a ``CompositionElement``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    type: Required[Literal["composition"]]
    """Element type; always `composition` for this variant."""

    id: str
    """Your identifier for the element, unique within the request; transitions refer to it."""

    name: str | None
    """Free label for the element; not used for rendering."""

    track: int | None
    """Track number the element sits on.

    Constraints: 0 <= value <= 255.
    """

    time: float
    """When the element starts, in seconds on the render's timeline.

    Constraints: 0 <= value.
    """

    visible: bool
    """Set to false to keep the element in the request without drawing it."""

    x: Dimension
    """Horizontal position of the element's anchor point on the canvas."""

    y: Dimension
    """Vertical position of the element's anchor point on the canvas."""

    width: Dimension
    """Width of the element, in pixels or relative to the canvas."""

    height: Dimension
    """Height of the element, in pixels or relative to the canvas."""

    aspect_ratio: float | None
    """Width-to-height ratio to keep when only one of `width` and `height` decides the
    size.
    """

    x_anchor: Dimension
    """Horizontal anchor point inside the element, used for positioning and rotation."""

    y_anchor: Dimension
    """Vertical anchor point inside the element, used for positioning and rotation."""

    x_rotation: Dimension
    """Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees)."""

    y_rotation: Dimension
    """Rotation around the vertical axis."""

    z_rotation: Dimension
    """Rotation in the plane of the canvas."""

    x_scale: Dimension
    """Horizontal scale factor."""

    y_scale: Dimension
    """Vertical scale factor."""

    flip_horizontal: bool
    """Mirror the element left to right."""

    flip_vertical: bool
    """Mirror the element top to bottom."""

    opacity: float
    """Opacity in percent (0 is invisible).

    Constraints: 0 <= value <= 100.
    """

    z_index: int
    """Stacking order: higher values are drawn on top; with equal values the element that
    comes earlier in `elements` is drawn on top.
    """

    blend_mode: (
        BlendMode
        | Literal[
            "none",
            "multiply",
            "screen",
            "overlay",
            "darken",
            "lighten",
            "color_dodge",
            "color_burn",
            "hard_light",
            "soft_light",
        ]
    )
    """How the element is blended with the layers beneath it."""

    clip: bool
    """Clip the element's content to its box."""

    color_overlay: str | None
    """Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    elements: Sequence[ElementParam]
    """The nested timeline: elements placed inside this composition, timed relative to its
    start.
    """


# Imported last: params may refer to each other in cycles.
from ..models.blend_mode import BlendMode
from ..models.dimension import Dimension
from .element import ElementParam
