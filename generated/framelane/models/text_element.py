from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import BaseModel
from .blend_mode import BlendMode
from .font_style import FontStyle
from .text_align import TextAlign
from .text_decoration import TextDecoration
from .text_wrap import TextWrap

__all__ = ["TextElement"]


class TextElement(BaseModel):
    """Text drawn on the canvas, optionally as a word-by-word caption track. Text elements
    have no effects, crop, colour adjustment or LUT fields.
    """

    type: Literal["text"]
    """Element type; always `text` for this variant."""

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

    text: str
    """The text to draw.

    Constraints: at least 1 characters.
    """

    duration: float
    """How long the text stays on screen, in seconds.

    Constraints: 0 < value.
    """

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

    z_index: int = 1
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

    font_family: str = "Inter"
    """Font family; any Google Fonts family name."""

    font_size: float = 16
    """Font size in pixels.

    Constraints: 0 < value.
    """

    font_weight: int = 400
    """Font weight, from 100 (thin) to 900 (black).

    Constraints: 100 <= value <= 900.
    """

    font_style: FontStyle = FontStyle.NORMAL
    """Style variant of the font."""

    text_color: str = "#ffffff"
    """Colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    text_align: TextAlign = TextAlign.CENTER
    """Horizontal alignment of the lines."""

    text_decoration: TextDecoration = TextDecoration.NONE
    """Underline or strike-through."""

    tracking: float = 0
    """Extra letter spacing."""

    leading: float = 1.2
    """Line height, as a multiple of the font size."""

    stroke_color: str | None = None
    """Outline colour of the glyphs, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    stroke_width: float = 0
    """Outline thickness of the glyphs."""

    background_color: str | None = None
    """Colour of the plate drawn behind the text, as `#RRGGBB` or `#RRGGBBAA`.

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    background_opacity: float = 100
    """Opacity of the text plate, in percent.

    Constraints: 0 <= value <= 100.
    """

    x_padding: Dimension = 0
    """Horizontal padding between the text and the edge of its plate."""

    y_padding: Dimension = 0
    """Vertical padding between the text and the edge of its plate."""

    background: bool = False
    """Draw a plate behind the text. At most one of `background`, `stroke` and `shadow` may
    be true.
    """

    stroke: bool = False
    """Outline the glyphs. At most one of `background`, `stroke` and `shadow` may be true."""

    shadow: bool = False
    """Give the glyphs a shadow. At most one of `background`, `stroke` and `shadow` may be
    true.
    """

    text_wrap: TextWrap = TextWrap.WRAP
    """Whether long lines wrap inside the element's box."""

    word_animation: WordAnimation | None = None
    """Caption settings; when given, the text becomes a word-by-word caption track."""

    animation_preset: str | None = None
    """Name of a text animation preset."""

    motion: list[Motion] = Field(default_factory=list)
    """Motion presets played on the element."""


# Imported last: models may refer to each other in cycles.
from .dimension import Dimension
from .motion import Motion
from .word_animation import WordAnimation
