from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["CanvasInlineChoiceTextBlock"]


class CanvasInlineChoiceTextBlock(BaseModel):
    """Text Block"""

    type: Literal["text"]

    text: str
