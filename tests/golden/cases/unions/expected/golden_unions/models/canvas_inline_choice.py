from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["CanvasInlineChoice"]

CanvasInlineChoice = TypeAliasType(
    "CanvasInlineChoice",
    Annotated[
        Union[
            Annotated["CanvasInlineChoiceTextBlock", Tag("text")],
            Annotated["CanvasInlineChoiceImageBlock", Tag("image")],
            Annotated["UnknownCanvasInlineChoice", Tag("")],
        ],
        Discriminator(discriminate("type", {"text": "text", "image": "image"})),
    ],
)
"""CanvasInlineChoice (no description in the spec)."""

from .canvas_inline_choice_image_block import CanvasInlineChoiceImageBlock
from .canvas_inline_choice_text_block import CanvasInlineChoiceTextBlock
from .unknown_canvas_inline_choice import UnknownCanvasInlineChoice
