from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["TextLayer"]


class TextLayer(BaseModel):
    """TextLayer (no description in the spec)."""

    kind: Literal["text"]

    text: str

    font: str | None = None
