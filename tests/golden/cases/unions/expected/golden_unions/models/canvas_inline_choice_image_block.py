from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["CanvasInlineChoiceImageBlock"]


class CanvasInlineChoiceImageBlock(BaseModel):
    """Image Block"""

    type: Literal["image"]

    url: str
