from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["TextElementParam"]


class TextElementParam(TypedDict, total=False):
    """Text drawn on the canvas, optionally as a word-by-word caption track. Text elements
    have no effects, crop, colour adjustment or LUT fields.

    What a request may give instead of a ``TextElement``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    type: Required[Literal["text"]]
    """Element type; always `text` for this variant."""

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

    text: Required[str]
    """The text to draw.

    Constraints: at least 1 characters.
    """

    duration: Required[float]
    """How long the text stays on screen, in seconds.

    Constraints: 0 < value.
    """

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

    font_family: str
    """Font family; any Google Fonts family name."""

    font_size: float
    """Font size in pixels.

    Constraints: 0 < value.
    """

    font_weight: int
    """Font weight, from 100 (thin) to 900 (black).

    Constraints: 100 <= value <= 900.
    """

    font_style: FontStyle | Literal["normal", "italic", "bold", "bolditalic"]
    """Style variant of the font."""

    text_color: str
    """Colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    text_align: TextAlign | Literal["left", "center", "right"]
    """Horizontal alignment of the lines."""

    text_decoration: TextDecoration | Literal["none", "underline", "strikethrough"]
    """Underline or strike-through."""

    tracking: float
    """Extra letter spacing."""

    leading: float
    """Line height, as a multiple of the font size."""

    stroke_color: str | None
    """Outline colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    stroke_width: float
    """Outline thickness of the glyphs."""

    background_color: str | None
    """Colour of the plate drawn behind the text, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    background_opacity: float
    """Opacity of the text plate, in percent.

    Constraints: 0 <= value <= 100.
    """

    x_padding: Dimension
    """Horizontal padding between the text and the edge of its plate."""

    y_padding: Dimension
    """Vertical padding between the text and the edge of its plate."""

    background: bool
    """Draw a plate behind the text. At most one of `background`, `stroke` and `shadow` may
    be true.
    """

    stroke: bool
    """Outline the glyphs. At most one of `background`, `stroke` and `shadow` may be true."""

    shadow: bool
    """Give the glyphs a shadow. At most one of `background`, `stroke` and `shadow` may be
    true.
    """

    text_wrap: TextWrap | Literal["wrap", "nowrap"]
    """Whether long lines wrap inside the element's box."""

    word_animation: WordAnimation | WordAnimationParam | None
    """Caption settings; when given, the text becomes a word-by-word caption track."""

    animation_preset: str | None
    """Name of a text animation preset."""

    motion: Sequence[Motion | MotionParam]
    """Motion presets played on the element."""


# Imported last: params may refer to each other in cycles.
from ..models.blend_mode import BlendMode
from ..models.dimension import Dimension
from ..models.font_style import FontStyle
from ..models.motion import Motion
from ..models.text_align import TextAlign
from ..models.text_decoration import TextDecoration
from ..models.text_wrap import TextWrap
from ..models.word_animation import WordAnimation
from .motion import MotionParam
from .word_animation import WordAnimationParam
