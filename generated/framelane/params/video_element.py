from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["VideoElementParam"]


class VideoElementParam(TypedDict, total=False):
    """A video clip on the timeline. Only MP4, MOV and WebM sources can be rendered; other
    file extensions are rejected with a 422.

    What a request may give instead of a ``VideoElement``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    type: Required[Literal["video"]]
    """Element type; always `video` for this variant."""

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

    source_url: Required[str]
    """Public HTTPS URL of the video file (MP4, MOV or WebM) (your own host, an upload or
    an import). It must stay reachable for at least an hour after submission and the
    file must be under 5 GiB.

    Constraints: 1 to 2083 characters, format uri.
    """

    in_point: float
    """Where playback starts inside the source, in seconds.

    Constraints: 0 <= value.
    """

    out_point: float
    """Where playback stops inside the source, in seconds; must be greater than `in_point`.
    Defaults to the end of the source.

    Constraints: 0 < value.
    """

    speed: float
    """Playback speed factor.

    Constraints: 0.25 <= value <= 4.
    """

    volume: float
    """Loudness of the clip's sound, in percent.

    Constraints: 0 <= value <= 100.
    """

    fade_in_duration: float
    """Length of the audio fade-in at the start, in seconds."""

    fade_out_duration: float
    """Length of the audio fade-out at the end, in seconds."""

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

    border_radius: Dimension
    """Corner radius of the element's box."""

    border_color: str | None
    """Border colour, as `#RRGGBB` or `#RRGGBBAA`; no border when null.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    border_width: Dimension
    """Border thickness."""

    shadow_color: str | None
    """Drop-shadow colour, as `#RRGGBB` or `#RRGGBBAA`; no shadow when null.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    shadow_blur: Dimension
    """Blur radius of the drop shadow."""

    shadow_x: Dimension
    """Horizontal offset of the drop shadow."""

    shadow_y: Dimension
    """Vertical offset of the drop shadow."""

    crop_top: float
    """Part of the source cut away at the top, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    crop_bottom: float
    """Part of the source cut away at the bottom, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    crop_left: float
    """Part of the source cut away at the left, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    crop_right: float
    """Part of the source cut away at the right, as a fraction of its size.

    Constraints: 0 <= value <= 1.
    """

    brightness: float
    """Brightness adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    contrast: float
    """Contrast adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    saturation: float
    """Saturation adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    exposure: float
    """Exposure adjustment; 0 leaves the source unchanged. Passed to the engine as given."""

    sharpness: float
    """Sharpening amount; 0 leaves the source unchanged. Passed to the engine as given."""

    blur: float
    """Blur amount; 0 leaves the source unchanged. Passed to the engine as given."""

    noise: float
    """Film-grain noise amount; 0 leaves the source unchanged. Passed to the engine as
    given.
    """

    vignette: float
    """Vignette strength; 0 leaves the source unchanged. Passed to the engine as given."""

    hue_rotate: float
    """Hue rotation; 0 leaves the source unchanged. Passed to the engine as given."""

    lut_url: str | None
    """URL of a colour look-up table applied to the element.

    Constraints: 1 to 2083 characters, format uri.
    """

    lut_intensity: float
    """Strength of the look-up table, in percent.

    Constraints: 0 <= value <= 100.
    """

    effects: Sequence[Effect | EffectParam]
    """Visual effects applied to the element, in order."""

    motion: Sequence[Motion | MotionParam]
    """Motion presets played on the element."""


# Imported last: params may refer to each other in cycles.
from ..models.blend_mode import BlendMode
from ..models.dimension import Dimension
from ..models.effect import Effect
from ..models.motion import Motion
from .effect import EffectParam
from .motion import MotionParam
