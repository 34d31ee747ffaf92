from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import BaseModel
from .blend_mode import BlendMode

__all__ = ["VideoElement"]


class VideoElement(BaseModel):
    """A video clip on the timeline. Only MP4, MOV and WebM sources can be rendered; other
    file extensions are rejected with a 422.
    """

    type: Literal["video"]
    """Element type; always `video` for this variant."""

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

    source_url: str
    """Public HTTPS URL of the video file (MP4, MOV or WebM) (your own host, an upload or
    an import). It must stay reachable for at least an hour after submission and the
    file must be under 5 GiB.

    Constraints: 1 to 2083 characters, format uri.
    """

    in_point: float = 0
    """Where playback starts inside the source, in seconds.

    Constraints: 0 <= value.
    """

    out_point: float | None = None
    """Where playback stops inside the source, in seconds; must be greater than `in_point`.
    Defaults to the end of the source.

    Constraints: 0 < value.
    """

    speed: float = 1
    """Playback speed factor.

    Constraints: 0.25 <= value <= 4.
    """

    volume: float = 100
    """Loudness of the clip's sound, in percent.

    Constraints: 0 <= value <= 100.
    """

    fade_in_duration: float = 0
    """Length of the audio fade-in at the start, in seconds."""

    fade_out_duration: float = 0
    """Length of the audio fade-out at the end, in seconds."""

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

    border_radius: Dimension = 0
    """Corner radius of the element's box."""

    border_color: str | None = None
    """Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    border_width: Dimension = 0
    """Border thickness."""

    shadow_color: str | None = None
    """Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    shadow_blur: Dimension = 0
    """Blur radius of the drop shadow."""

    shadow_x: Dimension = 0
    """Horizontal offset of the drop shadow."""

    shadow_y: Dimension = 0
    """Vertical offset of the drop shadow."""

    crop_top: float = 0
    """Part of the source cut away at the top, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    crop_bottom: float = 0
    """Part of the source cut away at the bottom, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    crop_left: float = 0
    """Part of the source cut away at the left, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    crop_right: float = 0
    """Part of the source cut away at the right, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    brightness: float = 0
    """Brightness adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    contrast: float = 0
    """Contrast adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    saturation: float = 0
    """Saturation adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    exposure: float = 0
    """Exposure adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    sharpness: float = 0
    """Sharpening amount; 0 leaves the source unchanged. Passed to the engine as given."""

    blur: float = 0
    """Blur amount; 0 leaves the source unchanged. Passed to the engine as given."""

    noise: float = 0
    """Film-grain noise amount; 0 leaves the source unchanged. Passed to the engine as
    given.
    """

    vignette: float = 0
    """Vignette strength; 0 leaves the source unchanged. Passed to the engine as given."""

    hue_rotate: float = 0
    """Hue rotation; 0 leaves the source unchanged. Passed to the engine as given."""

    lut_url: str | None = None
    """URL of a colour look-up table applied to the element.

    Constraints: 1 to 2083 characters, format uri.
    """

    lut_intensity: float = 100
    """Strength of the look-up table, in percent.

    Constraints: 0 <= value <= 100.
    """

    effects: list[Effect] = Field(default_factory=list)
    """Visual effects applied to the element, in order."""

    motion: list[Motion] = Field(default_factory=list)
    """Motion presets played on the element."""


# Imported last: models may refer to each other in cycles.
from .dimension import Dimension
from .effect import Effect
from .motion import Motion
