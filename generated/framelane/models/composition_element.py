from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import BaseModel
from .blend_mode import BlendMode

__all__ = ["CompositionElement"]


class CompositionElement(BaseModel):
    """A group of elements rendered as one layer. Part of the request schema, but the
    renderer does not accept compositions yet: a request containing one is rejected.
    Reserved for a future release.
    """

    type: Literal["composition"]
    """Element type; always `composition` for this variant."""

    id: str | None = None
    """Your identifier for the element, unique within the request; transitions refer to it."""

    name: str | None = None
    """Free label for the element; not used for rendering."""

    track: int | None = None
    """Track number the element sits on.

    Constraints: 0 <= value <= 255.
    """

    time: float = 0
    """When the element starts, in seconds on the render's timeline.

    Constraints: 0 <= value.
    """

    visible: bool = True
    """Set to false to keep the element in the request without drawing it."""

    x: Dimension = "50%"
    """Horizontal position of the element's anchor point on the canvas."""

    y: Dimension = "50%"
    """Vertical position of the element's anchor point on the canvas."""

    width: Dimension = "100%"
    """Width of the element, in pixels or relative to the canvas."""

    height: Dimension = "100%"
    """Height of the element, in pixels or relative to the canvas."""

    aspect_ratio: float | None = None
    """Width-to-height ratio to keep when only one of `width` and `height` decides the
    size.
    """

    x_anchor: Dimension = "50%"
    """Horizontal anchor point inside the element, used for positioning and rotation."""

    y_anchor: Dimension = "50%"
    """Vertical anchor point inside the element, used for positioning and rotation."""

    x_rotation: Dimension = "0°"
    """Rotation around the horizontal axis (`"0°"`, `"0deg"` or a number of degrees)."""

    y_rotation: Dimension = "0°"
    """Rotation around the vertical axis."""

    z_rotation: Dimension = "0°"
    """Rotation in the plane of the canvas."""

    x_scale: Dimension = "100%"
    """Horizontal scale factor."""

    y_scale: Dimension = "100%"
    """Vertical scale factor."""

    flip_horizontal: bool = False
    """Mirror the element left to right."""

    flip_vertical: bool = False
    """Mirror the element top to bottom."""

    opacity: float = 100
    """Opacity in percent (0 is invisible).

    Constraints: 0 <= value <= 100.
    """

    z_index: int = 0
    """Stacking order: higher values are drawn on top; with equal values the element that
    comes earlier in `elements` is drawn on top.
    """

    blend_mode: BlendMode = BlendMode.NONE
    """How the element is blended with the layers beneath it."""

    clip: bool = False
    """Clip the element's content to its box."""

    color_overlay: str | None = None
    """Colour laid over the element, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    elements: list[Element] = Field(default_factory=list)
    """The nested timeline: elements placed inside this composition, timed relative to its
    start.
    """


# Imported last: models may refer to each other in cycles.
from .dimension import Dimension
from .element import Element
