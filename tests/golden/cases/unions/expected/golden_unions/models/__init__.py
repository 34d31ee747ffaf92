"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_unions.models import Canvas``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .canvas import Canvas as Canvas
    from .canvas_inline_choice import CanvasInlineChoice as CanvasInlineChoice
    from .canvas_inline_choice_image_block import (
        CanvasInlineChoiceImageBlock as CanvasInlineChoiceImageBlock,
    )
    from .canvas_inline_choice_text_block import (
        CanvasInlineChoiceTextBlock as CanvasInlineChoiceTextBlock,
    )
    from .circle import Circle as Circle
    from .color import Color as Color
    from .inferred_shape import InferredShape as InferredShape
    from .open_color import OpenColor as OpenColor
    from .scalar import Scalar as Scalar
    from .shape import Shape as Shape
    from .square import Square as Square
    from .unknown_canvas_inline_choice import (
        UnknownCanvasInlineChoice as UnknownCanvasInlineChoice,
    )
    from .unknown_inferred_shape import UnknownInferredShape as UnknownInferredShape
    from .unknown_shape import UnknownShape as UnknownShape

_MODULES: dict[str, str] = {
    "Canvas": "canvas",
    "CanvasInlineChoice": "canvas_inline_choice",
    "CanvasInlineChoiceImageBlock": "canvas_inline_choice_image_block",
    "CanvasInlineChoiceTextBlock": "canvas_inline_choice_text_block",
    "Circle": "circle",
    "Color": "color",
    "InferredShape": "inferred_shape",
    "OpenColor": "open_color",
    "Scalar": "scalar",
    "Shape": "shape",
    "Square": "square",
    "UnknownCanvasInlineChoice": "unknown_canvas_inline_choice",
    "UnknownInferredShape": "unknown_inferred_shape",
    "UnknownShape": "unknown_shape",
}

__all__ = [
    "Canvas",
    "CanvasInlineChoice",
    "CanvasInlineChoiceImageBlock",
    "CanvasInlineChoiceTextBlock",
    "Circle",
    "Color",
    "InferredShape",
    "OpenColor",
    "Scalar",
    "Shape",
    "Square",
    "UnknownCanvasInlineChoice",
    "UnknownInferredShape",
    "UnknownShape",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
